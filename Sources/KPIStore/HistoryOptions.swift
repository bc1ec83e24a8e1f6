import KPIModel

/// The `key value` pairs after the fixed fields of a history line: `recorded TIME`,
/// `note "TEXT"`, `by "NAME"`, `amber FIGURE`, `tolerance FIGURE`, `green-tolerance FIGURE`,
/// `profile LIST`, and on a `redefine` line the definition fields (`title "TEXT"`, `unit NAME`,
/// `better WORD`, `frequency WORD`, …); on an action's `update` line `progress`, `stage`,
/// `status` and `due`, and on its `redefine` line its fields.
///
/// Read into positions by key rather than a dictionary: a store of a thousand indicators has over a
/// hundred thousand history lines, and this runs for each.
struct HistoryOptions {
    enum Key: String, CaseIterable {
        case recorded, note, by, amber, tolerance
        case title, unit, better, decimals, theme, source, description
        case allowAnyPercent = "allow-any-percent"
        case progress, stage, status, due, start, owner, ref
        case cumulative
        case greenTolerance = "green-tolerance"
        case profile
        case frequency

        /// Keys whose value is text in double quotes.
        var isText: Bool {
            switch self {
            case .note, .by, .title, .theme, .source, .description, .owner, .ref: return true
            default: return false
            }
        }

        /// The definition fields a `redefine` line may change.
        static let definitionFields: [Key] = [
            .title, .unit, .better, .frequency, .decimals, .theme, .source, .description,
            .allowAnyPercent, .cumulative, .greenTolerance,
        ]

        /// The fields an action's `redefine` line may change.
        static let actionFields: [Key] = [.title, .ref, .theme, .owner, .start, .due, .description]

        /// What a `value`, `revise`, `forecast`, `retire` or `reinstate` line may give.
        static let observationFields: [Key] = [.recorded, .note, .by]

        /// What a `target` line may give, and a `target … none` line.
        static let targetFields: [Key] = [.amber, .tolerance, .greenTolerance, .recorded, .by]
        static let noTargetFields: [Key] = [.recorded, .by]

        /// What an action's `update` or `revise` line may give.
        static let updateFields: [Key] = [.progress, .stage, .status, .due, .recorded, .note, .by]
    }

    /// The line's fields after its fixed ones, and for each key the position of its value
    /// among them (``absent`` when absent): one byte per key, held in the value itself rather
    /// than in an array, so reading a line's options allocates nothing. A position always fits
    /// a byte: each of the 24 keys may come once, so no value lies beyond the 52nd field.
    private let tokens: ArraySlice<Token>
    private var positions: (UInt64, UInt64, UInt64) = (.max, .max, .max)
    private static let absent = UInt8.max

    subscript(key: Key) -> Token? {
        let position = withUnsafeBytes(of: positions) { $0[key.index] }
        return position == Self.absent ? nil : tokens[Int(position)]
    }
    var recorded: Token? { self[.recorded] }
    var note: Token? { self[.note] }
    var by: Token? { self[.by] }
    var amber: Token? { self[.amber] }
    var tolerance: Token? { self[.tolerance] }
    var greenTolerance: Token? { self[.greenTolerance] }

    init(_ tokens: ArraySlice<Token>, allowed: [Key], line keyword: String) throws(FieldError) {
        self.tokens = tokens
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let keyToken = tokens[index]
            guard let key = Self.key(keyToken), allowed.contains(key) else {
                throw .unknownOption(keyword, allowed: allowed, found: keyToken.text)
            }
            guard index + 1 < tokens.endIndex else {
                throw .optionWithoutValue(key)
            }
            let value = tokens[index + 1]
            if key.isText, !value.quoted {
                throw .unquotedText(key.rawValue, found: value.text)
            }
            guard self[key] == nil else {
                throw .optionTwice(key)
            }
            withUnsafeMutableBytes(of: &positions) { $0[key.index] = UInt8(index + 1) }
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
    /// How many keys there are.
    static let count = allCases.count

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
        case .progress: return 13
        case .stage: return 14
        case .status: return 15
        case .due: return 16
        case .start: return 17
        case .owner: return 18
        case .ref: return 19
        case .cumulative: return 20
        case .greenTolerance: return 21
        case .profile: return 22
        case .frequency: return 23
        }
    }
}
