import KPIFiles
import KPIModel

/// Imports indicator definitions from a CSV file, one row per indicator: all rows or none.
///
/// How a council sets up forty indicators from its spreadsheet in one command. The header
/// names the columns (`id,title,unit,better` and optionally the rest of ``optionalColumns``, such
/// as `frequency` (quarterly by default, or monthly or annual), in
/// any order and case). A row for a new id defines it (with its first target when `target` and
/// `from` are given); a row for an id already in the store that matches it changes nothing, so
/// the same file can be imported twice; a row that differs is refused unless `update` is set,
/// when it is recorded as a redefinition. A target cell adds a target line only when no
/// identical one is stored.
public struct DefinitionImport {
    public static let requiredColumns = ["id", "title", "unit", "better"]
    public static let optionalColumns = [
        "frequency", "decimals", "theme", "source", "description", "allow_any_percent",
        "cumulative", "green_tolerance", "target", "from", "amber", "tolerance", "recorded_at", "by",
    ]

    /// What an import did, for the command's closing line.
    public struct Outcome: Sendable, Equatable {
        public var defined = 0
        public var redefined = 0
        public var unchanged = 0
        public var targets = 0
        /// Whether the store was created by this import.
        public var createdStore = false
        public var warnings: [String] = []
    }

    /// One row, read and checked on its own (before the store is looked at).
    struct Row {
        var line: Int
        var indicator: Indicator
        /// Which optional definition fields the row gives (empty cells are "not given").
        var given: Set<String>
        var target: PendingTarget?
    }

    /// A row's first target, its `from` period read as far as it can be before the store's
    /// year start is known (a financial-year month number needs it).
    struct PendingTarget {
        var from: PeriodReading
        var value: Figure
        var amber: AmberRule?
        var recordedAt: Timestamp
        var by: String?

        func change(in financialYear: FinancialYear) -> TargetChange {
            TargetChange(
                from: from.resolved(in: financialYear), value: value, amber: amber, recordedAt: recordedAt, by: by)
        }
    }

    /// Reads `path` and applies it to the store in `directory`, creating the store (with the
    /// default settings) when there is none yet and the file is good.
    public static func run(
        path: String, directory: String, update: Bool, by: String?,
        now: Timestamp = .now()
    ) throws -> Outcome {
        let rows = try read(path: path, by: by, now: now)
        var outcome = Outcome()
        let store: Store
        if Store.exists(at: directory) {
            store = try Store(opening: directory)
        } else {
            // Check the rows as the only indicators before creating anything, so a bad file
            // leaves no empty store behind.
            _ = try plan(
                rows, existing: { _ in nil }, update: update, path: path,
                financialYear: StoreSettings().financialYear)
            store = try Store.initialize(at: directory, settings: StoreSettings())
            outcome.createdStore = true
        }
        outcome.warnings = try store.write { transaction in
            let plan = try plan(
                rows,
                existing: { id in
                    transaction.exists(id) ? (try transaction.file(id), try transaction.history(id)) : nil
                }, update: update, path: path, financialYear: transaction.settings.financialYear)
            for step in plan {
                switch step.action {
                case .define(let content): transaction.create(step.id, content: content)
                case .append(let content): transaction.append(content, to: step.id)
                case .none: break
                }
            }
            outcome.defined = plan.filter(\.isNew).count
            outcome.redefined = plan.filter(\.redefines).count
            outcome.unchanged = plan.filter { !$0.isNew && !$0.redefines }.count
            outcome.targets = plan.filter(\.addsTarget).count
        }
        return outcome
    }

    /// What one row does to the store.
    struct Step {
        enum Action { case define(String), append(String), none }
        var id: IndicatorID
        var action: Action
        var isNew: Bool
        var redefines: Bool
        var addsTarget: Bool
    }

