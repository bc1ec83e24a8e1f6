import KPIModel
import KPIStatus

extension StatusReport {
    /// The terminal table: fits `width` columns by shortening titles, and always shows the
    /// status as a shape and a word, with colour only when `colour` is set (a terminal).
    public func table(colour: Bool, width: Int) -> String {
        let variance = showsVariance, forecast = showsForecast
        var header = ["ID", "Indicator", "Value", "Target", "Status"]
        if variance { header.append("Variance") }
        if forecast { header.append("Forecast year-end") }
        header += ["Prev Q", "Last yr"]
        let cells: [[String]] = rows.map { row in
            let formatter = FigureFormatter(row.indicator)
            var cells = [
                row.indicator.id.rawValue,
                TextEscaping.terminal(row.indicator.title),
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.value) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
            ]
            if variance { cells.append(Self.varianceText(row) ?? "–") }
            if forecast { cells.append(Self.forecastText(row)) }
            return cells + [row.vsPreviousQuarter.cellText, row.vsSameQuarterLastYear.cellText]
        }
        let forecastColumn = forecast ? (variance ? 6 : 5) : nil
        let table = TerminalTable(header: header, rows: cells, flexible: 1, rightAligned: [2, 3])
        let comparisons = "Prev Q: vs \(period.previous?.description ?? "none"). Last yr: vs \(period.sameQuarterLastYear?.description ?? "none"). Better or worse by polarity."
        var lines = [heading, comparisons.truncated(toWidth: width), ""]
        lines += table.lines(width: width, colours: rows.map { row in
            guard colour else { return [:] }
            var colours = [4: Self.ansi(row.status)]
            if let forecastColumn { colours[forecastColumn] = Self.ansi(row.forecastStatus) }
            return colours
        })
        if rows.isEmpty { lines.append("(no indicators)") }
        return lines.joined(separator: "\n") + "\n"
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
