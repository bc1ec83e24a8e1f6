import KPIActions
import KPIModel

extension Store {
    /// Adds a new action. Refused when the id is taken or its ref is another action's.
    @discardableResult
    public func defineAction(_ action: Action) throws -> [String] {
        try write { transaction in
            if transaction.exists(.action(action.id)) {
                throw KPIError.actionExists(action.id, path: actionPath(for: action.id))
            }
            if let ref = action.ref {
                try Self.refuseRefCollision(ref, for: action.id, in: &transaction, location: .option("--ref"))
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
                try Self.refuseRefCollision(ref, for: id, in: &transaction, location: .option("--ref"))
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
            let update = try Self.checked(
                update, for: id, existing: file.currentUpdate(for: update.period),
                revise: revise, location: .commandLine)
            transaction.append(ActionLine.update(update), to: .action(id))
            written = update
        }
        return (written!, warnings)
    }

    /// Checks an update against the update already in force for its period: a second update
    /// needs `revise`, and a replacement is recorded at or after what it replaces. Returns the
    /// update marked as a revision when it replaces one.
    static func checked(
        _ update: ActionUpdate, for id: ActionID, existing: ActionUpdate?, revise: Bool, location: KPIError.Location,
        recordedField: String = "recorded-at", fromImport: Bool = false
    ) throws -> ActionUpdate {
        if update.recordedAt > Timestamp(secondsSince1970: Timestamp.now().secondsSince1970 + 300) {
            throw KPIError.recordedInFuture(recordedField, found: update.recordedAt, at: location)
        }
        var update = update
        if let existing {
            guard revise else {
                throw KPIError.alreadyUpdated(
                    id, period: update.period, recorded: existing.recordedAt, fromImport: fromImport, at: location)
            }
            if update.recordedAt < existing.recordedAt {
                throw KPIError.recordedBeforeRevised(
                    recordedField, what: "update", verb: "replaces", revised: existing.recordedAt,
                    found: update.recordedAt, at: location)
            }
            update.isRevision = true
        }
        return update
    }

    /// Refuses a ref that is already another action's (a ref names one action).
    static func refuseRefCollision(
        _ ref: String, for id: ActionID, in transaction: inout StoreTransaction, location: KPIError.Location
    ) throws {
        for other in try transaction.store.actionIDs() where other != id {
            let action = try transaction.actionFile(other).requireHistory().definition(asOf: nil)
            if action.ref == ref {
                throw KPIError.refTaken(ref, by: other, path: transaction.store.actionPath(for: other), at: location)
            }
        }
    }
}
