import KPIModel

/// Everything ever recorded for one action: its first definition, its changes and its
/// updates, in the order they were written.
///
/// Nothing is removed or rewritten; ``asOf(_:)`` derives what was known at a moment, which is
/// what every report shows. As for indicators, updates may be recorded before the definition
/// (a council back-fills last year's tracker after setting the action up today).
public struct ActionHistory: Sendable {
    public var action: Action
    public var changes: [ActionChange]
    public var updates: [ActionUpdate]

    public init(action: Action, changes: [ActionChange] = [], updates: [ActionUpdate] = []) {
        self.action = action
        self.changes = changes
        self.updates = updates
    }

    /// The definition in force at `moment` (now when nil): the first version with every change
    /// recorded at or before it applied in recorded order, file order breaking ties.
    public func definition(asOf moment: Timestamp?) -> Action {
        let ordered = changes.enumerated().sorted {
            ($0.element.recordedAt, $0.offset) < ($1.element.recordedAt, $1.offset)
        }
        var result = action
        for (_, change) in ordered where moment.map({ change.recordedAt <= $0 }) ?? true {
            result = result.applying(change)
        }
        return result
    }

    /// Whether anything about the action was recorded at or before `moment`.
    public func isKnown(at moment: Timestamp) -> Bool {
        action.definedAt <= moment || updates.contains { $0.recordedAt <= moment }
            || changes.contains { $0.recordedAt <= moment }
    }

    /// The update in force for each period at `moment` (now when nil): the one recorded last,
    /// file order breaking ties, so a revision replaces the update from when it was recorded.
    public func updatesInForce(asOf moment: Timestamp?) -> [Period: ActionUpdate] {
        InForce.indexes(updates, upTo: moment, key: \.period, recordedAt: \.recordedAt).mapValues { updates[$0] }
    }

    /// The action as it stood at `moment`; nil when nothing about it was recorded yet.
    public func asOf(_ moment: Timestamp?) -> ActionSnapshot? {
        if let moment, !isKnown(at: moment) { return nil }
        return ActionSnapshot(action: definition(asOf: moment), updates: updatesInForce(asOf: moment))
    }
}

/// One action as known at one moment: its definition then in force and the update in force
/// for each period.
public struct ActionSnapshot: Sendable {
    public let action: Action
    public let updates: [Period: ActionUpdate]

    public init(action: Action, updates: [Period: ActionUpdate]) {
        self.action = action
        self.updates = updates
    }

    /// The latest update for a period at or before `period`, or nil when there is none.
    public func latestUpdate(atOrBefore period: Period) -> ActionUpdate? {
        updates.filter { $0.key <= period }.max { $0.key < $1.key }?.value
    }

    /// The latest period with an update.
    public var latestPeriod: Period? { updates.keys.max() }

    /// The earliest period with an update: where the rules start counting when the action
    /// has no start date.
    public var firstPeriod: Period? { updates.keys.min() }
}
