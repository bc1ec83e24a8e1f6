import KPIText

extension KPIError {
    /// What was wrong, in parts: what was expected and what was found (or a plain statement,
    /// when the problem is not a mismatch), then any notes: a reason in brackets, a hint or a
    /// consequence after a semicolon.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The heart of the problem.
        public enum Core: Sendable, Hashable {
            /// `expected a number such as 85.5, found "85,5"`; `found` is nil when the error
            /// says only what was expected (`expected both or neither`).
            case mismatch(expected: String, found: String?)
            /// A problem that is not a mismatch: `no indicator ICT01 in this store`.
            case statement(String)
        }

        /// Words after the core, in order.
        public enum Note: Sendable, Hashable {
            /// A reason, an example or a count, in brackets: ` (this kpi reads format 1)`.
            case aside(String)
            /// What to do about it, after a semicolon: `; use --revise to apply corrections in order`.
            case hint(String)
            /// What happened as a result, after a semicolon: `; nothing was changed`.
            case outcome(String)
            /// Words that carry the sentence on: ` under the definition in force now (…)`.
            case continuation(String)
        }

        public var core: Core
        public var notes: [Note]

        public init(_ core: Core, notes: [Note] = []) {
            self.core = core
            self.notes = notes
        }

        /// `expected EXPECTED, found FOUND`.
        public static func expected(_ expected: String, found: String? = nil) -> Problem {
            Problem(.mismatch(expected: expected, found: found))
        }

        /// A problem that is not a mismatch, in its own words.
        public static func statement(_ text: String) -> Problem {
            Problem(.statement(text))
        }

        /// What was expected, when the problem is a mismatch.
        public var expected: String? {
            if case .mismatch(let expected, _) = core { expected } else { nil }
        }

        /// What was found, when the problem is a mismatch that says.
        public var found: String? {
            if case .mismatch(_, let found) = core { found } else { nil }
        }

        /// The same problem with `note` after it.
        public func adding(_ note: Note) -> Problem {
            Problem(core, notes: notes + [note])
        }

        /// The same problem with a reason or example in brackets after it (none when nil).
        public func aside(_ text: String?) -> Problem {
            text.map { adding(.aside($0)) } ?? self
        }

        /// The same problem with what to do about it.
        public func hint(_ text: String) -> Problem {
            adding(.hint(text))
        }

        /// The same problem with what happened as a result.
        public func outcome(_ text: String) -> Problem {
            adding(.outcome(text))
        }

        /// The same problem saying that a refused command changed nothing.
        public var nothingChanged: Problem {
            outcome("nothing was changed")
        }

        /// The same problem with words that carry its sentence on.
        public func continued(_ text: String) -> Problem {
            adding(.continuation(text))
        }

        public var description: String {
            var text: String
            switch core {
            case .mismatch(let expected, let found?): text = "expected \(expected), found \(found)"
            case .mismatch(let expected, nil): text = "expected \(expected)"
            case .statement(let statement): text = statement
            }
            for note in notes {
                switch note {
                case .aside(let aside): text += " (\(aside))"
                case .hint(let words), .outcome(let words): text += "; \(words)"
                case .continuation(let words): text += " \(words)"
                }
            }
            return text
        }
    }
}

/// Quotes text found in input for an error message, shortening very long input.
///
/// A 2 MB value must not produce a 2 MB error line, and control characters must not garble
/// the terminal, so both are made visible: the text is quoted as a Series file quotes it
/// (`TextEscaping.seriesText`), and past `limit` characters cut short with their count. With
/// `counted`, the count follows even text that is not cut, for a message about its length.
public func quoted(_ text: some StringProtocol, limit: Int = 40, counted: Bool = false) -> String {
    let count = text.unicodeScalars.count
    guard count > limit else { return TextEscaping.seriesText(text) + (counted ? " (\(count) characters)" : "") }
    return "\(TextEscaping.seriesText(text, limit: limit)) (\(count) characters)"
}

/// What an error found: `nothing` for empty text, else the text quoted (see ``quoted(_:limit:)``).
public func quotedOrNothing(_ text: some StringProtocol) -> String {
    text.isEmpty ? "nothing" : quoted(text)
}
