import KPIModel

/// What a recorded figure is: a period's value, or the officer's forecast, made in a period, of
/// the value at the end of its financial year.
///
/// Both are kept the same way (one line per period, corrections as revisions, every line
/// kept), so one parser, one record path and one CSV import serve both; this names the words
/// that differ.
public enum FigureKind: Sendable, Hashable {
    case value
    case forecast

    /// The keyword of the first line for a period: `value`, `forecast`.
    var keyword: String { self == .value ? "value" : "forecast" }
    /// The keyword of a correction: `revise`, `revise-forecast`.
    var revisionKeyword: String { self == .value ? "revise" : "revise-forecast" }
    /// The field named in messages about the figure itself.
    var field: String { self == .value ? "value" : "forecast" }
    /// "a value for 2021/22 Q2", "a forecast made in 2021/22 Q2".
    func noun(_ period: Period) -> String { self == .value ? "a value for \(period)" : "a forecast made in \(period)" }
}
