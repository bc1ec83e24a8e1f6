import KPIModel

/// A year-to-date indicator's judged periods laid out by financial year: the period's own
/// year from its first period to its last, and the year before, each on its own.
///
/// A year-to-date figure starts again each year, so a chart draws each year as its own line
/// over its periods (Q1–Q4, or its twelve months) and never joins one year's last to the next's
/// first. Read from a ``JudgedSeries`` (judged once):
/// the periods of the current year after the series' last are shown by their target alone
/// (the profile still to come), never by a later value.
public struct YearSeries: Sendable {
    /// One period of a year's line.
    public struct Point: Sendable {
        public let period: Period
        /// The judged period, or nil for a period after the series' last (its value, if any,
        /// is not shown) or before the series' first.
        public let assessment: Assessment?
        /// The target for the period: the profile.
        public let target: Target?
    }

    /// The series' own year, every period of it in order.
    public let current: [Point]
    public let currentYear: ReportingYear
    /// The year before, every period of it in order; nil before the first supported year.
    public let previous: [Point]?
    public let previousYear: ReportingYear?

    public init(_ series: JudgedSeries) {
        let last = series.last
        let financialYear = series.snapshot.financialYear
        currentYear = financialYear.reportingYear(of: last)
        func points(_ year: ReportingYear) -> [Point] {
            financialYear.periods(last.length, of: year).map { period in
                let assessment = series[period]
                return Point(
                    period: period, assessment: assessment,
                    target: assessment.map(\.target) ?? series.snapshot.target(for: period))
            }
        }
        current = points(currentYear)
        previousYear = currentYear.previous
        previous = previousYear.map(points)
    }

    /// The number of periods in a year: the chart's slots.
    public var periodsPerYear: Int { current.count }
}
