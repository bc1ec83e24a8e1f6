/// The checks a definition line of a store file (`title`, `unit`, `owner`, …) passes before its
/// own value is read, the same in Series and action files: the file's first line comes first,
/// definition lines come before the history, each at most once, with one field.
enum DefinitionLines {
    /// What is wrong with the line, or nil; a line that passes is noted in `seen`. `opener` is
    /// the first line's keyword (`indicator`, `action`); `fields` how many fields the line must
    /// have (0 for a flag such as `allow-any-percent`).
    static func problem(_ keyword: String, fields: Int, expected: Int = 1, opener: String, opened: Bool, historyStarted: Bool,
                        seen: inout [String: Int], line: Int) -> String? {
        guard opened else { return "expected the \(opener) line first, found \(keyword) before it" }
        guard !historyStarted else { return "expected definition lines before the history, found \(keyword) after a history line" }
        if let earlier = seen[keyword] { return "expected one \(keyword) line, found a second one (the first is at line \(earlier))" }
        seen[keyword] = line
        if expected == 0 { return fields == 0 ? nil : "expected nothing after \(keyword)" }
        guard fields == expected else {
            return "expected one field after \(keyword), found \(fields)\(fields > 1 ? " (put text in double quotes)" : "")"
        }
        return nil
    }
}
