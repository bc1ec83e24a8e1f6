import KPIModel
import KPIStatus

extension StatusReport {
    /// The terminal table: fits `width` columns by shortening titles, and always shows the
    /// status as a shape and a word, with colour only when `colour` is set (a terminal).
    public func table(colour: Bool, width: Int) -> String {
        let header = ["ID", "Indicator", "Value", "Target", "Status", "Prev Q", "Last yr"]
        let cells: [[String]] = rows.map { row in
            let formatter = FigureFormatter(row.indicator)
            return [
                row.indicator.id.rawValue,
                TextEscaping.terminal(row.indicator.title),
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.value) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
                Self.dotWord(row.vsPreviousQuarter),
                Self.dotWord(row.vsSameQuarterLastYear),
            ]
        }
        let table = TerminalTable(header: header, rows: cells, flexible: 1, rightAligned: [2, 3])
        let comparisons = "Prev Q: vs \(period.previous?.description ?? "none"). Last yr: vs \(period.sameQuarterLastYear?.description ?? "none"). Better or worse by polarity."
        var lines = [heading, comparisons.truncated(toWidth: width), ""]
        lines += table.lines(width: width, coloured: 4, colours: rows.map { colour ? Self.ansi($0.status) : nil })
        if rows.isEmpty { lines.append("(no indicators)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The short word for a direction of travel in the table: Better, Worse, Same, –.
    static func dotWord(_ direction: DirectionOfTravel) -> String {
        switch direction {
        case .improving: return "↑ Better"
        case .worsening: return "↓ Worse"
        case .noChange: return "→ Same"
        case .unknown: return "–"
        }
    }

    static func ansi(_ status: Status) -> String {
        switch status {
        case .red: return "\u{1B}[1;31m"
        case .amber: return "\u{1B}[1;33m"
        case .green: return "\u{1B}[32m"
        case .noTarget, .missing, .retired: return "\u{1B}[90m"
        }
    }
}

extension String {
    /// Columns the text takes on a terminal (one per character; good enough for titles).
    var displayWidth: Int { count }

    func truncated(toWidth width: Int) -> String {
        guard count > width else { return self }
        return String(prefix(max(width - 1, 0))) + "…"
    }
}
