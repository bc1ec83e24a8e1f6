/// A table for the terminal: columns padded to their widest cell, one column shortened to fit
/// the terminal's width, and one column optionally coloured per row (a status, which always
/// has its shape and word as well).
struct TerminalTable {
    var header: [String]
    var rows: [[String]]
    /// The column shortened (with "…") when the table is wider than the terminal: the title.
    var flexible: Int
    var rightAligned: Set<Int> = []

    /// The header and every row, fitted to `width`; `colours` gives each row's ANSI colour for
    /// the `coloured` column, or nil for none.
    /// The header and rows fitted to `width`; `colours` gives, for each row, the colour of
    /// any of its cells by column (status words on a terminal).
    func lines(width: Int, colours: [[Int: String]]) -> [String] {
        var widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        let gap = 2
        let others =
            widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +) + gap * (widths.count - 1)
        widths[flexible] = max(min(widths[flexible], width - others), 9)
        func line(_ row: [String], colours: [Int: String] = [:]) -> String {
            var parts: [String] = []
            for (column, text) in row.enumerated() {
                let shown = column == flexible ? text.truncated(toWidth: widths[column]) : text
                let padding = String(repeating: " ", count: max(widths[column] - shown.displayWidth, 0))
                var cell = rightAligned.contains(column) ? padding + shown : shown + padding
                if let colour = colours[column] { cell = colour + cell + "\u{1B}[0m" }
                parts.append(cell)
            }
            var text = parts.joined(separator: String(repeating: " ", count: gap))
            while text.last == " " { text.removeLast() }
            return text
        }
        return [line(header)] + zip(rows, colours).map { line($0, colours: $1) }
    }
}
