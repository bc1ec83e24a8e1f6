import Foundation
import KPIModel
import KPIStatus

/// The status of every indicator for one period, as a table, CSV, JSON or Markdown.
public struct StatusReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    public let period: Period
    public let financialYear: FinancialYear
    /// The moment the report looks back to, or nil for now.
    public let asOf: Timestamp?
    /// One assessment per indicator, sorted by id.
    public let rows: [Assessment]

    /// Judges every snapshot for `period`, or for the latest period with any value.
    /// Indicators retired for the period are left out unless `includeRetired` (`--all`), when
    /// they show with the status `retired`. Nil when no indicator has any value to choose a
    /// period from.
    public init?(snapshots: [IndicatorSnapshot], period: Period?, financialYear: FinancialYear, asOf: Timestamp?,
                 includeRetired: Bool = false) {
        guard let period = period ?? snapshots.compactMap(\.latestPeriod).max() else { return nil }
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = snapshots.sorted { $0.indicator.id < $1.indicator.id }
            .filter { includeRetired || !$0.isRetired(for: period) }
            .map { Assessment($0, period: period) }
    }

    /// A report of indicators already judged for `period` (the pack's summary files).
    public init(rows: [Assessment], period: Period, financialYear: FinancialYear, asOf: Timestamp?) {
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = rows
    }

    /// The column names of the CSV and the keys of each JSON object, in order.
    public static let fields = ["id", "title", "unit", "period", "value", "target", "amberThreshold", "status",
                                "vsPreviousQuarter", "vsSameQuarterLastYear", "note"]

    public func render(_ format: Format, colour: Bool = false, width: Int = 80) -> String {
        switch format {
        case .table: return table(colour: colour, width: width)
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    /// Plain values of one row, keyed as ``fields``; numbers as exact decimal text.
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
        ]
    }

    public func json() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).json(literal: ["value", "target", "amberThreshold"])
    }

    public func csv() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).csv(text: ["title", "note"])
    }

    /// The heading line shared by the table and Markdown forms.
    var heading: String {
        let asOfText = asOf.map { " as of \($0.dateText)" } ?? ""
        return "Status for \(period) (\(financialYear.months(of: period)))\(asOfText)"
    }

    var previousLabel: String { period.previous.map { "vs \($0.shortLabel)" } ?? "vs previous" }
    var lastYearLabel: String { period.sameQuarterLastYear.map { "vs \($0.shortLabel)" } ?? "vs last year" }

    public func markdown() -> String {
        var lines = ["## \(TextEscaping.markdownCell(heading))", ""]
        lines.append("| ID | Indicator | Value | Target | Status | \(previousLabel) | \(lastYearLabel) | Note |")
        lines.append("|---|---|---:|---:|---|---|---|---|")
        for row in rows {
            let formatter = FigureFormatter(row.indicator)
            let cells = [
                TextEscaping.markdownCell(row.indicator.id.rawValue),
                TextEscaping.markdownCell(row.indicator.title),
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
