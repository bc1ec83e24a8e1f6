import Foundation

/// A `target` line: the target from one period on, until a later target change replaces it.
///
/// Targets change from year to year, so each is kept as a history line with the first period
/// it applies to and when it was recorded. A change without a value turns the target off
/// ("data only" from then on, as councils do for monitoring indicators); a later change turns
/// it on again. ``IndicatorSnapshot/target(for:)`` resolves which applies to a period.
public struct TargetChange: Hashable, Sendable {
    public var from: Period
    /// The target figure, or nil for "no target from this period".
    public var value: Figure?
    /// The amber band; nil means an empty band (anything short of target is red).
    public var amber: AmberRule?
    public var recordedAt: Timestamp
    /// Who recorded the change.
    public var by: String?

    public init(from: Period, value: Figure?, amber: AmberRule? = nil, recordedAt: Timestamp, by: String? = nil) {
        self.from = from
        self.value = value
        self.amber = amber
        self.recordedAt = recordedAt
        self.by = by
    }

    /// The target this change sets, or nil when it turns the target off.
    public var target: Target? {
        value.map { Target(value: $0, amber: amber, from: from) }
    }

    /// Checks that the amber rule makes sense for `polarity` (see ``Target/validate(polarity:)``).
    public func validate(polarity: Polarity) throws(FieldError) {
        try target?.validate(polarity: polarity)
    }
}
