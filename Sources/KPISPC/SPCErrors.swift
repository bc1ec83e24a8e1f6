import KPIModel

/// Every error KPISPC gives, in one place: too few values for limits, a rebase outside the
/// series, and SPC settings out of range, each a `FieldError` placed by the caller.
extension FieldError {
    /// Fewer values than process limits need; `found` is `none` or `1 (2021/22 Q1)`.
    static func tooFewValues(minimum: Int, found: String) -> FieldError {
        FieldError(field: "values", .expected("at least \(minimum) values to compute process limits", found: found))
    }

    static func rebaseOutsideSeries(first: Period, last: Period, found period: Period) -> FieldError {
        FieldError(
            field: "rebase", .expected("a period within the series, \(first) to \(last)", found: period.description))
    }

    /// A shift or trend run shorter than the rules allow.
    static func runTooShort(_ field: String, minimum: Int, found count: Int) -> FieldError {
        FieldError(field: field, .expected("a whole number of points, \(minimum) or more", found: "\(count)"))
    }

    /// Limits fixed after too few points.
    static func fixAfterTooFew(_ field: String, minimum: Int, found count: Int) -> FieldError {
        FieldError(
            field: field,
            .expected(
                "a whole number of points, \(minimum) or more (limits from fewer points are unstable)",
                found: "\(count)"))
    }
}
