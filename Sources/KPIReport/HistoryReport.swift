import KPIModel
import KPIStatus
import KPIText

/// One indicator's periods at its own frequency (value, target, status, direction of travel),
/// or, with revisions, every line ever recorded for it, as a terminal table.
public struct HistoryReport: Sendable {
    public let history: IndicatorHistory
    public let snapshot: IndicatorSnapshot
    public let asOf: Timestamp?

    public init(history: IndicatorHistory, snapshot: IndicatorSnapshot, asOf: Timestamp?) {
        self.history = history
        self.snapshot = snapshot
        self.asOf = asOf
    }

    /// The definition in force at the report's moment.
    var indicator: Indicator { snapshot.indicator }

    var heading: String {
        let asOfText = asOf.map { ", as of \($0.dateText)" } ?? ""
        let frequency = indicator.frequency == .quarterly ? "" : ", \(indicator.frequency.rawValue)"
        return
            "\(indicator.id): \(TextEscaping.terminal(indicator.title)) (\(indicator.unit.rawValue), \(indicator.polarity.phrase)\(frequency)\(asOfText))"
    }

    /// Every period of the indicator's frequency from the first value or target to the latest
    /// value or target, oldest first, gaps included.
    public var periods: [Period] {
        let starts = [snapshot.periods.first, snapshot.targetChanges.first?.from].compactMap { $0 }
        guard let first = starts.min() else { return [] }
        let last = [snapshot.latestPeriod, snapshot.targetChanges.last?.from].compactMap { $0 }.max() ?? first
        return (0...(last.ordinal - first.ordinal)).compactMap { first.advanced(by: $0) }
    }

