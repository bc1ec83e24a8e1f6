import KPIModel

/// The definition of an action in a plan: what is to be done, by whom, by when.
///
/// The first version is written at the top of the action's file (`ID.action`); its quarterly
/// updates and later changes to the definition (``ActionChange``) follow as history lines.
public struct Action: Hashable, Sendable {
    public var id: ActionID
    /// The reference as published, kept exactly (`HR&OD20- 22.Strat-4.1`, `1.01.02`), or nil
    /// when the action has none beyond its id.
    public var ref: String?
    /// What is to be done: "Cyber essentials plus accreditation achieved for corporate network".
    public var title: String
    /// The part of the plan it belongs to: "ICT: Service Level Objectives".
    public var theme: String?
    /// Who answers for it: a person, a section or a directorate.
    public var owner: String?
    /// When the work starts; the rules otherwise count from the start of the financial year
    /// of its first update.
    public var start: CalendarDate?
    /// When it is due, as first planned. A revised due date is recorded on an update, so the
    /// original stays visible ("revised from").
    public var due: CalendarDate?
    public var description: String?
    /// When the action was first defined. Updates may be back-filled before it.
    public var definedAt: Timestamp
    /// Who defined it.
    public var definedBy: String?

    public init(
        id: ActionID, ref: String? = nil, title: String, theme: String? = nil, owner: String? = nil,
        start: CalendarDate? = nil, due: CalendarDate? = nil, description: String? = nil,
        definedAt: Timestamp, definedBy: String? = nil
    ) {
        self.id = id
        self.ref = ref
        self.title = title
        self.theme = theme
        self.owner = owner
        self.start = start
        self.due = due
        self.description = description
        self.definedAt = definedAt
        self.definedBy = definedBy
    }

    /// The reference a committee reads: the published one, or the id when there is none.
    public var displayRef: String { ref ?? id.rawValue }
}
