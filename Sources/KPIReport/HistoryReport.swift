import KPIModel
import KPIStatus

/// One indicator's quarters (value, target, status, direction of travel) or, with
/// revisions, every line ever recorded for it, as a terminal table.
public struct HistoryReport: Sendable {
    public let history: IndicatorHistory
    public let snapshot: IndicatorSnapshot
    public let asOf: Timestamp?

    public init(history: IndicatorHistory, snapshot: IndicatorSnapshot, asOf: Timestamp?) {
        self.history = history
        self.snapshot = snapshot
        self.asOf = asOf
    }

    var indicator: Indicator { history.indicator }

    var heading: String {
        let asOfText = asOf.map { ", as of \($0.dateText)" } ?? ""
        return "\(indicator.id): \(TextEscaping.terminal(indicator.title)) (\(indicator.unit.rawValue), \(indicator.polarity.phrase)\(asOfText))"
    }

    /// Every quarter from the first value or target to the latest value, oldest first.
    public var periods: [Period] {
        let starts = [snapshot.periods.first, snapshot.targetChanges.first?.from].compactMap { $0 }
        guard let first = starts.min() else { return [] }
        let last = [snapshot.latestPeriod, snapshot.targetChanges.last?.from].compactMap { $0 }.max() ?? first
        return (0...(last.ordinal - first.ordinal)).compactMap { first.advanced(by: $0) }
    }

    /// The quarter-by-quarter table, its note column shortened to fit `width` columns.
    public func quarters(width: Int = 80) -> String {
        let formatter = FigureFormatter(indicator)
        let header = ["Period", "Value", "Target", "Amber", "Status", "vs prev Q", "vs last yr", "Note"]
        let rows: [[String]] = periods.map { period in
            let row = Assessment(snapshot, period: period)
            return [
                period.description,
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.target) } ?? "–",
                row.amberThreshold.map { formatter.precise($0) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
                StatusReport.dotWord(row.vsPreviousQuarter),
                StatusReport.dotWord(row.vsSameQuarterLastYear),
                TextEscaping.terminal(row.note ?? ""),
            ]
        }
        return heading + "\n\n" + Self.layout(header, rows, rightAligned: [1, 2, 3], width: width)
    }

    /// Every recorded line, in the order it was recorded: values, revisions and targets; the
    /// note column shortened to fit `width` columns.
    public func revisions(width: Int = 80) -> String {
        let formatter = FigureFormatter(indicator)
        var entries: [(Timestamp, Int, [String])] = []
        for (index, observation) in history.observations.enumerated() where asOf.map({ observation.recordedAt <= $0 }) ?? true {
            entries.append((observation.recordedAt, index, [
                observation.recordedAt.description, observation.isRevision ? "revise" : "value",
                observation.period.description, formatter.string(observation.value),
                TextEscaping.terminal(observation.note ?? ""),
            ]))
        }
        for (index, change) in history.targetChanges.enumerated() where asOf.map({ change.recordedAt <= $0 }) ?? true {
            var amber = ""
            switch change.amber {
            case .threshold(let figure)?: amber = "amber at \(formatter.precise(figure.decimal))"
            case .tolerance(let percent)?: amber = "amber within \(percent.text)% (\(formatter.precise(change.amberThreshold(polarity: indicator.polarity)!)))"
            case nil: amber = "no amber band"
            }
            entries.append((change.recordedAt, history.observations.count + index, [
                change.recordedAt.description, "target", "from \(change.from)", formatter.string(change.target), amber,
            ]))
        }
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        let header = ["Recorded (UTC)", "Line", "Period", "Value", "Note"]
        return heading + "\n\n" + Self.layout(header, entries.map(\.2), rightAligned: [3], width: width)
    }

    /// Aligned columns; the last column (the note) is cut with "…" so lines fit `width`, keeping
    /// at least 12 columns of it.
    static func layout(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>, width: Int) -> String {
        var widths = header.indices.map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        let last = header.count - 1
        let others = widths.dropLast().reduce(0, +) + 2 * last
        widths[last] = max(min(widths[last], width - others), min(widths[last], 12))
        let rows = rows.map { row in row.enumerated().map { $0.offset == last ? $0.element.truncated(toWidth: widths[last]) : $0.element } }
        func line(_ row: [String]) -> String {
            let cells = row.enumerated().map { column, text -> String in
                let padding = String(repeating: " ", count: widths[column] - text.displayWidth)
                return rightAligned.contains(column) ? padding + text : text + padding
            }
            var text = cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n" + (rows.isEmpty ? "(nothing recorded)\n" : "")
    }
}