    /// Works out every row's lines against the store, collecting every bad row.
    static func plan(
        _ rows: [Row], existing: (IndicatorID) throws -> (SeriesFile, IndicatorHistory)?,
        update: Bool, path: String, financialYear: FinancialYear
    ) throws -> [Step] {
        var problems: [(line: Int, error: KPIError)] = []
        var steps: [Step] = []
        for row in rows {
            let location = KPIError.Location.line(path, row.line)
            do {
                let target = row.target?.change(in: financialYear)
                if let (file, history) = try existing(row.indicator.id) {
                    steps.append(
                        try change(history, in: file, to: row, target: target, update: update, location: location))
                } else {
                    var content = SeriesLine.definition(row.indicator)
                    if let target {
                        try Store.validate(target, for: IndicatorHistory(indicator: row.indicator), location: location)
                        content += SeriesLine.target(target)
                    }
                    steps.append(
                        Step(
                            id: row.indicator.id, action: .define(content), isNew: true, redefines: false,
                            addsTarget: target != nil))
                }
            } catch let error as KPIError {
                problems.append((row.line, error))
            }
        }
        if !problems.isEmpty {
            throw CSVColumns.rejection(problems.sorted { $0.line < $1.line }.map(\.error), path: path)
        }
        return steps
    }

    /// The lines a row adds to an indicator already in the store.
    static func change(
        _ history: IndicatorHistory, in file: SeriesFile, to row: Row, target: TargetChange?, update: Bool,
        location: KPIError.Location
    ) throws -> Step {
        let current = history.definition(asOf: nil)
        // Fields the row leaves empty keep their stored value.
        var wanted = row.indicator
        if !row.given.contains("frequency") { wanted.frequency = current.frequency }
        if !row.given.contains("decimals") { wanted.decimals = current.decimals }
        if !row.given.contains("theme") { wanted.theme = current.theme }
        if !row.given.contains("source") { wanted.source = current.source }
        if !row.given.contains("description") { wanted.description = current.description }
        if !row.given.contains("allow_any_percent") { wanted.allowsAnyPercent = current.allowsAnyPercent }
        if !row.given.contains("cumulative") { wanted.cumulative = current.cumulative }
        if !row.given.contains("green_tolerance") { wanted.greenTolerance = current.greenTolerance }
        var content = ""
        var updated = history
        let redefinition = current.change(to: wanted, recordedAt: row.indicator.definedAt, by: row.indicator.definedBy)
        if let redefinition {
            guard update else {
                throw KPIError.definitionDiffers(row.indicator.id, fields: redefinition.changedFields, at: location)
            }
            try Store.validateRedefinition(redefinition, of: history, in: file, location: location)
            content += SeriesLine.redefinition(redefinition)
            updated.definitionChanges.append(redefinition)
        }
        var addsTarget = false
        if let target, !history.targetChanges.contains(where: { $0.sameTarget(as: target) }) {
            try Store.validate(target, for: updated, location: location)
            content += SeriesLine.target(target)
            addsTarget = true
        }
        return Step(
            id: row.indicator.id, action: content.isEmpty ? .none : .append(content), isNew: false,
            redefines: redefinition != nil, addsTarget: addsTarget)
    }

    /// Reads and checks every row on its own; a bad row rejects the file, listing all of them.
    static func read(path: String, by: String?, now: Timestamp) throws -> [Row] {
        let records = try CSVReader.records(try FileSystem.readInput(path), path: path)
        guard let header = records.first else {
            throw KPIError.noHeader(path, example: "id,title,unit,better,theme,target,from")
        }
        let columns = try CSVColumns(header, path: path, required: requiredColumns, optional: optionalColumns)
        var problems: [(line: Int, error: KPIError)] = []
        var rows: [Row] = []
        var firstLine: [IndicatorID: Int] = [:]
        for record in records.dropFirst() {
            let location = KPIError.Location.line(path, record.line)
            do {
                let row = try parse(record, columns: columns, location: location, by: by, now: now)
                if let earlier = firstLine[row.indicator.id] {
                    throw KPIError.secondDefinitionRow(row.indicator.id, firstAt: earlier, at: location)
                }
                firstLine[row.indicator.id] = record.line
                rows.append(row)
            } catch let error as KPIError {
                problems.append((record.line, error))
            }
        }
        if !problems.isEmpty {
            throw CSVColumns.rejection(problems.map(\.error), path: path)
        }
        return rows
    }

