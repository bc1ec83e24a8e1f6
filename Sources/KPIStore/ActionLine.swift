import KPIActions
import KPIModel
import KPIText

/// Writes the lines of an action's file; the exact inverse of ``ActionFileParser``.
///
/// The format is documented for people in `docs/series-format.md`. Every line ends with a
/// newline, as in Series files.
public enum ActionLine {
    /// The first line of every action file.
    public static let header = "# kpi action file, format 1 (see docs/series-format.md)"

    /// The definition block that opens a new action file.
    public static func definition(_ action: Action) -> String {
        var lines = [header]
        lines.append("action \(action.id) defined \(action.definedAt)" + SeriesLine.by(action.definedBy))
        if let ref = action.ref { lines.append("ref \(TextEscaping.seriesText(ref))") }
        lines.append("title \(TextEscaping.seriesText(action.title))")
        if let theme = action.theme { lines.append("theme \(TextEscaping.seriesText(theme))") }
        if let owner = action.owner { lines.append("owner \(TextEscaping.seriesText(owner))") }
        if let start = action.start { lines.append("start \(start)") }
        if let due = action.due { lines.append("due \(due)") }
        if let description = action.description { lines.append("description \(TextEscaping.seriesText(description))") }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `update 2020/21 Q4 progress 60 stage in-progress status amber due 2021-06-30 recorded TIME note "…" by "…"`,
    /// or `revise …` for a replacement; only the fields given.
    public static func update(_ update: ActionUpdate) -> String {
        var line = "\(update.isRevision ? "revise" : "update") \(update.period)"
        if let progress = update.progress { line += " progress \(progress.text)" }
        if let stage = update.stage { line += " stage \(stage.rawValue)" }
        if let status = update.status { line += " status \(status.rawValue)" }
        if let due = update.due { line += " due \(due)" }
        line += " recorded \(update.recordedAt)"
        if let note = update.note { line += " note \(TextEscaping.seriesText(note))" }
        return line + SeriesLine.by(update.by) + "\n"
    }

    /// `redefine title "…" due 2021-06-30 recorded TIME [note "…"] [by "…"]`: only the fields changed.
    public static func redefinition(_ change: ActionChange) -> String {
        var line = "redefine"
        if let title = change.title { line += " title \(TextEscaping.seriesText(title))" }
        if let ref = change.ref { line += " ref \(TextEscaping.seriesText(ref))" }
        if let theme = change.theme { line += " theme \(TextEscaping.seriesText(theme))" }
        if let owner = change.owner { line += " owner \(TextEscaping.seriesText(owner))" }
        if let start = change.start { line += " start \(start.map(\.description) ?? "none")" }
        if let due = change.due { line += " due \(due.map(\.description) ?? "none")" }
        if let description = change.description { line += " description \(TextEscaping.seriesText(description))" }
        line += " recorded \(change.recordedAt)"
        if let note = change.note { line += " note \(TextEscaping.seriesText(note))" }
        return line + SeriesLine.by(change.by) + "\n"
    }
}
