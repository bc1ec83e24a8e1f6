import KPIActions
import KPIModel

/// What an action import does to the store, worked out row by row against the file and the
/// store before anything is written, collecting every bad row.
///
/// - A ref names one action: two refs giving one id, one ref on two actions, or a ref giving
///   the id of a different action already in the store is refused, naming both.
/// - An action the store does not know is defined from its earliest row (by period); later
///   rows, and rows for actions already in the store, must agree with its definition (an
///   empty cell agrees with anything), since a definition changes only by `kpi action redefine`.
/// - A `due` cell that differs from the due date in force before the row's period records a
///   revised due date on the update, so the original stays visible.
/// - A row with anything to say (progress, stage, status, note, a revised due date) records
///   the update for its period; a second update for a period needs `--revise`.
struct ActionImportPlan {
    let rows: [ActionImport.Row]
    let revise: Bool
    let path: String
    /// Every action already in the store, by id.
    let existing: [ActionID: ActionHistory]
    /// The path of an action's file, for messages.
    let paths: (ActionID) -> String

    /// New files: each action's definition and its updates, in the order first met.
    private(set) var created: [(ActionID, String)] = []
    /// Lines for actions already in the store.
    private(set) var appended: [(ActionID, String)] = []
    private(set) var updateCount = 0
    private var problems: [(line: Int, error: KPIError)] = []
    /// Rows already refused for their ref: not checked again against a definition.
    private var refused: Set<Int> = []

    /// `rowProblems` are the rows refused on their own, listed with the rest.
    init(
        rows: [ActionImport.Row], rowProblems: [(line: Int, error: KPIError)] = [], revise: Bool, path: String,
        existing: [ActionID: ActionHistory], paths: @escaping (ActionID) -> String
    ) {
        self.rows = rows
        self.problems = rowProblems
        self.revise = revise
        self.path = path
        self.existing = existing
        self.paths = paths
    }

    /// Works out every row; throws the rejection listing every bad row.
    mutating func make() throws {
        checkRefs()
        var order: [ActionID] = []
        var groups: [ActionID: [ActionImport.Row]] = [:]
        for row in rows {
            if groups[row.id] == nil { order.append(row.id) }
            groups[row.id, default: []].append(row)
        }
        for id in order {
            plan(id, groups[id]!.sorted { ($0.period, $0.line) < ($1.period, $1.line) })
        }
        if !problems.isEmpty {
            throw CSVColumns.rejection(problems.sorted { $0.line < $1.line }.map(\.error), path: path)
        }
    }

    private mutating func problem(_ line: Int, _ error: FieldError) {
        problems.append((line, error.located(.line(path, line))))
    }

    private mutating func refuseRef(_ line: Int, _ error: FieldError) {
        problem(line, error)
        refused.insert(line)
    }

    /// Refuses refs that would name two actions, within the file or against the store.
    private mutating func checkRefs() {
        var storeRefs: [String: ActionID] = [:]
        for (id, history) in existing {
            if let ref = history.definition(asOf: nil).ref { storeRefs[ref] = id }
        }
        var refOwners: [String: (id: ActionID, line: Int)] = [:]
        var idRefs: [ActionID: (ref: String, line: Int)] = [:]
        for row in rows {
            guard let ref = row.ref else { continue }
            if let first = refOwners[ref], first.id != row.id {
                refuseRef(row.line, .refOnTwoRows(ref, first: first.id, firstAt: first.line, here: row.id))
            }
            if let first = idRefs[row.id], first.ref != ref {
                if row.idGiven {
                    refuseRef(row.line, .twoRefsForOneID(row.id, found: ref, other: first.ref, at: first.line))
                } else {
                    refuseRef(row.line, .refsMakeOneID(ref, other: first.ref, at: first.line, id: row.id))
                }
            }
            if let owner = storeRefs[ref], owner != row.id {
                refuseRef(row.line, .refInStore(ref, owner: owner, path: paths(owner)))
            } else if !row.idGiven, let stored = existing[row.id]?.definition(asOf: nil), stored.ref != ref {
                let other = stored.ref.map { "the action with ref \(quoted($0))" } ?? "an action without a ref"
                refuseRef(row.line, .refIDTaken(ref, id: row.id, other: other, path: paths(row.id)))
            }
            if refOwners[ref] == nil { refOwners[ref] = (row.id, row.line) }
            if idRefs[row.id] == nil { idRefs[row.id] = (ref, row.line) }
        }
    }

    /// One action's rows, earliest period first.
    private mutating func plan(_ id: ActionID, _ rows: [ActionImport.Row]) {
        let stored = existing[id]
        let definition: Action
        let definedAt: FieldError.DefinitionPlace
        if let stored {
            definition = stored.definition(asOf: nil)
            definedAt = .store(paths(id))
        } else {
            let first = rows[0]
            guard let title = first.title else {
                problem(first.line, .emptyTitleCell(forNewAction: id))
                return
            }
            definition = Action(
                id: id, ref: first.ref, title: title, theme: first.theme, owner: first.owner, start: first.start,
                due: first.due, definedAt: first.recordedAt, definedBy: first.by)
            definedAt = .line(first.line)
        }
        var updates = stored?.updatesInForce(asOf: nil) ?? [:]
        var linesInFile: [Period: Int] = [:]
        var content = ""
        for row in rows where !refused.contains(row.line) {
            let location = KPIError.Location.line(path, row.line)
            let differing = Self.differences(row, definition)
            if !differing.isEmpty {
                problem(row.line, .actionDiffers(id, definedAt: definedAt, fields: differing))
                continue
            }
            // The due date in force before this period: a differing due cell is a revision.
            let dueBefore =
                updates.filter { $0.key < row.period && $0.value.due != nil }.max { $0.key < $1.key }?.value.due
                ?? definition.due
            var update = ActionUpdate(
                period: row.period, progress: row.progress, stage: row.stage, status: row.status,
                due: row.due != dueBefore ? row.due : nil, note: row.note, recordedAt: row.recordedAt, by: row.by)
            guard !update.isEmpty else { continue }
            if let first = linesInFile[row.period], !revise {
                problem(row.line, .secondRowForPeriod(id, period: row.period, firstAt: first))
                continue
            }
            do {
                update = try Store.checked(
                    update, for: id, existing: updates[row.period], revise: revise, location: location,
                    recordedField: "recorded_at", fromImport: true)
            } catch let error as KPIError {
                problems.append((row.line, error))
                continue
            } catch {
                problems.append((row.line, .rowFailed(error, at: location)))
                continue
            }
            updates[row.period] = update
            linesInFile[row.period] = row.line
            content += ActionLine.update(update)
            updateCount += 1
        }
        if stored == nil {
            created.append((id, ActionLine.definition(definition) + content))
        } else if !content.isEmpty {
            appended.append((id, content))
        }
    }

    /// The definition fields a row gives that differ from the action's definition.
    static func differences(_ row: ActionImport.Row, _ action: Action) -> [String] {
        var fields: [String] = []
        if let title = row.title, title != action.title { fields.append("title") }
        if row.idGiven, let ref = row.ref, ref != action.ref { fields.append("ref") }
        if let theme = row.theme, theme != action.theme { fields.append("theme") }
        if let owner = row.owner, owner != action.owner { fields.append("owner") }
        if let start = row.start, start != action.start { fields.append("start") }
        return fields
    }
}
