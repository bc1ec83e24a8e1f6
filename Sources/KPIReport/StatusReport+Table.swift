import KPIModel
import KPIStatus
import KPIText

extension StatusReport {
    /// The terminal table: fits `width` columns by shortening titles, and always shows the
    /// status as a shape and a word, with colour only when `colour` is set (a terminal).
    public func table(colour: Bool, width: Int) -> String {
        let mixed = isMixed
        let previous =
            mixed ? "Prev" : period.length == .year ? "Prev yr" : "Prev \(period.length.noun.prefix(1).uppercased())"
        let variance = showsVariance, forecast = showsForecast
        var header = ["ID", "Indicator"] + (mixed ? ["Period"] : []) + ["Value", "Target", "Status"]
        if variance { header.append("Variance") }
        if forecast { header.append("Forecast year-end") }
        header += [previous, "Last yr"]
        let cells: [[String]] = rows.map { row in
            let formatter = FigureFormatter(row.indicator)
            var cells =
                [
                    row.indicator.id.rawValue,
                    TextEscaping.terminal(row.indicator.title),
                ] + (mixed ? [row.period.description] : []) + [
                    row.value.map { formatter.string($0) } ?? "–",
                    row.target.map { formatter.string($0.value) } ?? "–",
                    "\(row.status.symbol) \(row.status.word)",
                ]
            if variance { cells.append(Self.varianceText(row) ?? "–") }
            if forecast { cells.append(Self.forecastText(row)) }
            return cells + [row.vsPreviousQuarter.cellText, row.vsSameQuarterLastYear.cellText]
        }
        // A Period column, when the rows' periods differ, moves the later columns one along.
        let shift = mixed ? 1 : 0
        let statusColumn = 4 + shift
        let forecastColumn = forecast ? (variance ? 6 : 5) + shift : nil
        let table = TerminalTable(header: header, rows: cells, flexible: 1, rightAligned: [2 + shift, 3 + shift])
        let comparisons =
            mixed
            ? "Prev: its previous period. Last yr: same period last year. By polarity."
            : "\(previous): vs \(period.previous?.description ?? "none"). Last yr: vs \(period.samePeriodLastYear?.description ?? "none"). Better or worse by polarity."
        var lines = [heading, comparisons.truncated(toWidth: width), ""]
        lines += table.lines(
            width: width,
            colours: rows.map { row in
                guard colour else { return [:] }
                var colours = [statusColumn: Self.ansi(row.status)]
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
