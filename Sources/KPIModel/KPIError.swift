import KPIText

/// A failure the `kpi` command reports to a person: what went wrong, where, and what was expected.
///
/// Every layer throws this one type so that a single place (the CLI) renders it and maps its
/// ``Kind`` to a documented exit code. The message is complete on its own: it already names
/// the file, line and field where those are known.
public struct KPIError: Error, Equatable, Sendable, CustomStringConvertible {
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
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// A single field that failed validation, before its location is known.
///
/// Parsers of periods, figures and dates throw this; the caller that knows the file and line
/// (or the command-line option) wraps it into a ``KPIError`` with ``located(_:)``.
public struct FieldError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field's name as a person sees it: `period`, `value`, `recorded_at`.
    public var field: String
    /// What was expected and what was found, e.g. `expected a number such as 85.5, found "85,5"`.
    public var problem: String

    public init(field: String, _ problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(field): \(problem)" }

    /// The same error prefixed with a location such as `Series/ICT01.kpi:14` or `--recorded-at`.
    public func located(_ location: String, kind: KPIError.Kind = .badData) -> KPIError {
        KPIError(kind, "\(location): \(description)")
    }
}

/// Quotes text found in input for an error message, shortening very long input.
///
/// A 2 MB value must not produce a 2 MB error line, and control characters must not garble
/// the terminal, so both are made visible: the text is quoted as a Series file quotes it
/// (`TextEscaping.seriesText`), and past `limit` characters cut short with their count.
public func quoted(_ text: some StringProtocol, limit: Int = 40) -> String {
    let count = text.unicodeScalars.count
    guard count > limit else { return TextEscaping.seriesText(text) }
    return "\(TextEscaping.seriesText(text, limit: limit)) (\(count) characters)"
}

/// Runs a parse that throws a ``FieldError`` and places any error at `location`.
public func located<T>(_ location: String, _ body: () throws(FieldError) -> T) throws(KPIError) -> T {
    do {
        return try body()
    } catch {
        throw error.located(location)
    }
}
