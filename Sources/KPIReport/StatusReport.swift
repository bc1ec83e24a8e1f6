import Foundation
import KPIModel
import KPIStatus

/// The status of every indicator for one period, as a table, CSV, JSON or Markdown.
///
/// The period may be a quarter, a month or a year; each indicator shows the period of its own
/// frequency that the report's period calls for (``IndicatorSnapshot/reportedPeriod(for:in:)``):
/// a monthly indicator in a quarterly report shows its latest month in the quarter, say. Each
/// row's `period` says which.
public struct StatusReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    public let period: Period
    public let financialYear: FinancialYear
    /// The moment the report looks back to, or nil for now.
    public let asOf: Timestamp?
    /// One assessment per indicator shown, sorted by id, each for its own period.
    public let rows: [Assessment]

    /// Judges every snapshot for `period`, or for the latest quarter with any value (a month's
    /// value counting for its quarter, a year's for its fourth). Indicators the period leaves
    /// out (a quarterly one in a monthly report) are not shown; those retired for their period
    /// are left out unless `includeRetired` (`--all`), when they show with the status `retired`.
    /// Nil when no indicator has any value to choose a period from.
    public init?(snapshots: [IndicatorSnapshot], period: Period?, financialYear: FinancialYear, asOf: Timestamp?,
                 includeRetired: Bool = false) {
        guard let period = period ?? snapshots.compactMap({ $0.latestQuarter(in: financialYear) }).max() else { return nil }
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = snapshots.sorted { $0.indicator.id < $1.indicator.id }.compactMap { snapshot in
            guard let own = snapshot.reportedPeriod(for: period, in: financialYear),
                  includeRetired || !snapshot.isRetired(for: own) else { return nil }
            return Assessment(snapshot, period: own)
        }
    }

    /// A report of indicators already judged for `period` (the pack's summary files).
    public init(rows: [Assessment], period: Period, financialYear: FinancialYear, asOf: Timestamp?) {
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = rows
    }

    /// The column names of the CSV, in order.
    /// `vsPreviousQuarter` compares with the previous period of the indicator's frequency (month,
    /// quarter or year), `vsSameQuarterLastYear` with the same period last year; the names stay
    /// as the first, quarterly, reports made them. The period's canonical spelling says whether it
    /// is a month, a quarter or a year.
    public static let fields = ["id", "title", "unit", "period", "value", "target", "amberThreshold", "status",
                                "vsPreviousQuarter", "vsSameQuarterLastYear", "note"]

    /// The keys of each JSON object, in order: the CSV's columns and the indicator's `frequency`
    /// (monthly, quarterly or annual).
    public static let jsonFields = fields + ["frequency"]

    public func render(_ format: Format, colour: Bool = false, width: Int = 80) -> String {
        switch format {
        case .table: return table(colour: colour, width: width)
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    /// Plain values of one row, keyed as ``jsonFields``; numbers as exact decimal text.
    func values(_ row: Assessment) -> [String: String?] {
        [
            "id": row.indicator.id.rawValue,
            "title": row.indicator.title,
            "unit": row.indicator.unit.rawValue,
            "period": row.period.description,
            "value": row.value?.text,
            "target": row.target?.value.text,
            "amberThreshold": row.amberThreshold.map { "\($0)" },
            "status": row.status.rawValue,
            "vsPreviousQuarter": row.vsPreviousQuarter.rawValue,
            "vsSameQuarterLastYear": row.vsSameQuarterLastYear.rawValue,
            "note": row.note,
            "frequency": row.indicator.frequency.rawValue,
        ]
    }

    public func json() -> String {
        let numeric: Set = ["value", "target", "amberThreshold"]
        let objects = rows.map { row -> String in
            let values = values(row)
            let members = Self.jsonFields.map { key -> String in
                let rendered: String
                switch values[key] ?? nil {
                case nil: rendered = "null"
                case let value? where numeric.contains(key): rendered = value
                case let value?: rendered = TextEscaping.json(value)
                }
                return "    \(TextEscaping.json(key)): \(rendered)"
            }
            return "  {\n" + members.joined(separator: ",\n") + "\n  }"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    public func csv() -> String {
        var lines = [Self.fields.joined(separator: ",")]
        let text: Set = ["title", "note"]
        for row in rows {
            let values = values(row)
            lines.append(Self.fields.map { key in
                guard let value = values[key] ?? nil else { return "" }
                return text.contains(key) ? TextEscaping.spreadsheetText(value) : TextEscaping.csv(value)
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The heading line shared by the table and Markdown forms.
    var heading: String {
        let asOfText = asOf.map { " as of \($0.dateText)" } ?? ""
        return "Status for \(financialYear.heading(period))\(asOfText)"
    }

    /// Whether some row shows another period than the report's (a month in a quarterly
    /// report): the tables then have a Period column and name no single earlier period.
    var isMixed: Bool { rows.contains { $0.period != period } }

    var previousLabel: String {
        if isMixed { return "vs previous" }
        return period.previous.map { "vs \($0.shortLabel)" } ?? "vs previous"
    }
    var lastYearLabel: String {
        if isMixed { return "vs last year" }
        return period.samePeriodLastYear.map { "vs \($0.shortLabel)" } ?? "vs last year"
    }

    public func markdown() -> String {
        var lines = ["## \(TextEscaping.markdownCell(heading))", ""]
        let period = isMixed ? " Period |" : ""
        lines.append("| ID | Indicator |\(period) Value | Target | Status | \(previousLabel) | \(lastYearLabel) | Note |")
        lines.append("|---|---|\(isMixed ? "---|" : "")---:|---:|---|---|---|---|")
        for row in rows {
            let formatter = FigureFormatter(row.indicator)
            let cells = [
                TextEscaping.markdownCell(row.indicator.id.rawValue),
                TextEscaping.markdownCell(row.indicator.title),
            ] + (isMixed ? [row.period.description] : []) + [
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.value) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
                "\(row.vsPreviousQuarter.symbol) \(row.vsPreviousQuarter.word)",
                "\(row.vsSameQuarterLastYear.symbol) \(row.vsSameQuarterLastYear.word)",
                TextEscaping.markdownCell(row.note ?? ""),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
