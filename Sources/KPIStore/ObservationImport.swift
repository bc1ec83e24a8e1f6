import KPIFiles
import KPIModel

/// Imports observations from a CSV file: all rows or none.
///
/// The header names the columns (`indicator,period,value` and optionally `note,recorded_at`,
/// in any order). Values may carry thousands separators (`"175,776"`) and, for percent
/// indicators, a trailing `%`. Every row is checked against the store before anything is
/// written; if any is bad the file is rejected with every bad row listed.
public struct ObservationImport {
    public static let requiredColumns = ["indicator", "period", "value"]
    public static let optionalColumns = ["note", "recorded_at"]
    /// How many bad rows a rejection lists before it only counts the rest.
    public static let reportLimit = 20

    /// A row that passed its own checks, waiting to be checked against the store.
    struct Row {
        var line: Int
        var id: IndicatorID
        var period: Period
        var valueText: String
        var note: String?
        var recordedAt: Timestamp
    }

    /// Reads and applies `path`. Returns how many rows were imported and any warnings.
    public static func run(path: String, store: Store, revise: Bool, now: Timestamp = .now()) throws -> (count: Int, warnings: [String]) {
        guard FileSystem.exists(path) else {
            throw KPIError(.missing, "\(path): no such file to import")
        }
        let records = try CSVReader.records(try FileSystem.read(path), path: path)
        guard let header = records.first else {
            throw KPIError(.badData, "\(path):1: header: expected a header row such as \"indicator,period,value,note,recorded_at\", found an empty file")
        }
        let columns = try columnIndexes(header, path: path)
        var problems: [(line: Int, message: String)] = []
        var rows: [Row] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            do {
                rows.append(try parse(record, columns: columns, header: header, path: path, now: now))
            } catch let error as KPIError {
                problems.append((record.line, error.message))
            }
        }
        var count = 0
        let warnings = try store.write { transaction in
            var current: [IndicatorID: [Period: Observation]] = [:]
            var seen: [IndicatorID: [Period: Int]] = [:]
            for row in rows {
                let location = "\(path):\(row.line)"
                do {
                    let file = try transaction.file(row.id)
                    let indicator = try file.requireHistory().indicator
                    let value = try located(location) { () throws(FieldError) in try figure(row.valueText, unit: indicator.unit) }
                    if !revise, let earlier = seen[row.id]?[row.period] {
                        throw KPIError(.badData, "\(location): period: expected one row for \(row.id) \(row.period), found a second (the first is at line \(earlier)); use --revise to apply corrections in order")
                    }
                    seen[row.id, default: [:]][row.period] = row.line
                    let known: Observation?? = current[row.id]?[row.period].map { .some($0) }
                    let observation = try Store.observation(for: indicator, in: file, period: row.period, value: value,
                                                            note: row.note, revise: revise, recordedAt: row.recordedAt,
                                                            location: location, recordedField: "recorded_at", current: known)
                    current[row.id, default: [:]][row.period] = observation
                    transaction.append(SeriesLine.observation(observation), to: row.id)
                } catch let error as KPIError {
                    if error.kind == .missing {
                        problems.append((row.line, "\(location): indicator: expected an indicator defined in the store, found \(quoted(row.id.rawValue))"))
                    } else {
                        problems.append((row.line, error.message.hasPrefix(path) ? error.message : "\(location): \(error.message)"))
                    }
                }
            }
            if !problems.isEmpty {
                throw rejection(problems.sorted { $0.line < $1.line }.map(\.message), path: path)
            }
            count = rows.count
        }
        return (count, warnings)
    }

    static func rejection(_ problems: [String], path: String) -> KPIError {
        var lines = ["\(path): \(problems.count) bad row\(problems.count == 1 ? "" : "s"); nothing was imported"]
        lines += problems.prefix(reportLimit)
        if problems.count > reportLimit {
            lines.append("… and \(problems.count - reportLimit) more")
        }
        return KPIError(.badData, lines.joined(separator: "\n"))
    }

    static func columnIndexes(_ header: CSVReader.Record, path: String) throws -> [String: Int] {
        var columns: [String: Int] = [:]
        let expected = "expected the columns indicator, period, value and optionally note, recorded_at"
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: " \t").lowercased()
            guard requiredColumns.contains(name) || optionalColumns.contains(name) else {
                throw KPIError(.badData, "\(path):\(header.line): header: \(expected), found \(quoted(raw))")
            }
            guard columns[name] == nil else {
                throw KPIError(.badData, "\(path):\(header.line): header: \(expected) once each, found \(quoted(name)) twice")
            }
            columns[name] = index
        }
        let missing = requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw KPIError(.badData, "\(path):\(header.line): header: \(expected), found no \(missing.joined(separator: ", ")) column")
        }
        return columns
    }

    static func parse(_ record: CSVReader.Record, columns: [String: Int], header: CSVReader.Record, path: String, now: Timestamp) throws -> Row {
        let location = "\(path):\(record.line)"
        guard record.fields.count == header.fields.count else {
            throw KPIError(.badData, "\(location): row: expected \(header.fields.count) fields as in the header, found \(record.fields.count)")
        }
        func field(_ name: String) -> String? {
            columns[name].map { record.fields[$0].trimmingCharacters(in: " \t") }
        }
        do {
            let id = try IndicatorID(field("indicator")!)
            let period = try Period(parsing: field("period")!)
            let note = columns["note"].map { unescapedNote(record.fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
            var recordedAt = now
            if let text = field("recorded_at"), !text.isEmpty {
                recordedAt = try Timestamp(parsing: text, field: "recorded_at", dateOnly: .startOfDay)
            }
            return Row(line: record.line, id: id, period: period, valueText: field("value")!, note: note, recordedAt: recordedAt)
        } catch {
            throw error.located(location)
        }
    }

    /// Reads a value as a spreadsheet writes it: `175,776` (with correct grouping only) and,
    /// for percentages, `85%`. Anything else goes to the strict ``Figure`` parser.
    static func figure(_ text: String, unit: IndicatorUnit) throws(FieldError) -> Figure {
        var body = Substring(text)
        if unit == .percent, body.hasSuffix("%") { body = body.dropLast().drop(while: { $0 == " " }) }
        if body.contains(","), isGroupedThousands(body) {
            body = Substring(body.filter { $0 != "," })
        }
        return try Figure(parsing: String(body))
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

    /// Undoes the apostrophe that `kpi export` puts before a note starting with `= + - @`
    /// so spreadsheets do not run it as a formula.
    static func unescapedNote(_ text: String) -> String {
        if text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@\t\r".contains(next) {
            return String(text.dropFirst())
        }
        return text
    }
}
