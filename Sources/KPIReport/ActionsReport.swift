import FoundationEssentials
import KPIActions
import KPIModel
import KPIText

/// Every action judged for one period, as a table, CSV, JSON or Markdown: `kpi actions`, and
/// the pack's `actions.csv` and `actions.md`.
public struct ActionsReport: Sendable {
    public let period: Period
    public let financialYear: FinancialYear
    /// The moment the report looks back to, or nil for now.
    public let asOf: Timestamp?
    /// One assessment per action, sorted by id.
    public let rows: [ActionAssessment]

    /// Judges every action for `period` with the store's rules; `theme` keeps only the actions
    /// of that theme (compared without regard to case).
    public init(actions: [ActionSnapshot], period: Period, rules: ActionRules, asOf: Timestamp?, theme: String? = nil) {
        self.period = period
        self.financialYear = rules.financialYear
        self.asOf = asOf
        self.rows = actions.sorted { $0.action.id < $1.action.id }
            .filter { snapshot in theme.map { $0.lowercased() == snapshot.action.theme?.lowercased() } ?? true }
            .map { rules.assess($0, period: period) }
    }

    /// Rows already judged (the pack's, computed once).
    public init(rows: [ActionAssessment], period: Period, financialYear: FinancialYear, asOf: Timestamp?) {
        self.period = period
        self.financialYear = financialYear
        self.asOf = asOf
        self.rows = rows
    }

    /// The column names of the CSV and the keys of each JSON object, in order.
    public static let fields = [
        "id", "ref", "title", "theme", "owner", "due", "originalDue", "period", "progress", "stage",
        "status", "statusSource", "suggestedStatus", "overdue", "expectedProgress", "note",
    ]

    public func render(_ format: StatusReport.Format, colour: Bool = false, width: Int = 80) -> String {
        switch format {
        case .table: return table(colour: colour, width: width)
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    /// Plain values of one row, keyed as ``fields``; numbers as exact decimal text.
    func values(_ row: ActionAssessment) -> [String: String?] {
        [
            "id": row.action.id.rawValue,
            "ref": row.action.ref,
            "title": row.action.title,
            "theme": row.action.theme,
            "owner": row.action.owner,
            "due": row.due?.description,
            "originalDue": row.originalDue?.description,
            "period": row.update?.period.description,
            "progress": row.progress?.text,
            "stage": row.stage?.rawValue,
            "status": row.status.rawValue,
            "statusSource": row.statusSource.rawValue,
            "suggestedStatus": row.suggestedStatus?.rawValue,
            "overdue": row.overdue ? "true" : "false",
            "expectedProgress": row.expectedProgress.map { "\($0)" },
            "note": row.note,
        ]
    }

    public func json() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).json(literal: [
            "progress", "expectedProgress", "overdue",
        ])
    }

    public func csv() -> String {
        ReportRows(fields: Self.fields, rows: rows.map(values)).csv(text: ["ref", "title", "theme", "owner", "note"])
    }

    /// The heading line shared by the table and Markdown forms.
    var heading: String {
        let asOfText = asOf.map { " as of \($0.dateText)" } ?? ""
        return "Actions for \(period) (\(financialYear.months(of: period)))\(asOfText)"
    }

    /// "30 Jun 2021 (revised from 30 Apr 2021)", or "–".
    static func dueText(_ row: ActionAssessment) -> String {
        guard let due = row.due else { return "–" }
        return due.displayText + (row.originalDue.map { " (revised from \($0.displayText))" } ?? "")
    }

    /// "40%", or "–".
    static func progressText(_ row: ActionAssessment) -> String {
        row.progress.map { "\($0.text)%" } ?? "–"
    }

    /// What the rules add beside the status: "rules: Red, overdue" where the officer's status
    /// differs, "by the rules" where the rules set it, "overdue", or "".
    static func rulesText(_ row: ActionAssessment) -> String {
        if let comparison = row.comparison { return String(comparison.split(separator: "·").last!.drop { $0 == " " }) }
        var parts: [String] = []
        if row.statusSource == .rules, [.green, .amber, .red, .notStarted].contains(row.status) {
            parts.append("by the rules")
        }
        if row.overdue { parts.append("overdue") }
        return parts.joined(separator: ", ")
    }

    public func markdown() -> String {
        var lines = ["## \(TextEscaping.markdownCell(heading))", ""]
        lines.append("| Ref | Action | Owner | Due | Progress | Status | Rules | Latest update |")
        lines.append("|---|---|---|---|---:|---|---|---|")
        for row in rows {
            var update = row.note ?? ""
            if let shown = row.update?.period, shown != period { update = "(\(shown)) " + update }
            let cells = [
                TextEscaping.markdownCell(row.action.displayRef),
                TextEscaping.markdownCell(row.action.title),
                TextEscaping.markdownCell(row.action.owner ?? ""),
                Self.dueText(row),
                Self.progressText(row),
                "\(row.status.symbol) \(row.status.word)",
                Self.rulesText(row),
                TextEscaping.markdownCell(update),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The terminal table: fits `width` columns by shortening titles, and always shows the
    /// status as a shape and a word, with colour only when `colour` is set (a terminal).
    public func table(colour: Bool, width: Int) -> String {
        let header = ["Ref", "Action", "Due", "Progress", "Status", "Rules"]
        let cells: [[String]] = rows.map { row in
            [
                TextEscaping.terminal(row.action.displayRef),
                TextEscaping.terminal(row.action.title),
                row.due?.displayText ?? "–",
                Self.progressText(row),
                "\(row.status.symbol) \(row.status.word)",
                Self.rulesText(row),
            ]
        }
        let table = TerminalTable(header: header, rows: cells, flexible: 1, rightAligned: [3])
        let overdue = rows.filter(\.overdue).count
        let summary =
            "\(rows.count) action\(rows.count == 1 ? "" : "s"), \(overdue) overdue. Status: the officer's, else the rules'."
        var lines = [heading, summary.truncated(toWidth: width), ""]
        lines += table.lines(width: width, colours: rows.map { colour ? [4: Self.ansi($0.status)] : [:] })
        if rows.isEmpty { lines.append("(no actions)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func ansi(_ status: ActionStatus) -> String {
        switch status {
        case .red: "\u{1B}[1;31m"
        case .amber: "\u{1B}[1;33m"
        case .green: "\u{1B}[32m"
        case .blue: "\u{1B}[1;34m"
        case .notStarted, .noUpdate, .unrated: "\u{1B}[90m"
        }
    }
}
