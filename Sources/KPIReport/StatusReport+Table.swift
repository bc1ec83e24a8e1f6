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
        var cells: [[String]] = rows.map { row in
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
        var widths = header.indices.map { column in
            ([header[column]] + cells.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        let gap = 2
        let others = widths.enumerated().filter { $0.offset != 1 }.map(\.element).reduce(0, +) + gap * (widths.count - 1)
        widths[1] = max(min(widths[1], width - others), 9)
        cells = cells.map { row in
            var row = row
            row[1] = row[1].truncated(toWidth: widths[1])
            return row
        }
        let rightAligned: Set = [2, 3]
        let forecastColumn = forecast ? (variance ? 6 : 5) : nil
        func line(_ row: [String], _ assessment: Assessment? = nil) -> String {
            var parts: [String] = []
            for (column, text) in row.enumerated() {
                let padding = String(repeating: " ", count: max(widths[column] - text.displayWidth, 0))
                var cell = rightAligned.contains(column) ? padding + text : text + padding
                if colour, let assessment, column == 4 || column == forecastColumn {
                    cell = Self.ansi(column == 4 ? assessment.status : assessment.forecastStatus) + cell + "\u{1B}[0m"
                }
                parts.append(cell)
            }
            var text = parts.joined(separator: String(repeating: " ", count: gap))
            while text.last == " " { text.removeLast() }
            return text
        }
        let comparisons = "Prev Q: vs \(period.previous?.description ?? "none"). Last yr: vs \(period.sameQuarterLastYear?.description ?? "none"). Better or worse by polarity."
        var lines = [heading, comparisons.truncated(toWidth: width), "", line(header)]
        for (row, assessment) in zip(cells, rows) {
            lines.append(line(row, assessment))
        }
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
