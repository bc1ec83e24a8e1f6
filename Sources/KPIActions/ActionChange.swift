import KPIModel

/// A change to an action's definition: a `redefine` line in its file, recorded like any
/// history line.
///
/// Only the fields given change; the rest keep their value. An empty text clears the ref,
/// theme, owner or description; a date field set to nil inside the optional (`.some(nil)`,
/// `none` in the file) clears the start or due date. Changes apply in the order they were
/// recorded, so a report as of any moment uses the definition then in force.
public struct ActionChange: Hashable, Sendable {
    public var title: String?
    public var ref: String?
    public var theme: String?
    public var owner: String?
    public var start: CalendarDate??
    public var due: CalendarDate??
    public var description: String?
    public var recordedAt: Timestamp
    /// Why the definition changed: "Title corrected".
    public var note: String?
    public var by: String?

    public init(
        title: String? = nil, ref: String? = nil, theme: String? = nil, owner: String? = nil,
        start: CalendarDate?? = nil, due: CalendarDate?? = nil, description: String? = nil,
        recordedAt: Timestamp, note: String? = nil, by: String? = nil
    ) {
        self.title = title
        self.ref = ref
        self.theme = theme
        self.owner = owner
        self.start = start
        self.due = due
        self.description = description
        self.recordedAt = recordedAt
        self.note = note
        self.by = by
    }

    /// The names of the fields this change sets, as the command line and files spell them.
    public var changedFields: [String] {
        var names: [String] = []
        if title != nil { names.append("title") }
        if ref != nil { names.append("ref") }
        if theme != nil { names.append("theme") }
        if owner != nil { names.append("owner") }
        if start != nil { names.append("start") }
        if due != nil { names.append("due") }
        if description != nil { names.append("description") }
        return names
    }

    /// Whether the change names no field at all (refused: it would change nothing).
    public var isEmpty: Bool { changedFields.isEmpty }
}

extension Action {
    /// The definition with `change` applied: only the fields it gives change.
    public func applying(_ change: ActionChange) -> Action {
        func text(_ new: String?, _ old: String?) -> String? {
            guard let new else { return old }
            return new.isEmpty ? nil : new
        }
        var result = self
        if let title = change.title { result.title = title }
        result.ref = text(change.ref, ref)
        result.theme = text(change.theme, theme)
        result.owner = text(change.owner, owner)
        result.description = text(change.description, description)
        if let start = change.start { result.start = start }
        if let due = change.due { result.due = due }
        return result
    }
}
