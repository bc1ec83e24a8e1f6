import KPIModel

/// The `key value` pairs after the fixed fields of a history line: `recorded TIME`,
/// `note "TEXT"`, `by "NAME"`, `amber FIGURE`, `tolerance FIGURE`, `green-tolerance FIGURE`,
/// `profile LIST`, and on a `redefine` line the definition fields (`title "TEXT"`, `unit NAME`,
/// `better WORD`, …).
///
/// Read into named slots rather than a dictionary: a store of a thousand indicators has over a
/// hundred thousand history lines, and this runs for each.
struct HistoryOptions {
    enum Key: String, CaseIterable {
        case recorded, note, by, amber, tolerance
        case title, unit, better, decimals, theme, source, description
        case allowAnyPercent = "allow-any-percent"
        case cumulative
        case greenTolerance = "green-tolerance"
        case profile

        /// Keys whose value is text in double quotes.
        var isText: Bool {
            switch self {
            case .note, .by, .title, .theme, .source, .description: return true
            default: return false
            }
        }

        /// The definition fields a `redefine` line may change.
        static let definitionFields: [Key] = [.title, .unit, .better, .decimals, .theme, .source, .description, .allowAnyPercent,
                                              .cumulative, .greenTolerance]
    }

    private var slots: [Token?] = Array(repeating: nil, count: Key.allCases.count)

    subscript(key: Key) -> Token? { slots[key.index] }
    var recorded: Token? { self[.recorded] }
    var note: Token? { self[.note] }
    var by: Token? { self[.by] }
    var amber: Token? { self[.amber] }
    var tolerance: Token? { self[.tolerance] }
    var greenTolerance: Token? { self[.greenTolerance] }

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
            if key.isText, !value.quoted {
                throw FieldError(field: key.rawValue, "expected text in double quotes, found \(quoted(value.text))")
            }
            guard slots[key.index] == nil else {
                throw FieldError(field: key.rawValue, "expected \(key.rawValue) once, found it twice")
            }
            slots[key.index] = value
            index += 2
        }
    }

    private static func key(_ token: Token) -> Key? {
        // The common keys first, compared as bytes without making a String.
        if token.isWord("recorded") { return .recorded }
        if token.isWord("note") { return .note }
        if token.isWord("by") { return .by }
        if token.quoted { return nil }
        return Key(rawValue: token.text)
    }
}

extension HistoryOptions.Key {
    /// The slot of this key; by hand, as this runs several times for every history line.
    var index: Int {
        switch self {
        case .recorded: return 0
        case .note: return 1
        case .by: return 2
        case .amber: return 3
        case .tolerance: return 4
        case .title: return 5
        case .unit: return 6
        case .better: return 7
        case .decimals: return 8
        case .theme: return 9
        case .source: return 10
        case .description: return 11
        case .allowAnyPercent: return 12
        case .cumulative: return 13
        case .greenTolerance: return 14
        case .profile: return 15
        }
    }
}
