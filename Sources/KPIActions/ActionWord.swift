/// Reads the words of a tracker (stages and statuses) as people type them.
///
/// `In progress`, `in_progress`, `IN-PROGRESS` and `Amber.` (with the full stop every cell of
/// seed 002's table ends in) all read the same: case, spaces, hyphens and underscores between
/// words, and a trailing full stop do not matter. Files and reports write the canonical form,
/// lower case with hyphens (`in-progress`).
enum ActionWord {
    /// The canonical spelling of what was typed: lower case, words joined by single hyphens.
    static func normalised(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" || last == "." { trimmed.removeLast() }
        let words = trimmed.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "_" })
        return words.joined(separator: "-")
    }
}
