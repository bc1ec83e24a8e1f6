import FoundationEssentials
import KPIModel
import KPIStatus
import KPIText

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
    public init?(
        snapshots: [IndicatorSnapshot], period: Period?, financialYear: FinancialYear, asOf: Timestamp?,
        includeRetired: Bool = false
    ) {
        guard let period = period ?? snapshots.compactMap({ $0.latestQuarter(in: financialYear) }).max() else {
            return nil
        }
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = snapshots.sorted { $0.indicator.id < $1.indicator.id }.compactMap { snapshot in
            guard let own = snapshot.reportedPeriod(for: period, in: financialYear),
                includeRetired || !snapshot.isRetired(for: own)
            else { return nil }
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

    /// The column names of the CSV, in order. The year-end, forecast and variance fields come
    /// after the note, so the columns a spreadsheet already reads by position keep their places.
    /// `vsPreviousQuarter` compares with the previous period of the indicator's frequency (month,
    /// quarter or year), `vsSameQuarterLastYear` with the same period last year; the names stay
    /// as the first, quarterly, reports made them. The period's canonical spelling says whether it
    /// is a month, a quarter or a year.
    public static let fields = [
        "id", "title", "unit", "period", "value", "target", "amberThreshold", "status",
        "vsPreviousQuarter", "vsSameQuarterLastYear", "note", "annualTarget", "forecast",
        "forecastStatus", "variance", "variancePercent",
    ]

    /// The keys whose values are numbers in JSON.
    static let numericFields: Set = [
        "value", "target", "amberThreshold", "annualTarget", "forecast", "variance", "variancePercent",
    ]

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
            "annualTarget": row.annualTarget?.value.text,
            "status": row.status.rawValue,
            "vsPreviousQuarter": row.vsPreviousQuarter.rawValue,
            "vsSameQuarterLastYear": row.vsSameQuarterLastYear.rawValue,
            "forecast": row.forecast?.value.text,
            "forecastStatus": row.forecastStatus.rawValue,
            "variance": row.variance.map { "\($0)" },
            "variancePercent": row.variancePercent.map { "\($0)" },
            "note": row.note,
            "frequency": row.indicator.frequency.rawValue,
        ]
    }

    public func json() -> String {
        ReportRows(fields: Self.jsonFields, rows: rows.map(values)).json(literal: Self.numericFields)
    }

    public func csv() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).csv(text: ["title", "note"])
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
        let variance = showsVariance, forecast = showsForecast
        var header = ["ID", "Indicator"] + (isMixed ? ["Period"] : []) + ["Value", "Target", "Status"]
        if variance { header.append("Variance") }
        if forecast { header.append("Forecast year-end") }
        header += [previousLabel, lastYearLabel, "Note"]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append(
            "|---|---|" + (isMixed ? "---|" : "") + "---:|---:|---|"
                + String(repeating: "---|", count: header.count - (isMixed ? 6 : 5)))
        for row in rows {
            let formatter = FigureFormatter(row.indicator)
            var cells =
                [
                    TextEscaping.markdownCell(row.indicator.id.rawValue),
                    TextEscaping.markdownCell(row.indicator.title),
                ] + (isMixed ? [row.period.description] : []) + [
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