    static func parse(
        _ record: CSVReader.Record, columns: CSVColumns, location: KPIError.Location, by: String?,
        now: Timestamp
    ) throws -> Row {
        try columns.checkWidth(record, location: location)
        do throws(FieldError) {
            let id = try IndicatorID(columns.field("id", record)!)
            let title = columns.field("title", record)!
            guard !title.isEmpty else { throw .emptyTitleCell() }
            let unit = try IndicatorUnit(parsing: columns.field("unit", record)!)
            let polarity = try Polarity(parsing: columns.field("better", record)!)
            var given: Set<String> = []
            for name in [
                "frequency", "decimals", "theme", "source", "description", "allow_any_percent", "cumulative",
                "green_tolerance",
            ]
            where columns.given(name, record) != nil {
                given.insert(name)
            }
            let frequency =
                try columns.given("frequency", record).map { text throws(FieldError) in try Frequency(parsing: text) }
                ?? .quarterly
            var decimals: Int?
            if let text = columns.given("decimals", record) {
                guard let value = Int(text), Indicator.decimalsRange.contains(value) else {
                    throw .decimalsOutOfRange("decimals", found: text)
                }
                decimals = value
            }
            var allowsAnyPercent = false
            if let text = columns.given("allow_any_percent", record) {
                guard let value = SeriesFileParser.yesOrNo(text) else {
                    throw .notTrueOrFalse("allow_any_percent", found: text)
                }
                allowsAnyPercent = value
            }
            var cumulative = false
            if let text = columns.given("cumulative", record) {
                guard let value = SeriesFileParser.yesOrNo(text) else {
                    throw .notTrueOrFalse("cumulative", found: text)
                }
                cumulative = value
            }
            let greenTolerance = try columns.given("green_tolerance", record).map { text throws(FieldError) in
                try Figure(parsing: text.hasSuffix("%") ? String(text.dropLast()) : text, field: "green_tolerance")
            }
            let recordedAt = try columns.recordedAt(record, now: now)
            let who = columns.by(record, default: by)
            let indicator = Indicator(
                id: id, title: title, unit: unit, polarity: polarity, frequency: frequency, decimals: decimals,
                description: columns.given("description", record), source: columns.given("source", record),
                theme: columns.given("theme", record), allowsAnyPercent: allowsAnyPercent,
                cumulative: cumulative, greenTolerance: greenTolerance, definedAt: recordedAt, definedBy: who)
            if let greenTolerance { try indicator.validate(greenTolerance: greenTolerance, field: "green_tolerance") }
            let target = try parseTarget(record, columns: columns, unit: unit, recordedAt: recordedAt, by: who)
            return Row(line: record.line, indicator: indicator, given: given, target: target)
        } catch {
            throw error.located(location)
        }
    }

    /// The row's first target, from the `target`, `from`, `amber` and `tolerance` cells.
    static func parseTarget(
        _ record: CSVReader.Record, columns: CSVColumns, unit: IndicatorUnit, recordedAt: Timestamp,
        by: String?
    ) throws(FieldError) -> PendingTarget? {
        let amberText = columns.given("amber", record)
        let toleranceText = columns.given("tolerance", record)
        switch (columns.given("target", record), columns.given("from", record)) {
        case (nil, nil):
            if amberText != nil || toleranceText != nil {
                throw .bandWithoutTarget(amberText != nil ? "amber" : "tolerance")
            }
            return nil
        case (_?, nil):
            throw .noFromCell()
        case (nil, _?):
            throw .noTargetCell()
        case let (targetText?, fromText?):
            let from = try Period.read(fromText)
            let value = try ObservationImport.figure(targetText, unit: unit, field: "target")
            var amber: AmberRule?
            switch (amberText, toleranceText) {
            case (_?, _?): throw .amberAndTolerance()
            case let (text?, nil): amber = .threshold(try ObservationImport.figure(text, unit: unit, field: "amber"))
            case let (nil, text?): amber = .tolerance(try Figure(parsing: text, field: "tolerance"))
            case (nil, nil): break
            }
            return PendingTarget(from: from, value: value, amber: amber, recordedAt: recordedAt, by: by)
        }
    }
}

extension TargetChange {
    /// The same target line apart from when and by whom it was recorded.
    func sameTarget(as other: TargetChange) -> Bool {
        from == other.from && value == other.value && amber == other.amber
    }
}
