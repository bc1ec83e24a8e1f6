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

    /// The column names of the CSV and the keys of each JSON object, in order. The year-end,
    /// forecast and variance fields come after the note, so the columns a spreadsheet already
    /// reads by position keep their places.
    public static let fields = ["id", "title", "unit", "period", "value", "target", "amberThreshold", "status",
                                "vsPreviousQuarter", "vsSameQuarterLastYear", "note", "annualTarget", "forecast",
                                "forecastStatus", "variance", "variancePercent"]

    /// The keys whose values are numbers in JSON.
    static let numericFields: Set = ["value", "target", "amberThreshold", "annualTarget", "forecast", "variance", "variancePercent"]

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
            "annualTarget": row.annualTarget?.value.text,
            "status": row.status.rawValue,
            "vsPreviousQuarter": row.vsPreviousQuarter.rawValue,
            "vsSameQuarterLastYear": row.vsSameQuarterLastYear.rawValue,
            "forecast": row.forecast?.value.text,
            "forecastStatus": row.forecastStatus.rawValue,
            "variance": row.variance.map { "\($0)" },
            "variancePercent": row.variancePercent.map { "\($0)" },
            "note": row.note,
        ]
    }

    public func json() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).json(literal: Self.numericFields)
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
        let variance = showsVariance, forecast = showsForecast
        var header = ["ID", "Indicator", "Value", "Target", "Status"]
        if variance { header.append("Variance") }
        if forecast { header.append("Forecast year-end") }
        header += [previousLabel, lastYearLabel, "Note"]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|---|---|---:|---:|---|" + String(repeating: "---|", count: header.count - 5))
        for row in rows {
            let formatter = FigureFormatter(row.indicator)
            var cells = [
                TextEscaping.markdownCell(row.indicator.id.rawValue),
                TextEscaping.markdownCell(row.indicator.title),
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.value) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
            ]
            if variance { cells.append(Self.varianceText(row) ?? "–") }
            if forecast { cells.append(Self.forecastText(row)) }
            cells += [
                Self.directionText(row.vsPreviousQuarter),
                Self.directionText(row.vsSameQuarterLastYear),
                TextEscaping.markdownCell(row.note ?? ""),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether any row is money against a target: the tables then gain a variance column.
    var showsVariance: Bool { rows.contains { Self.varianceText($0) != nil } }

    /// Whether any row has a forecast: the tables then gain a forecast column.
    var showsForecast: Bool { rows.contains { $0.forecast != nil } }

    /// "£45,594 under plan (2.4%)" for a money indicator with a value and a target, else nil.
    static func varianceText(_ row: Assessment) -> String? {
        guard row.indicator.unit == .gbp, let variance = row.variance else { return nil }
        return FigureFormatter(row.indicator).planVariance(variance, percent: row.variancePercent)
    }

    /// "● Green" or "○ No forecast": the forecast year-end status (its figure is in the JSON and CSV).
    static func forecastText(_ row: Assessment) -> String {
        "\(row.forecastStatus.symbol) \(row.forecastStatus.forecastWord)"
    }

    /// "↓ Worsening", or "Not comparable (year to date)" without an arrow.
    static func directionText(_ direction: DirectionOfTravel) -> String {
        direction == .notComparable ? direction.word : "\(direction.symbol) \(direction.word)"
    }
}
