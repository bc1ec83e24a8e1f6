import KPIActions
import KPIModel

extension Store {
    /// Adds a new action. Refused when the id is taken or its ref is another action's.
    @discardableResult
    public func defineAction(_ action: Action) throws -> [String] {
        try write { transaction in
            if transaction.exists(.action(action.id)) {
                throw KPIError(.badData, "\(actionPath(for: action.id)): action \(action.id) already exists; change it with kpi action redefine \(action.id); nothing was changed")
            }
            if let ref = action.ref {
                try Self.refuseRefCollision(ref, for: action.id, in: &transaction, location: "--ref")
            }
            transaction.create(.action(action.id), content: ActionLine.definition(action))
        }
    }

    /// Changes an action's definition from now (or `change.recordedAt`) on.
    @discardableResult
    public func redefineAction(_ id: ActionID, _ change: ActionChange) throws -> [String] {
        try write { transaction in
            _ = try transaction.actionFile(id).requireHistory()
            if let ref = change.ref, !ref.isEmpty {
                try Self.refuseRefCollision(ref, for: id, in: &transaction, location: "--ref")
            }
            transaction.append(ActionLine.redefinition(change), to: .action(id))
        }
    }

    /// Records an action's update for a period; with `revise`, a replacement of the update in
    /// force for that period. Returns the update written and any recovery warnings.
    public func updateAction(_ id: ActionID, _ update: ActionUpdate, revise: Bool) throws -> (ActionUpdate, [String]) {
        var written: ActionUpdate?
        let warnings = try write { transaction in
            let file = try transaction.actionFile(id)
            _ = try file.requireHistory()
            let update = try Self.checked(update, for: id, existing: file.currentUpdate(for: update.period),
                                          revise: revise, location: "command line")
            transaction.append(ActionLine.update(update), to: .action(id))
            written = update
        }
        return (written!, warnings)
    }

    /// Checks an update against the update already in force for its period: a second update
    /// needs `revise`, and a replacement is recorded at or after what it replaces. Returns the
    /// update marked as a revision when it replaces one.
    static func checked(_ update: ActionUpdate, for id: ActionID, existing: ActionUpdate?, revise: Bool, location: String,
                        recordedField: String = "recorded-at", reviseHint: String = "give the whole update again with --revise") throws -> ActionUpdate {
        if update.recordedAt > Timestamp(secondsSince1970: Timestamp.now().secondsSince1970 + 300) {
            throw FieldError(field: recordedField, "expected a time that is not in the future, found \(update.recordedAt)").located(location)
        }
        var update = update
        if let existing {
            guard revise else {
                throw KPIError(.badData, "\(location): \(id) already has an update for \(update.period) (recorded \(existing.recordedAt)); to replace it, \(reviseHint)")
            }
            if update.recordedAt < existing.recordedAt {
                throw FieldError(field: recordedField, "expected a time at or after the update it replaces (recorded \(existing.recordedAt)), found \(update.recordedAt)").located(location)
            }
            update.isRevision = true
        }
        return update
    }

    /// Refuses a ref that is already another action's (a ref names one action).
    static func refuseRefCollision(_ ref: String, for id: ActionID, in transaction: inout StoreTransaction, location: String) throws {
        for other in try transaction.store.actionIDs() where other != id {
            let action = try transaction.actionFile(other).requireHistory().definition(asOf: nil)
            if action.ref == ref {
                throw KPIError(.badData, "\(location): ref \(quoted(ref)) is already the ref of action \(other) (\(transaction.store.actionPath(for: other))); a ref names one action; nothing was changed")
            }
        }
    }
}
