import KPIModel

/// The `key value` pairs after the fixed fields of a history line: `recorded TIME`,
/// `note "TEXT"`, `amber FIGURE`, `tolerance FIGURE`.
///
/// Read into named slots rather than a dictionary: a store of a thousand indicators has over a
/// hundred thousand history lines, and this runs for each.
struct HistoryOptions {
    enum Key: String, CaseIterable {
        case recorded, note, amber, tolerance
    }

    var recorded: Token?
    var note: Token?
    var amber: Token?
    var tolerance: Token?

    init(_ tokens: ArraySlice<Token>, allowed: [Key], line keyword: String) throws(FieldError) {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let keyToken = tokens[index]
            guard let key = Self.key(keyToken), allowed.contains(key) else {
                throw FieldError(field: keyword, "expected one of \(allowed.map(\.rawValue).sorted().joined(separator: ", ")), found \(quoted(keyToken.text))")
            }
            guard index + 1 < tokens.endIndex else {
                throw FieldError(field: key.rawValue, "expected a value after \(key.rawValue), found the end of the line")
            }
            let value = tokens[index + 1]
            switch key {
            case .recorded: try Self.set(&recorded, value, key)
            case .note:
                guard value.quoted else {
                    throw FieldError(field: "note", "expected text in double quotes, found \(quoted(value.text))")
                }
                try Self.set(&note, value, key)
            case .amber: try Self.set(&amber, value, key)
            case .tolerance: try Self.set(&tolerance, value, key)
            }
            index += 2
        }
    }

    private static func key(_ token: Token) -> Key? {
        if token.isWord("recorded") { return .recorded }
        if token.isWord("note") { return .note }
        if token.isWord("amber") { return .amber }
        if token.isWord("tolerance") { return .tolerance }
        return nil
    }

    private static func set(_ slot: inout Token?, _ value: Token, _ key: Key) throws(FieldError) {
        guard slot == nil else {
            throw FieldError(field: key.rawValue, "expected \(key.rawValue) once, found it twice")
        }
        slot = value
    }
}