    /// The period-by-period table, its note column shortened to fit `width` columns. An annual
    /// indicator has one direction column, since last year is both its previous period and the
    /// same period last year.
    public func quarters(width: Int = 80) -> String {
        let formatter = FigureFormatter(indicator)
        let annual = indicator.frequency == .annual
        let previous = ["vs prev M", "vs prev Q", "vs last yr"][indicator.frequency.periodLength.rawValue]
        let forecasts = !snapshot.forecasts.isEmpty
        var header = ["Period", "Value", "Target", "Amber", "Status"]
        if forecasts { header += ["Forecast", "Forecast status"] }
        header += [previous] + (annual ? [] : ["vs last yr"]) + ["Note"]
        let periods = self.periods
        let judged =
            periods.isEmpty ? [] : JudgedSeries(snapshot, from: periods[0], through: periods[periods.count - 1]).entries
        let rows: [[String]] = judged.map { row in
            var cells = [
                row.period.description,
                row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.string($0.value) } ?? "–",
                row.amberThreshold.map { formatter.precise($0) } ?? "–",
                "\(row.status.symbol) \(row.status.word)",
            ]
            if forecasts {
                cells += [
                    row.forecast.map { formatter.string($0.value) } ?? "–",
                    "\(row.forecastStatus.symbol) \(row.forecastStatus.forecastWord)",
                ]
            }
            return cells + [row.vsPreviousQuarter.cellText] + (annual ? [] : [row.vsSameQuarterLastYear.cellText]) + [
                TextEscaping.terminal(row.note ?? "")
            ]
        }
        return heading + "\n\n"
            + Self.layout(header, rows, rightAligned: forecasts ? [1, 2, 3, 5] : [1, 2, 3], width: width)
    }

    /// Every recorded line, in the order it was recorded: the definition and its changes,
    /// values, revisions, targets, retirements; who recorded each; the note column shortened
    /// to fit `width` columns.
    public func revisions(width: Int = 80) -> String {
        let formatter = FigureFormatter(indicator)
        var entries: [(Timestamp, Int, [String])] = []
        func add(_ time: Timestamp, _ cells: [String]) {
            guard asOf.map({ time <= $0 }) ?? true else { return }
            entries.append((time, entries.count, [time.description] + cells.map(TextEscaping.terminal)))
        }
        let first = history.indicator
        add(
            first.definedAt,
            [
                "defined", "", "", first.definedBy ?? "",
                "\(first.title) (\(first.unit.rawValue), \(first.polarity.phrase))",
            ])
        for change in history.definitionChanges {
            let fields = Self.describe(change)
            add(
                change.recordedAt,
                ["redefine", "", "", change.by ?? "", fields + (change.note.map { "; \($0)" } ?? "")])
        }
        for change in history.targetChanges {
            guard let target = change.target else {
                add(
                    change.recordedAt,
                    ["target", "from \(change.from)", "none", change.by ?? "", "no target from then on"])
                continue
            }
            var amber = ""
            switch change.amber {
            case .threshold(let figure)?: amber = "amber at \(formatter.precise(figure.decimal))"
            case .tolerance(let percent)?:
                let threshold =
                    target.amberThreshold(polarity: indicator.polarity).map { " (\(formatter.precise($0)))" } ?? ""
                amber = "amber within \(percent.text)%\(threshold)"
            case nil: amber = "no amber band"
            }
            add(
                change.recordedAt,
                ["target", "from \(change.from)", formatter.string(target.value), change.by ?? "", amber])
        }
        for target in history.yearTargets {
            var words: [String] = []
            if let profile = target.profile { words.append("profile \(profile)") }
            switch target.amber {
            case .threshold(let figure)?: words.append("amber at \(formatter.precise(figure.decimal))")
            case .tolerance(let percent)?: words.append("amber within \(percent.text)%")
            case nil: break
            }
            if let green = target.greenTolerance { words.append("green within \(green.text)%") }
            add(
                target.recordedAt,
                [
                    "year-target", "\(target.year)", formatter.string(target.value), target.by ?? "",
                    words.joined(separator: "; "),
                ])
        }
        for observation in history.observations {
            add(
                observation.recordedAt,
                [
                    observation.isRevision ? "revise" : "value", observation.period.description,
                    formatter.string(observation.value), observation.by ?? "", observation.note ?? "",
                ])
        }
        for forecast in history.forecasts {
            add(
                forecast.recordedAt,
                [
                    forecast.isRevision ? "revise-forecast" : "forecast", forecast.period.description,
                    formatter.string(forecast.value), forecast.by ?? "", forecast.note ?? "",
                ])
        }
        for retirement in history.retirements {
            switch retirement.kind {
            case .retire(let period):
                add(
                    retirement.recordedAt, ["retire", "from \(period)", "", retirement.by ?? "", retirement.note ?? ""])
            case .reinstate:
                add(retirement.recordedAt, ["reinstate", "", "", retirement.by ?? "", retirement.note ?? ""])
            }
        }
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var header = ["Recorded (UTC)", "Line", "Period", "Value", "By", "Note"]
        var rows = entries.map(\.2)
        // A store written before names were recorded has none: no empty column for it.
        if rows.allSatisfy({ $0[4].isEmpty }) {
            header.remove(at: 4)
            rows = rows.map { row in
                var row = row; row.remove(at: 4); return row
            }
        }
        return heading + "\n\n" + Self.layout(header, rows, rightAligned: [3], width: width)
    }

    /// The fields a definition change sets: `title "New title"; better lower`.
    static func describe(_ change: DefinitionChange) -> String {
        var parts: [String] = []
        if let title = change.title { parts.append("title \"\(title)\"") }
        if let unit = change.unit { parts.append("unit \(unit.rawValue)") }
        if let polarity = change.polarity { parts.append(polarity.phrase) }
        if let frequency = change.frequency { parts.append("reported \(frequency.rawValue)") }
        if let decimals = change.decimals { parts.append("decimals \(decimals)") }
        if let theme = change.theme { parts.append(theme.isEmpty ? "no theme" : "theme \"\(theme)\"") }
        if let source = change.source { parts.append(source.isEmpty ? "no source" : "source \"\(source)\"") }
        if let description = change.description {
            parts.append(description.isEmpty ? "no description" : "description \"\(description)\"")
        }
        if let allows = change.allowsAnyPercent {
            parts.append(allows ? "any percentage allowed" : "percentages 0 to 100 only")
        }
        if let cumulative = change.cumulative { parts.append(cumulative ? "year to date" : "not year to date") }
        if let green = change.greenTolerance { parts.append("green within \(green.text)%") }
        return parts.joined(separator: "; ")
    }

    /// Aligned columns; the last column (the note) is cut with "…" so lines fit `width`, keeping
    /// at least 12 columns of it.
    static func layout(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>, width: Int) -> String {
        var widths = header.indices.map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        let last = header.count - 1
        let others = widths.dropLast().reduce(0, +) + 2 * last
        widths[last] = max(min(widths[last], width - others), min(widths[last], 12))
        let rows = rows.map { row in
            row.enumerated().map { $0.offset == last ? $0.element.truncated(toWidth: widths[last]) : $0.element }
        }
        func line(_ row: [String]) -> String {
            let cells = row.enumerated().map { column, text -> String in
                let padding = String(repeating: " ", count: widths[column] - text.displayWidth)
                return rightAligned.contains(column) ? padding + text : text + padding
            }
            var text = cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
            + (rows.isEmpty ? "(nothing recorded)\n" : "")
    }
}
