/// Every error KPIModel gives, in one place: the fields of figures, dates, periods, ids and
/// targets that its parsers and checks refuse. Each is a ``FieldError``, placed by the caller
/// that knows the file and line or the option.
extension FieldError {
    // MARK: Figures, dates and times

    /// `value: expected a number such as 85.5, found "85,5" (use a point for decimals and no thousands separators)`.
    static func notAFigure(_ field: String, found: String, because reason: String? = nil) -> FieldError {
        FieldError(field: field, .expected("a number such as 85.5", found: found).aside(reason))
    }

    /// A figure of more than the largest magnitude kpi keeps exactly.
    static func figureTooLarge(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("a number between -1e15 and 1e15", found: quoted(text)))
    }

    /// `recorded_at: expected a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z, found …`.
    static func notATimestamp(_ field: String, found: String, because reason: String? = nil) -> FieldError {
        FieldError(
            field: field,
            .expected("a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z", found: found).aside(
                reason))
    }

    /// `due: expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021, found …`.
    static func notADate(_ field: String, found: String, because reason: String? = nil) -> FieldError {
        FieldError(
            field: field,
            .expected("a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021", found: found).aside(reason)
        )
    }

    /// `year: expected a financial year such as 2021/22, found "2021/23" (…)`.
    static func notAFinancialYear(_ field: String, found: String, because reason: String? = nil) -> FieldError {
        FieldError(field: field, .expected("a financial year such as 2021/22", found: found).aside(reason))
    }

    // MARK: Periods

    /// Text that is no period at all: every accepted spelling is listed.
    static func notAPeriod(found: String) -> FieldError {
        FieldError(field: "period", .expected(Period.Length.allSpellings, found: found))
    }

    /// A spelling of one kind of period gone wrong: `expected a quarter such as "2021/22 Q2", found …`.
    static func notAPeriod(_ length: Period.Length, found: String, because reason: String? = nil) -> FieldError {
        FieldError(field: "period", .expected(length.example, found: found).aside(reason))
    }

    /// A period of the wrong length for its use: `expected a month such as … for the monthly
    /// indicator BEN01, found the quarter 2021/22 Q2`.
    static func wrongPeriodLength(
        _ field: String, expected length: Period.Length, for purpose: String, found period: Period
    ) -> FieldError {
        FieldError(
            field: field, .expected("\(length.expectation) \(purpose)", found: "the \(period.length.noun) \(period)"))
    }

    // MARK: Definitions

    /// An id outside the rule; `found` already says what was there (nothing, or the quoted text).
    static func badID(_ field: String, found: String) -> FieldError {
        FieldError(
            field: field, .expected("1–32 characters of A-Z a-z 0-9 . _ - not starting with . or -", found: found))
    }

    static func unknownUnit(found text: String) -> FieldError {
        let names = IndicatorUnit.allCases.map(\.rawValue).joined(separator: ", ")
        return FieldError(field: "unit", .expected("one of \(names)", found: quoted(text)))
    }

    static func unknownPolarity(found text: String) -> FieldError {
        FieldError(field: "better", .expected("higher, lower or closer", found: quoted(text)))
    }

    static func unknownFrequency(found text: String) -> FieldError {
        FieldError(field: "frequency", .expected("quarterly, monthly or annual", found: quoted(text)))
    }

    /// A percentage outside 0–100 for an indicator that does not allow it.
    static func percentOutOfRange(_ field: String, _ figure: Figure, for id: IndicatorID) -> FieldError {
        FieldError(
            field: field,
            .expected("a percentage from 0 to 100 for \(id)", found: figure.text)
                .aside("define the indicator with --allow-any-percent to allow this"))
    }

    /// A green tolerance given to an indicator that is not judged on closeness.
    static func greenToleranceNotCloser(_ field: String, _ figure: Figure, for id: IndicatorID, polarity: Polarity)
        -> FieldError
    {
        FieldError(
            field: field,
            .expected(
                "a green tolerance only for an indicator whose better is closer",
                found: "\(figure.text) for \(id), whose better is \(polarity.rawValue)"))
    }

    /// A tolerance (a percentage of the target) below 0.
    static func negativePercentage(_ field: String, _ figure: Figure) -> FieldError {
        FieldError(field: field, .expected("a percentage of 0 or more", found: figure.text))
    }

    // MARK: Targets

    /// An amber threshold on the better side of the target.
    static func amberOnBetterSide(target: Figure, polarity: Polarity, found figure: Figure) -> FieldError {
        let side =
            polarity == .higherIsBetter
            ? "at or below the target \(target.text) because higher is better"
            : "at or above the target \(target.text) because lower is better"
        return FieldError(field: "amber", .expected("a threshold \(side)", found: figure.text))
    }

    /// An absolute amber threshold for an indicator judged on closeness.
    static func amberThresholdForCloser(_ id: IndicatorID, found figure: Figure) -> FieldError {
        FieldError(
            field: "amber",
            .expected(
                "no absolute amber threshold for \(id), whose better is closer "
                    + "(give --tolerance, a percentage of the target, instead)",
                found: figure.text))
    }

    /// A target of 0 for an indicator judged on closeness, measured in percent of the target.
    static func zeroTargetForCloser(_ id: IndicatorID, found figure: Figure) -> FieldError {
        FieldError(
            field: "target",
            .expected(
                "a target other than 0 for \(id), whose better is closer "
                    + "(closeness is measured in percent of the target)",
                found: figure.text))
    }

    /// An amber band narrower than the green one.
    static func amberNarrowerThanGreen(_ id: IndicatorID, green: Figure, amber: Figure) -> FieldError {
        FieldError(
            field: "tolerance",
            .expected(
                "an amber tolerance at least the green tolerance \(green.text)% for \(id)", found: "\(amber.text)%"))
    }

    // MARK: Year targets and profiles

    /// `profile: expected even or cumulative percentages such as 25,50,75,100, found …`.
    static func notAProfile(_ field: String, found: String, because reason: String? = nil) -> FieldError {
        FieldError(
            field: field, .expected("even or cumulative percentages such as 25,50,75,100", found: found).aside(reason))
    }

    static func profileLength(_ field: String, periodsPerYear: Int, found count: Int, in shown: String) -> FieldError {
        FieldError(
            field: field,
            .expected(
                "\(periodsPerYear) cumulative percentages, one for each period of the year",
                found: "\(count) in \(shown)"))
    }

    static func profileNegative(_ field: String, found figure: Figure, in shown: String) -> FieldError {
        FieldError(field: field, .expected("percentages of 0 or more", found: "\(figure.text) in \(shown)"))
    }

    static func profileFalls(_ field: String, found figure: Figure, after previous: Figure, in shown: String)
        -> FieldError
    {
        FieldError(
            field: field,
            .expected(
                "cumulative percentages that never fall", found: "\(figure.text) after \(previous.text) in \(shown)"))
    }

    static func profileEnd(_ field: String, found figure: Figure, in shown: String) -> FieldError {
        FieldError(
            field: field,
            .expected(
                "the last percentage to be exactly 100 (the year-end target)", found: "\(figure.text) in \(shown)"))
    }

    /// A profile for an indicator that is not year to date.
    static func profileNotYearToDate(_ id: IndicatorID, found profile: TargetProfile) -> FieldError {
        FieldError(
            field: "profile",
            .expected(
                "no profile for \(id), which is not year to date (a year target applies to every period "
                    + "of the year alike; redefine it with --cumulative true for a profiled target)",
                found: profile.description))
    }

    /// An absolute amber threshold with the year target of a year-to-date indicator.
    static func amberThresholdForYearToDate(_ id: IndicatorID, found figure: Figure) -> FieldError {
        FieldError(
            field: "amber",
            .expected(
                "--tolerance, a percentage, with the year target of \(id), which is year to date "
                    + "(an absolute amber threshold cannot follow the profile)",
                found: figure.text))
    }

    /// The same error, saying which period's share of a year target broke the rule.
    func inYearTarget(_ period: String, percent: String, of value: Figure) -> FieldError {
        adding(.aside("the \(period) target, \(percent)% of \(value.text)"))
    }
}

extension ReportingYear.SpellingProblem {
    /// The reason in words, in brackets after what a year or period error found.
    public var reason: String {
        switch self {
        case .form: "a financial year is written like 2021/22"
        case .notConsecutive: "a financial year spans two consecutive years, such as 2021/22"
        case .outOfRange: "the year must be between \(Period.yearRange.lowerBound) and \(Period.yearRange.upperBound)"
        }
    }
}
