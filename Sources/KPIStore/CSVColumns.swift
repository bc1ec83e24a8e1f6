import KPIModel

/// The columns a CSV import's header names, and reading a row's cells by column name.
///
/// Shared by every import (values, definitions): the header may list the columns in any order
/// and any case; an unknown or repeated column, or a missing required one, rejects the file at
/// the header's line, naming the column.
struct CSVColumns {
    let line: Int
    let count: Int
    private let indexes: [String: Int]

    init(_ header: CSVReader.Record, path: String, required: [String], optional: [String]) throws {
        var indexes: [String: Int] = [:]
        let columns =
            "the columns \(required.joined(separator: ", ")) and optionally \(optional.joined(separator: ", "))"
        let location = KPIError.Location.line(path, header.line)
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: " \t").lowercased()
            guard required.contains(name) || optional.contains(name) else {
                throw KPIError.unknownColumn(at: location, columns: columns, found: raw)
            }
            guard indexes[name] == nil else {
                throw KPIError.repeatedColumn(at: location, columns: columns, found: name)
            }
            indexes[name] = index
        }
        let missing = required.filter { indexes[$0] == nil }
        guard missing.isEmpty else {
            throw KPIError.missingColumns(at: location, columns: columns, missing: missing)
        }
        self.line = header.line
        self.count = header.fields.count
        self.indexes = indexes
    }

    /// Whether the header has this column.
    func has(_ name: String) -> Bool { indexes[name] != nil }

    /// Refuses a row with more or fewer fields than the header.
    func checkWidth(_ record: CSVReader.Record, location: KPIError.Location) throws {
        guard record.fields.count == count else {
            throw KPIError.rowWidth(at: location, columns: count, found: record.fields.count)
        }
    }

    /// The cell with spaces and tabs trimmed, or nil when the header has no such column.
    func field(_ name: String, _ record: CSVReader.Record) -> String? {
        indexes[name].map { record.fields[$0].trimmingCharacters(in: " \t") }
    }

    /// The cell as written, untrimmed (notes keep their spaces).
    func rawField(_ name: String, _ record: CSVReader.Record) -> String? {
        indexes[name].map { record.fields[$0] }
    }

    /// The trimmed cell, or nil when the column is absent or the cell empty ("not given").
    func given(_ name: String, _ record: CSVReader.Record) -> String? {
        field(name, record).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `recorded_at` cell (a date means the start of that day), or `now` when empty.
    func recordedAt(_ record: CSVReader.Record, now: Timestamp) throws(FieldError) -> Timestamp {
        guard let text = given("recorded_at", record) else { return now }
        return try Timestamp(parsing: text, field: "recorded_at", dateOnly: .startOfDay)
    }

    /// The `by` cell, or `fallback` (the `--by` option) when the column is absent or the cell empty.
    /// The apostrophe `kpi export` puts before a name starting with `= + - @` is taken off again,
    /// so names round-trip as notes do.
    func by(_ record: CSVReader.Record, default fallback: String?) -> String? {
        given("by", record).map(ObservationImport.unescapedNote) ?? fallback
    }

    /// How many bad rows a rejection lists before it only counts the rest.
    static let reportLimit = 20

    /// The error that rejects a whole import, listing its bad rows (in line order).
    static func rejection(_ problems: [KPIError], path: String) -> KPIError {
        .importRejected(path, problems: problems, limit: reportLimit)
    }
}
