extension IndicatorSnapshot {
    /// The period of this indicator that a report for `period` shows, or nil when such a report
    /// leaves the indicator out. Every report, chart, tile and pack asks here, so they agree:
    /// - a report for a period of the indicator's own frequency shows that period;
    /// - for a quarter: a monthly indicator shows its latest month with a value within the
    ///   quarter (the quarter's last month, as missing, when none has), an annual one its
    ///   financial year if that year has ended by the quarter's end, else the year before;
    /// - for a month: only monthly indicators are shown;
    /// - for a year: a quarterly indicator shows the year's fourth quarter, a monthly one the
    ///   year's last month.
    public func reportedPeriod(for period: Period, in financialYear: FinancialYear) -> Period? {
        let own = indicator.frequency.periodLength
        if own == period.length { return period }
        switch (own, period.length) {
        case (.month, .quarter):
            let months = financialYear.periods(.month, within: period)
            return months.last { values[$0] != nil } ?? months[months.count - 1]
        case (.month, .year), (.quarter, .year):
            return financialYear.periods(own, within: period).last
        case (.year, .quarter):
            return financialYear.latestYearEnded(by: period)
        default:
            return nil
        }
    }

    /// The quarter in which the latest value's period ends (a month's value counts for its
    /// quarter, a year's for its fourth quarter): what picks a report's default quarter.
    public func latestQuarter(in financialYear: FinancialYear) -> Period? {
        latestPeriod.map(financialYear.quarter(endingWith:))
    }
}
