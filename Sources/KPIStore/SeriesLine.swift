import KPIModel
import KPIText

/// Writes the lines of a Series file; the exact inverse of ``SeriesFileParser``.
///
/// The format is documented for people in `docs/series-format.md`. Every line ends with a
/// newline: a final line without one is taken as torn by a crash and never read as data.
public enum SeriesLine {
    /// The first line of every Series file.
    public static let header = "# kpi series file, format 1 (see docs/series-format.md)"

    /// The definition block that opens a new Series file.
    public static func definition(_ indicator: Indicator) -> String {
        var lines = [header]
        lines.append("indicator \(indicator.id) defined \(indicator.definedAt)" + by(indicator.definedBy))
        lines.append("title \(TextEscaping.seriesText(indicator.title))")
        lines.append("unit \(indicator.unit.rawValue)")
        lines.append("better \(indicator.polarity.rawValue)")
        // Quarterly is the default, so files from before monthly and annual indicators stay as they were.
        if indicator.frequency != .quarterly { lines.append("frequency \(indicator.frequency.rawValue)") }
        lines.append("decimals \(indicator.decimals)")
        if indicator.allowsAnyPercent { lines.append("allow-any-percent") }
        if indicator.cumulative { lines.append("cumulative") }
        if let green = indicator.greenTolerance { lines.append("green-tolerance \(green.text)") }
        if let theme = indicator.theme { lines.append("theme \(TextEscaping.seriesText(theme))") }
        if let source = indicator.source { lines.append("source \(TextEscaping.seriesText(source))") }
        if let description = indicator.description {
            lines.append("description \(TextEscaping.seriesText(description))")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `value 2021/22 Q2 85 recorded 2021-11-10T09:00:00Z note "…"` (or `value Apr 2021 …`,
    /// `value 2021/22 …`), or `revise …` for a revision; for a forecast, `forecast …` or
    /// `revise-forecast …`.
    public static func observation(_ observation: Observation, kind: FigureKind = .value) -> String {
        let keyword = observation.isRevision ? kind.revisionKeyword : kind.keyword
        var line = "\(keyword) \(observation.period) \(observation.value.text) recorded \(observation.recordedAt)"
        if let note = observation.note { line += " note \(TextEscaping.seriesText(note))" }
        return line + by(observation.by) + "\n"
    }

    /// `target 2021/22 Q1 90 amber 85 recorded 2021-03-01T09:00:00Z` (or `tolerance 5`), or
    /// `target 2021/22 Q1 none recorded …` when the target is turned off.
    public static func target(_ change: TargetChange) -> String {
        let line = "target \(change.from) \(change.value?.text ?? "none")" + bands(change.amber, change.greenTolerance)
        return line + " recorded \(change.recordedAt)" + by(change.by) + "\n"
    }

    /// `year-target 2021/22 95 profile 25,50,75,100 tolerance 5 recorded 2021-03-01T09:00:00Z`.
    public static func yearTarget(_ target: YearTarget) -> String {
        var line = "year-target \(target.year) \(target.value.text)"
        if let profile = target.profile { line += " profile \(profile)" }
        line += bands(target.amber, target.greenTolerance)
        return line + " recorded \(target.recordedAt)" + by(target.by) + "\n"
    }

    /// ` amber A` or ` tolerance P`, then ` green-tolerance G`, each when given.
    static func bands(_ amber: AmberRule?, _ green: Figure?) -> String {
        var text = ""
        switch amber {
        case .threshold(let figure)?: text += " amber \(figure.text)"
        case .tolerance(let percent)?: text += " tolerance \(percent.text)"
        case nil: break
        }
        if let green { text += " green-tolerance \(green.text)" }
        return text
    }

    /// `redefine title "…" better lower recorded TIME [note "…"] [by "…"]`: only the fields changed.
    public static func redefinition(_ change: DefinitionChange) -> String {
        var line = "redefine"
        if let title = change.title { line += " title \(TextEscaping.seriesText(title))" }
        if let unit = change.unit { line += " unit \(unit.rawValue)" }
        if let polarity = change.polarity { line += " better \(polarity.rawValue)" }
        if let frequency = change.frequency { line += " frequency \(frequency.rawValue)" }
        if let decimals = change.decimals { line += " decimals \(decimals)" }
        if let theme = change.theme { line += " theme \(TextEscaping.seriesText(theme))" }
        if let source = change.source { line += " source \(TextEscaping.seriesText(source))" }
        if let description = change.description { line += " description \(TextEscaping.seriesText(description))" }
        if let allows = change.allowsAnyPercent { line += " allow-any-percent \(allows)" }
        if let cumulative = change.cumulative { line += " cumulative \(cumulative)" }
        if let green = change.greenTolerance { line += " green-tolerance \(green.text)" }
        line += " recorded \(change.recordedAt)"
        if let note = change.note { line += " note \(TextEscaping.seriesText(note))" }
        return line + by(change.by) + "\n"
    }

    /// `retire 2022/23 Q1 recorded TIME [note "…"] [by "…"]` or `reinstate recorded TIME …`.
    public static func retirement(_ retirement: Retirement) -> String {
        var line: String
        switch retirement.kind {
        case .retire(let period): line = "retire \(period)"
        case .reinstate: line = "reinstate"
        }
        line += " recorded \(retirement.recordedAt)"
        if let note = retirement.note { line += " note \(TextEscaping.seriesText(note))" }
        return line + by(retirement.by) + "\n"
    }

    /// ` by "NAME"`, or nothing when nobody is named.
    static func by(_ name: String?) -> String {
        name.map { " by \(TextEscaping.seriesText($0))" } ?? ""
    }
}
