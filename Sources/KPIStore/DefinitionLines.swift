import KPIModel

/// The checks a definition line of a store file (`title`, `unit`, `owner`, …) passes before its
/// own value is read, the same in Series and action files: the file's first line comes first,
/// definition lines come before the history, each at most once, with one field.
enum DefinitionLines {
    /// What is wrong with the line, or nil; a line that passes is noted in `seen`. `opener` is
    /// the first line's keyword (`indicator`, `action`); `fields` the number of fields the line has, `expected`
    /// how many it must have (0 for a flag such as `allow-any-percent`).
    static func problem(
        _ keyword: String, fields: Int, expected: Int = 1, opener: String, opened: Bool, historyStarted: Bool,
        seen: inout [String: Int], line: Int
    ) -> FieldError? {
        guard opened else { return .openingLineFirst(opener, found: keyword) }
        guard !historyStarted else { return .definitionAfterHistory(keyword) }
        if let earlier = seen[keyword] { return .secondDefinitionLine(keyword, firstAt: earlier) }
        seen[keyword] = line
        if expected == 0 { return fields == 0 ? nil : .flagWithValue(keyword) }
        guard fields == expected else { return .definitionLineFields(keyword, found: fields) }
        return nil
    }
}
