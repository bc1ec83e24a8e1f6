import KPIText

/// A report's rows as plain values, written as JSON or CSV: one object or line per row, the
/// keys in the report's order. The machine-readable forms of every report, written once.
struct ReportRows {
    /// The CSV column names and JSON keys, in order.
    let fields: [String]
    /// Each row's values by field; nil is JSON `null` and an empty CSV cell.
    let rows: [[String: String?]]

    /// A JSON array of objects; the `literal` fields (numbers, `true`/`false`) are written as
    /// they are, every other value as a string.
    func json(literal: Set<String>) -> String {
        let objects = rows.map { values -> String in
            let members = fields.map { key -> String in
                let rendered: String
                switch values[key] ?? nil {
                case nil: rendered = "null"
                case let value? where literal.contains(key): rendered = value
                case let value?: rendered = TextEscaping.json(value)
                }
                return "    \(TextEscaping.json(key)): \(rendered)"
            }
            return "  {\n" + members.joined(separator: ",\n") + "\n  }"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// RFC 4180 CSV with CRLF line ends; the free-`text` fields are made safe for spreadsheets.
    func csv(text: Set<String>) -> String {
        var lines = [fields.joined(separator: ",")]
        for values in rows {
            lines.append(
                fields.map { key in
                    guard let value = values[key] ?? nil else { return "" }
                    return text.contains(key) ? TextEscaping.spreadsheetText(value) : TextEscaping.csv(value)
                }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
