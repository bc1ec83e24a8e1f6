/// Year arithmetic on periods: which financial year a period is in and where it sits in it.
///
/// Kept in one place (with ``ReportingYear``) so that year-to-date figures, profiled targets and
/// forecasts work for monthly periods by changing these helpers alone.
extension Period {
    /// How many quarters make a financial year.
    public static let quartersPerYear = 4

    /// The financial year the period falls in: 2021/22 for "2021/22 Q2".
    public var reportingYear: ReportingYear { ReportingYear(startYear: startYear) }

    /// The period's place in its year, from 1: Q1 is 1, Q4 is 4.
    public var positionInYear: Int { quarter }

    /// How many periods of this kind make a year: 4 quarters.
    public var periodsPerYear: Int { Self.quartersPerYear }

    /// The period's name within its year: "Q2".
    public var positionLabel: String { "Q\(quarter)" }

    /// Whether this is the year's first period (where a year-to-date figure starts again).
    public var startsYear: Bool { positionInYear == 1 }
}

extension Indicator {
    /// How many periods of this indicator make a year: the length of its profiles.
    public var periodsPerYear: Int { Period.quartersPerYear }
}
