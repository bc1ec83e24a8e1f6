import FoundationEssentials

/// How far a figure may miss its target before it turns red.
public enum AmberRule: Hashable, Sendable {
    /// An absolute threshold: amber from the target down (or up) to this figure.
    case threshold(Figure)
    /// A tolerance in percent of the target: 5 means within 5% of the target is amber.
    case tolerance(Figure)

    /// The amber threshold for a target and polarity.
    ///
    /// `A = T - |T|*P/100` when higher is better and `A = T + |T|*P/100` when lower is better,
    /// computed in decimal so the boundary is exact.
    public func threshold(target: Figure, polarity: Polarity) -> Decimal {
        switch self {
        case .threshold(let figure):
            return figure.decimal
        case .tolerance(let percent):
            var magnitude = target.decimal
            if magnitude < 0 { magnitude = -magnitude }
            let allowance = magnitude * percent.decimal / 100
            return polarity == .higherIsBetter ? target.decimal - allowance : target.decimal + allowance
        }
    }
}
