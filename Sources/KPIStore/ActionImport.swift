import KPIActions
import KPIFiles
import KPIModel

/// Imports an action tracker from a CSV file: all rows or none.
///
/// One row per action and period, as a council's tracker sheet has them: the header names
/// `period`, `title` and `id` or `ref`, and optionally the rest of ``optionalColumns``, in any
/// order and case. Actions the store does not know are defined (from their earliest row), then
/// every row with anything to say records its update. Every row is checked, against the file
/// and the store, before anything is written; if any is bad the file is rejected with every
/// bad row listed.
public struct ActionImport {
    public static let requiredColumns = ["period", "title"]
    public static let optionalColumns = [
        "id", "ref", "theme", "owner", "start", "due", "progress", "stage", "status",
        "note", "recorded_at", "by",
    ]

    /// What an import did, for the command's closing line.
    public struct Outcome: Sendable, Equatable {
        public var defined = 0
        public var updates = 0
        /// Whether the store was created by this import.
        public var createdStore = false
        public var warnings: [String] = []
    }

    /// One row, read and checked on its own (before the store is looked at).
    struct Row {
        var line: Int
        var id: ActionID
        /// Whether the id came from an `id` cell rather than being derived from the ref.
        var idGiven: Bool
        var ref: String?
        var period: Period
        var title: String?
        var theme: String?
        var owner: String?
        var start: CalendarDate?
        var due: CalendarDate?
        var progress: Figure?
        var stage: Stage?
        var status: ActionStatus?
        var note: String?
        var recordedAt: Timestamp
        var by: String?
    }

    /// Reads `path` and applies it to the store in `directory`, creating the store (with the
    /// default settings) when there is none yet and the file is good.
    public static func run(
        path: String, directory: String, revise: Bool, by: String?,
        now: Timestamp = .now()
    ) throws -> Outcome {
        let (rows, rowProblems) = try read(path: path, by: by, now: now)
        var outcome = Outcome()
        let store: Store
        if Store.exists(at: directory) {
            store = try Store(opening: directory)
        } else {
            // Check the rows as the only actions before creating anything, so a bad file
            // leaves no empty store behind.
            var empty = ActionImportPlan(
                rows: rows, rowProblems: rowProblems, revise: revise, path: path, existing: [:], paths: { _ in "" })
            try empty.make()
            store = try Store.initialize(at: directory, settings: StoreSettings())
            outcome.createdStore = true
        }
        outcome.warnings = try store.write { transaction in
            var existing: [ActionID: ActionHistory] = [:]
            for id in try store.actionIDs() {
                existing[id] = try transaction.actionFile(id).requireHistory()
            }
            var plan = ActionImportPlan(
                rows: rows, rowProblems: rowProblems, revise: revise, path: path, existing: existing,
                paths: store.actionPath(for:))
            try plan.make()
            for (id, content) in plan.created { transaction.create(.action(id), content: content) }
            for (id, content) in plan.appended { transaction.append(content, to: .action(id)) }
            outcome.defined = plan.created.count
            outcome.updates = plan.updateCount
        }
        return outcome
    }

    /// Reads and checks every row on its own: the good rows, and the bad ones' errors with
    /// their lines (listed with the rows the store refuses, so one run shows every bad row).
    static func read(path: String, by: String?, now: Timestamp) throws -> ([Row], [(line: Int, error: KPIError)]) {
        let records = try CSVReader.records(try FileSystem.readInput(path), path: path)
        guard let header = records.first else {
            throw KPIError.noHeader(path, example: "ref,title,period,progress,status,note")
        }
        let columns = try CSVColumns(header, path: path, required: requiredColumns, optional: optionalColumns)
        guard columns.has("id") || columns.has("ref") else {
            throw KPIError.noActionNameColumn(at: .line(path, header.line))
        }
        var problems: [(line: Int, error: KPIError)] = []
        var rows: [Row] = []
        for record in records.dropFirst() {
            let location = KPIError.Location.line(path, record.line)
            do {
                try columns.checkWidth(record, location: location)
                rows.append(
                    try located(location) { () throws(FieldError) in
                        try parse(record, columns: columns, now: now, by: by)
                    })
            } catch let error as KPIError {
                problems.append((record.line, error))
            }
        }
        return (rows, problems)
    }

    static func parse(_ record: CSVReader.Record, columns: CSVColumns, now: Timestamp, by: String?) throws(FieldError)
        -> Row
    {
        let ref = columns.given("ref", record)
        let id: ActionID
        let idGiven: Bool
        if let text = columns.given("id", record) {
            id = try ActionID(text, field: "id")
            idGiven = true
        } else if let ref {
            guard let derived = ActionID.derived(fromReference: ref) else {
                throw .refWithoutID(found: ref)
            }
            id = derived
            idGiven = false
        } else {
            throw .noActionName(columns.has("id") ? "id" : "ref")
        }
        // Updates are quarterly, and a quarter's spelling never depends on the year start.
        let period = try Period.read(columns.field("period", record)!).resolved(in: .april)
            .required(.quarter, "for an action's update (updates are quarterly)")
        let start = try columns.given("start", record).map { text throws(FieldError) in
            try CalendarDate(parsing: text, field: "start")
        }
        let due = try columns.given("due", record).map { text throws(FieldError) in
            try CalendarDate(parsing: text, field: "due")
        }
        let progress = try columns.given("progress", record).map { text throws(FieldError) in
            try ActionUpdate.progress(parsing: text)
        }
        let stage = try columns.given("stage", record).map { text throws(FieldError) in try Stage(parsing: text) }
        let status = try columns.given("status", record).map { text throws(FieldError) in
            try ActionStatus(officerParsing: text)
        }
        let checked = try ActionUpdate.consistent(progress: progress, stage: stage, status: status)
        let note = columns.rawField("note", record).map(ObservationImport.unescapedNote).map {
            String($0.trimmingSpaces)
        }.flatMap { $0.isEmpty ? nil : $0 }
        return Row(
            line: record.line, id: id, idGiven: idGiven, ref: ref, period: period,
            title: columns.given("title", record),
            theme: columns.given("theme", record), owner: columns.given("owner", record), start: start, due: due,
            progress: checked.progress, stage: checked.stage, status: status, note: note,
            recordedAt: try columns.recordedAt(record, now: now), by: columns.by(record, default: by))
    }
}
