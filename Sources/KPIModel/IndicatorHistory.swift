/// Everything ever recorded for one indicator: its definition and its history lines in the
/// order they were written.
///
/// Nothing here is ever removed or rewritten; ``asOf(_:)`` derives the view of the figures
/// that were known at a moment, which is what every report shows.
public struct IndicatorHistory: Sendable {
    public var indicator: Indicator
    /// Every value and revision, in file order.
    public var observations: [Observation]
    /// Every target change, in file order.
    public var targetChanges: [TargetChange]

    public init(indicator: Indicator, observations: [Observation] = [], targetChanges: [TargetChange] = []) {
        self.indicator = indicator
        self.observations = observations
        self.targetChanges = targetChanges
    }

    /// The indicator as it stood at `moment` (now when nil): only lines recorded at or before
    /// it count. Nil when the indicator had not been defined yet.
    ///
    /// For each period the value is the one recorded last (file order breaks ties), so a
    /// revision replaces the figure from the moment it was recorded and not before.
    public func asOf(_ moment: Timestamp?) -> IndicatorSnapshot? {
        if let moment, indicator.definedAt > moment { return nil }
        var values: [Period: Observation] = [:]
        values.reserveCapacity(observations.count)
        for observation in observations where moment.map({ observation.recordedAt <= $0 }) ?? true {
            if let current = values[observation.period], current.recordedAt > observation.recordedAt {
                continue
            }
            values[observation.period] = observation
        }
        var targets: [Period: TargetChange] = [:]
        for change in targetChanges where moment.map({ change.recordedAt <= $0 }) ?? true {
            if let current = targets[change.from], current.recordedAt > change.recordedAt {
                continue
            }
            targets[change.from] = change
        }
        return IndicatorSnapshot(
            indicator: indicator,
            values: values,
            targetChanges: targets.values.sorted { $0.from < $1.from }
        )
    }
}

/// One indicator's figures and targets as known at one moment: what a report shows.
public struct IndicatorSnapshot: Sendable {
    public let indicator: Indicator
    /// The value in force for each period that has one.
    public let values: [Period: Observation]
    /// The target changes in force, one per from-period, sorted by period.
    public let targetChanges: [TargetChange]

    public init(indicator: Indicator, values: [Period: Observation], targetChanges: [TargetChange]) {
        self.indicator = indicator
        self.values = values
        self.targetChanges = targetChanges.sorted { $0.from < $1.from }
    }

    /// The value recorded for a period, or nil when it is missing.
    public func value(for period: Period) -> Observation? { values[period] }

    /// The target that applies to a period: the latest change from at or before it.
    public func target(for period: Period) -> TargetChange? {
        var low = 0
        var high = targetChanges.count
        while low < high {
            let mid = (low + high) / 2
            if targetChanges[mid].from <= period { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : targetChanges[low - 1]
    }

    /// The latest period with a value.
    public var latestPeriod: Period? { values.keys.max() }

    /// The periods with a value, oldest first.
    public var periods: [Period] { values.keys.sorted() }
}
