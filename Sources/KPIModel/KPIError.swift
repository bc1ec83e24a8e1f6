/// A failure the `kpi` command reports to a person: what went wrong, where, and what was expected.
///
/// Every layer throws this one type so that a single place (the CLI) reports it and maps its
/// ``Kind`` to a documented exit code. It is a value in parts, where (``location``), which
/// ``field``, and the ``problem`` (what was expected and what was found, or a statement, with
/// any reason, hint or consequence), so that the words are put together in one place,
/// ``message``, and each module keeps every error it can give in one file of named
/// constructors (`ModelErrors.swift`, `StoreErrors.swift`, `CommandErrors.swift`, …), where a
/// reader finds them all and a throw site reads as what happened.
public struct KPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure; each has one exit code (see the README's exit-code table).
    public enum Kind: String, Sendable, Equatable {
        /// The command line itself is wrong (exit 64).
        case usage
        /// A value, file line or row breaks the rules (exit 65).
        case badData
        /// The store, an indicator or an input file does not exist (exit 66).
        case missing
        /// An output file or directory cannot be created (exit 73).
        case cannotCreate
        /// Reading or writing failed underneath (exit 74).
        case io
        /// Another process holds the store's lock (exit 75).
        case busy
    }

    public var kind: Kind
    /// Where the problem is: a file's line, a CSV row, an option, an argument, a directory; nil
    /// when the error is about nothing in particular.
    public var location: Location?
    /// The field at fault as a person sees it (`value`, `period`, `recorded_at`), when one is.
    public var field: String?
    /// What was wrong: expected and found, or a statement, and any notes after it.
    public var problem: Problem
    /// Lines under the first, each a problem of its own: an import's bad rows, the lines a
    /// redefinition would break, the problems `kpi check` found.
    public var details: [String]

    public init(
        _ kind: Kind, at location: Location? = nil, field: String? = nil, _ problem: Problem, details: [String] = []
    ) {
        self.kind = kind
        self.location = location
        self.field = field
        self.problem = problem
        self.details = details
    }

    /// An error whose words come whole, with no parts: for tests that state the exact message,
    /// and for failures that bring their own words (a renderer's error).
    public init(_ kind: Kind, _ message: String) {
        self.init(kind, .statement(message))
    }

    /// The words a person reads, the one rendering of every error: `LOCATION: FIELD: PROBLEM`
    /// (each part only when there is one), then any detail lines.
    ///
    /// For example `Series/ICT01.kpi:14: value: expected a number such as 85.5, found "85,5"`,
    /// or `Series: no store here (no such directory); create one with kpi init or pass --store DIR`.
    public var message: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if let field { parts.append(field) }
        parts.append(problem.description)
        return ([parts.joined(separator: ": ")] + details).joined(separator: "\n")
    }

    public var description: String { message }

    /// Two errors are the same when they have the same exit code and say the same words.
    public static func == (lhs: KPIError, rhs: KPIError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message
    }

    /// The same error with a note after its problem, e.g. that a failed command was undone.
    public func adding(_ note: Problem.Note) -> KPIError {
        var error = self
        error.problem.notes.append(note)
        return error
    }

    /// The same error placed inside `outer`: at `outer` when it had no location of its own,
    /// else at both (`q2.csv:4: Series/ICT01.kpi:14: …`, a row that failed on a broken file).
    public func within(_ outer: Location) -> KPIError {
        var error = self
        error.location = location.map { .within(outer, $0) } ?? outer
        return error
    }
}
