import KPIFiles
import KPIModel

/// Imports observations from a CSV file: all rows or none. The same file layout imports
/// year-end forecasts (`kpi import --forecasts`): a row's period is the one the forecast was
/// made in.
///
/// The header names the columns (`indicator,period,value` and optionally
/// `note,recorded_at,by`, in any order). Values may carry thousands separators (`"175,776"`) and, for percent
/// indicators, a trailing `%`. Every row is checked against the store before anything is
/// written; if any is bad the file is rejected with every bad row listed.
public struct ObservationImport {
    public static let requiredColumns = ["indicator", "period", "value"]
    public static let optionalColumns = ["note", "recorded_at", "by"]

    /// A row that passed its own checks, waiting to be checked against the store.
    struct Row {
        var line: Int
        var id: IndicatorID
        /// Read when the row is; a financial-year month number ("2021/22 M01") becomes a month
        /// once the store's year start is known, under its lock.
        var period: PeriodReading
        var valueText: String
        var note: String?
        var recordedAt: Timestamp
        var by: String?
    }

    /// Reads and applies `path`. Returns how many rows were imported and any warnings.
    /// `by` names who recorded the rows that have no `by` cell of their own; `kind` says whether
    /// the rows are values or forecasts.
    public static func run(
        path: String, store: Store, revise: Bool, by: String? = nil, kind: FigureKind = .value,
        now: Timestamp = .now()
    ) throws -> (count: Int, warnings: [String]) {
        let records = try CSVReader.records(try FileSystem.readInput(path), path: path)
        guard let header = records.first else {
            throw KPIError.noHeader(path, example: "indicator,period,value,note,recorded_at")
        }
        let columns = try CSVColumns(header, path: path, required: requiredColumns, optional: optionalColumns)
        var problems: [(line: Int, error: KPIError)] = []
        var rows: [Row] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            do {
                rows.append(try parse(record, columns: columns, path: path, now: now, by: by))
            } catch let error as KPIError {
                problems.append((record.line, error))
            }
        }
        var count = 0
        let warnings = try store.write { transaction in
            let financialYear = transaction.settings.financialYear
            var current: [IndicatorID: [Period: Observation]] = [:]
            var seen: [IndicatorID: [Period: Int]] = [:]
            for row in rows {
                let location = KPIError.Location.line(path, row.line)
                let period = row.period.resolved(in: financialYear)
                do {
                    let file = try transaction.file(row.id)
                    let history = try file.requireHistory()
                    let indicator = history.definition(asOf: nil)
                    let value = try located(location) { () throws(FieldError) in
                        try figure(row.valueText, unit: indicator.unit, field: kind.field)
                    }
                    if !revise, let earlier = seen[row.id]?[period] {
                        throw FieldError.secondRowForPeriod(row.id, period: period, firstAt: earlier).located(location)
                    }
                    seen[row.id, default: [:]][period] = row.line
                    let known: Observation?? = current[row.id]?[period].map { .some($0) }
                    let observation = try Store.observation(
                        for: history, in: file, period: period, value: value,
                        note: row.note, revise: revise, recordedAt: row.recordedAt,
                        by: row.by, location: location, recordedField: "recorded_at",
                        current: known, kind: kind)
                    current[row.id, default: [:]][period] = observation
                    transaction.append(SeriesLine.observation(observation, kind: kind), to: row.id)
                } catch let error as KPIError {
                    if error.kind == .missing {
                        problems.append((row.line, .unknownIndicatorRow(row.id, at: location)))
                    } else {
                        problems.append((row.line, error.location?.file == path ? error : error.within(location)))
                    }
                }
            }
            if !problems.isEmpty {
                throw CSVColumns.rejection(problems.sorted { $0.line < $1.line }.map(\.error), path: path)
            }
            count = rows.count
        }
        return (count, warnings)
    }

    static func parse(_ record: CSVReader.Record, columns: CSVColumns, path: String, now: Timestamp, by: String?) throws
        -> Row
    {
        let location = KPIError.Location.line(path, record.line)
        try columns.checkWidth(record, location: location)
        do {
            let id = try IndicatorID(columns.field("indicator", record)!)
            let period = try Period.read(columns.field("period", record)!)
            let note = columns.rawField("note", record).map(unescapedNote).flatMap { $0.isEmpty ? nil : $0 }
            let recordedAt = try columns.recordedAt(record, now: now)
            return Row(
                line: record.line, id: id, period: period, valueText: columns.field("value", record)!, note: note,
                recordedAt: recordedAt, by: columns.by(record, default: by))
        } catch {
            throw error.located(location)
        }
    }

    /// Reads a value as a spreadsheet writes it: `175,776` (with correct grouping only) and,
    /// for percentages, `85%`. Anything else goes to the strict ``Figure`` parser.
    static func figure(_ text: String, unit: IndicatorUnit, field: String = "value") throws(FieldError) -> Figure {
        var body = Substring(text)
        if unit == .percent, body.hasSuffix("%") { body = body.dropLast().drop(while: { $0 == " " }) }
        if body.contains(","), isGroupedThousands(body) {
            body = Substring(body.filter { $0 != "," })
        }
        return try Figure(parsing: String(body), field: field)
    }

    /// `1,234` and `-1,234,567.5`; not `85,5` or `1,23,456`.
    static func isGroupedThousands(_ text: Substring) -> Bool {
        var digits = text
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let whole = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Undoes the apostrophe that `kpi export` puts before a note or name starting with
    /// `= + - @`, a tab or a carriage return, so spreadsheets do not run it as a formula.
    static func unescapedNote(_ text: String) -> String {
        if text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@\t\r".contains(next) {
            return String(text.dropFirst())
        }
        return text
    }
}
