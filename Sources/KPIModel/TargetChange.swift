import Foundation

/// A target that applies from one period on, until a later target change replaces it.
///
/// Targets change from year to year, so each is kept as a history line with the first period
/// it applies to and when it was recorded; the target for a period is the latest change whose
/// ``from`` period is at or before it.
public struct TargetChange: Hashable, Sendable {
    public var from: Period
    public var target: Figure
    /// The amber band; nil means an empty band (anything short of target is red).
    public var amber: AmberRule?
    public var recordedAt: Timestamp

    public init(from: Period, target: Figure, amber: AmberRule? = nil, recordedAt: Timestamp) {
        self.from = from
        self.target = target
        self.amber = amber
        self.recordedAt = recordedAt
    }

    /// The amber threshold A for this target, or nil when there is no amber band.
    public func amberThreshold(polarity: Polarity) -> Decimal? {
        amber?.threshold(target: target, polarity: polarity)
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
            case .higherIsBetter where figure.decimal > target.decimal:
                throw FieldError(field: "amber", "expected a threshold at or below the target \(target.text) because higher is better, found \(figure.text)")
            case .lowerIsBetter where figure.decimal < target.decimal:
                throw FieldError(field: "amber", "expected a threshold at or above the target \(target.text) because lower is better, found \(figure.text)")
            default:
                return
            }
        }
    }
}
