/// A single field that failed validation, before its location is known: the unlocated form
/// of a ``KPIError``.
///
/// Parsers of periods, figures and dates throw this (with typed throws, so a caller knows the
/// failure can only be a field's); the caller that knows the file and line, or the
/// command-line option, places it with ``located(_:kind:)``, which only adds the location.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field's name as a person sees it: `period`, `value`, `recorded_at`.
    public var field: String
    /// What was expected and what was found, e.g. `expected a number such as 85.5, found "85,5"`.
    public var problem: KPIError.Problem

    public init(field: String, _ problem: KPIError.Problem) {
        self.field = field
        self.problem = problem
    }

    /// A field error whose problem comes in whole words (for tests that state the exact text).
    public init(field: String, _ problem: String) {
        self.init(field: field, .statement(problem))
    }

    public var description: String { "\(field): \(problem)" }

    /// Two field errors are the same when they name the same field and say the same words.
    public static func == (lhs: FieldError, rhs: FieldError) -> Bool {
        lhs.description == rhs.description
    }

    /// The same error with a note after its problem, e.g. which target of a year it was.
    public func adding(_ note: KPIError.Problem.Note) -> FieldError {
        FieldError(field: field, problem.adding(note))
    }

    /// The error at `location`, such as line 14 of `Series/ICT01.kpi` or `--recorded-at`.
    public func located(_ location: KPIError.Location, kind: KPIError.Kind = .badData) -> KPIError {
        KPIError(kind, at: location, field: field, problem)
    }
}

/// Runs a parse that throws a ``FieldError`` and places any error at `location`.
public func located<T>(_ location: KPIError.Location, _ body: () throws(FieldError) -> T) throws(KPIError) -> T {
    do {
        return try body()
    } catch {
        throw error.located(location)
    }
}
