extension FinancialYear {
    /// The financial year a period falls in: "2021/22" for "Sep 2021" when the year starts in
    /// April (and for "2021/22 Q2"); a year is its own.
    public func year(containing period: Period) -> Period {
        switch period.length {
        case .year: return period
        case .quarter: return Period(financialYearStarting: period.startYear)
        case .month:
            let year = period.calendarYear - (period.month < startMonth ? 1 : 0)
            return Period(financialYearStarting: year)
        }
    }

    /// The quarter a month falls in ("Sep 2021" is in 2021/22 Q2 when the year starts in April);
    /// a quarter is its own. A year is in no single quarter.
    public func quarter(containing period: Period) -> Period {
        switch period.length {
        case .quarter: return period
        case .month:
            return Period(startYear: year(containing: period).startYear, quarter: (position(of: period) - 1) / 3 + 1)
        case .year: preconditionFailure("a year is not within one quarter")
        }
    }

    /// The period's place in its financial year, counting from 1: the month number (April is
    /// month 1 when the year starts in April), the quarter number, or 1 for the year itself.
    /// What a profiled year target and the "M01" spelling count by.
    public func position(of period: Period) -> Int {
        switch period.length {
        case .month: return (period.month - startMonth + 12) % 12 + 1
        case .quarter: return period.quarter
        case .year: return 1
        }
    }

    /// Month `number` (1 to 12) of financial `year`: month 1 of 2021/22 is Apr 2021 when the year
    /// starts in April, Jan 2021 when it starts in January.
    public func month(_ number: Int, ofYear year: Period) -> Period {
        precondition(year.length == .year && (1...12).contains(number))
        let offset = startMonth - 1 + number - 1
        return Period(year: year.startYear + offset / 12, month: offset % 12 + 1)
    }

    /// The first calendar month of a period: Jul 2021 for "2021/22 Q2".
    public func firstMonth(of period: Period) -> Period {
        switch period.length {
        case .month: return period
        case .quarter: return month((period.quarter - 1) * 3 + 1, ofYear: year(containing: period))
        case .year: return month(1, ofYear: period)
        }
    }

    /// The last calendar month of a period: Sep 2021 for "2021/22 Q2", Mar 2022 for "2021/22".
    public func lastMonth(of period: Period) -> Period {
        switch period.length {
        case .month: return period
        case .quarter: return month(period.quarter * 3, ofYear: year(containing: period))
        case .year: return month(12, ofYear: period)
        }
    }

    /// The periods of `length` within `period`, oldest first: the 3 months of a quarter, the 12
    /// months or 4 quarters of a year, or the period itself. Empty when `length` is longer.
    public func periods(_ length: Period.Length, within period: Period) -> [Period] {
        guard length.rawValue <= period.length.rawValue else { return [] }
        let first: Period
        switch length {
        case .month: first = firstMonth(of: period)
        case .quarter: first = period.length == .quarter ? period : Period(startYear: period.startYear, quarter: 1)
        case .year: first = period
        }
        let count = length == period.length ? 1 : length.periodsPerYear / period.length.periodsPerYear
        return (0..<count).map { Period(length: length, ordinal: first.ordinal + $0) }
    }

    /// The last period of `period`'s length in its financial year: the fourth quarter, the
    /// year's last month, or the year itself. Where a year-end target applies.
    public func lastPeriodOfYear(like period: Period) -> Period {
        let periods = periods(period.length, within: year(containing: period))
        return periods[periods.count - 1]
    }

    /// Whether `period` has ended by the end of `other`: a year has ended by its fourth
    /// quarter (and by its last month), not before.
    public func hasEnded(_ period: Period, by other: Period) -> Bool {
        lastMonth(of: period).ordinal <= lastMonth(of: other).ordinal
    }

    /// The latest financial year that has ended by the end of `period`: the year of its fourth
    /// quarter or last month, else the year before. What a quarterly report shows of an annual
    /// indicator.
    public func latestYearEnded(by period: Period) -> Period {
        let year = year(containing: period)
        return hasEnded(year, by: period) ? year : Period(length: .year, ordinal: year.ordinal - 1)
    }

    /// The quarter a period ends in: a month's quarter, the quarter itself, a year's fourth. A
    /// value of any frequency counts for this quarter when a report picks its latest quarter.
    public func quarter(endingWith period: Period) -> Period {
        quarter(containing: lastMonth(of: period))
    }

    /// Time order across lengths: by the month a period ends in, the shorter first when two end
    /// together (Sep 2021, then 2021/22 Q2; Mar 2022, 2021/22 Q4, then the year 2021/22).
    public func chronologicallyPrecedes(_ a: Period, _ b: Period) -> Bool {
        (lastMonth(of: a).ordinal, a.length.rawValue) < (lastMonth(of: b).ordinal, b.length.rawValue)
    }
}
