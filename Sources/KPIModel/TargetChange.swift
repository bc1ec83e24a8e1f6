import FoundationEssentials

/// A `target` line: the target from one period on, until a later target change replaces it.
///
/// Targets change from year to year, so each is kept as a history line with the first period
/// it applies to and when it was recorded. A change without a value turns the target off
/// ("data only" from then on, as councils do for monitoring indicators); a later change turns
/// it on again. ``IndicatorSnapshot/target(for:)`` resolves which applies to a period (a year
/// target, ``YearTarget``, takes precedence within its year).
public struct TargetChange: Hashable, Sendable {
    public var from: Period
    /// The target figure, or nil for "no target from this period".
    public var value: Figure?
    /// The amber band; nil means an empty band (anything short of target is red).
    public var amber: AmberRule?
    /// For a `closer` indicator, the green tolerance in percent of the target; nil uses the
    /// definition's (``Indicator/greenTolerance``).
    public var greenTolerance: Figure?
    public var recordedAt: Timestamp
    /// Who recorded the change.
    public var by: String?

    public init(
        from: Period, value: Figure?, amber: AmberRule? = nil, greenTolerance: Figure? = nil,
        recordedAt: Timestamp, by: String? = nil
    ) {
        self.from = from
        self.value = value
        self.amber = amber
        self.greenTolerance = greenTolerance
        self.recordedAt = recordedAt
        self.by = by
    }

    /// The target this change sets, or nil when it turns the target off. The green tolerance
    /// is the line's own; ``IndicatorSnapshot`` fills in the definition's when it has none.
    public var target: Target? {
        value.map { Target(value: $0, amber: amber, from: from, greenTolerance: greenTolerance) }
    }

    /// Checks the target against `indicator` (see ``Target/validate(for:)``); the line's value
    /// is checked as a figure of the indicator (a percentage from 0 to 100) too.
    public func validate(for indicator: Indicator) throws(FieldError) {
        if let value { try indicator.validate(value, field: "target") }
        try target?.resolved(for: indicator).validate(for: indicator)
    }
}

extension Target {
    /// The target with the definition's green tolerance filled in where the line gives none.
    public func resolved(for indicator: Indicator) -> Target {
        var target = self
        if target.greenTolerance == nil, indicator.polarity == .closer {
            target.greenTolerance = indicator.greenTolerance
        }
        return target
    }
}
