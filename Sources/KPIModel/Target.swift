import Foundation

/// The target that applies to a period: its figure and amber rule.
///
/// Resolved from the target lines in force (see ``IndicatorSnapshot/target(for:)``); every
/// status rule, chart and report reads this value rather than the lines.
public struct Target: Hashable, Sendable {
    /// The target figure T.
    public var value: Figure
    /// The amber band; nil means an empty band (anything short of target is red).
    public var amber: AmberRule?
    /// The first period of the target line this comes from.
    public var from: Period

    public init(value: Figure, amber: AmberRule? = nil, from: Period) {
        self.value = value
        self.amber = amber
        self.from = from
    }

    /// The amber threshold A for this target, or nil when there is no amber band.
    public func amberThreshold(polarity: Polarity) -> Decimal? {
        amber?.threshold(target: value, polarity: polarity)
    }

    /// Checks that the amber rule makes sense: a tolerance is not negative, and a threshold
    /// lies on the worse side of the target for the polarity.
    public func validate(polarity: Polarity) throws(FieldError) {
        switch amber {
        case .none:
            return
        case .tolerance(let percent):
            if percent.decimal < 0 {
                throw FieldError(field: "tolerance", "expected a percentage of 0 or more, found \(percent.text)")
            }
        case .threshold(let figure):
            switch polarity {
            case .higherIsBetter where figure.decimal > value.decimal:
                throw FieldError(field: "amber", "expected a threshold at or below the target \(value.text) because higher is better, found \(figure.text)")
            case .lowerIsBetter where figure.decimal < value.decimal:
                throw FieldError(field: "amber", "expected a threshold at or above the target \(value.text) because lower is better, found \(figure.text)")
            default:
                return
            }
        }
    }
}
