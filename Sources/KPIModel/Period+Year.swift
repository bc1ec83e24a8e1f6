/// Year arithmetic for year targets, profiles and year-to-date figures.
///
/// Which financial year a month falls in, and where in it, depends on the store's year start,
/// so those answers come from ``FinancialYear`` (`FinancialYear+Periods.swift`); what does not
/// (how many periods make a year, a period's name within its year) is here.
extension Period {
    /// How many periods of this kind make a year: 12 months, 4 quarters, 1 year.
    public var periodsPerYear: Int { length.periodsPerYear }

    /// The period's name within its year: "Q2", "Apr", or for a year itself "2021/22".
    public var positionLabel: String {
        switch length {
        case .quarter: return "Q\(quarter)"
        case .month: return monthAbbreviation
        case .year: return description
        }
    }
}

extension Indicator {
    /// How many periods of this indicator make a year: the length of its profiles.
    public var periodsPerYear: Int { frequency.periodLength.periodsPerYear }
}

extension ReportingYear {
    /// The year as a period: "2021/22".
    public var period: Period { Period(financialYearStarting: startYear) }
}

extension FinancialYear {
    /// The financial year a period falls in, as a year target names it.
    public func reportingYear(of period: Period) -> ReportingYear {
        ReportingYear(startYear: year(containing: period).startYear)
    }

    /// The periods of `year` of `length`, in order: its quarters, its 12 months, or the year.
    public func periods(_ length: Period.Length, of year: ReportingYear) -> [Period] {
        periods(length, within: year.period)
    }

    /// Whether the period is its year's first (where a year-to-date figure starts again).
    public func startsYear(_ period: Period) -> Bool { position(of: period) == 1 }
}
