/// The store-wide financial year: which calendar month a year starts in.
///
/// UK councils start on 1 April, so "2021/22 Q2" is July to September 2021. Other bodies
/// start elsewhere; the setting lives in the store's `store.conf`. It is what relates the
/// three kinds of period: which quarter and year a month falls in, which months a quarter
/// holds, and when a year has ended (see `FinancialYear+Periods.swift`). That logic lives here
/// and nowhere else.
public struct FinancialYear: Hashable, Sendable {
    /// 1 (January) to 12 (December); 4 for April.
    public let startMonth: Int

    public static let april = FinancialYear(startMonth: 4)

    public init(startMonth: Int) {
        precondition((1...12).contains(startMonth))
        self.startMonth = startMonth
    }

    /// The calendar months a period covers, in words: "July to September 2021" for a quarter,
    /// "April 2021 to March 2022" for a year, "September 2021" for a month.
    public func months(of period: Period) -> String {
        let first = firstMonth(of: period), last = lastMonth(of: period)
        if first == last { return "\(first.monthName) \(first.calendarYear)" }
        let start = first.monthName + (first.calendarYear == last.calendarYear ? "" : " \(first.calendarYear)")
        return "\(start) to \(last.monthName) \(last.calendarYear)"
    }

    /// The period with the months it covers, for headings: "2021/22 Q2 (July to September
    /// 2021)", "Sep 2021 (month 6 of 2021/22)", "2021/22 (April 2021 to March 2022)".
    public func heading(_ period: Period) -> String {
        switch period.length {
        case .month: return "\(period) (month \(position(of: period)) of \(year(containing: period)))"
        case .quarter, .year: return "\(period) (\(months(of: period)))"
        }
    }

    /// The period named for a cover page: "Quarter 2 2021/22 (July to September 2021)",
    /// "September 2021", "Financial year 2021/22 (April 2021 to March 2022)".
    public func name(of period: Period) -> String {
        switch period.length {
        case .quarter: return "Quarter \(period.quarter) \(period.yearLabel) (\(months(of: period)))"
        case .month: return months(of: period)
        case .year: return "Financial year \(period.yearLabel) (\(months(of: period)))"
        }
    }
}

extension FinancialYear {
    /// The last day of a period: 30 September 2021 for "2021/22 Q2" in a year from April.
    ///
    /// The one place the action rules learn when a period ends ("overdue at the end of the
    /// quarter"): a month's last day for a month, the year's for a year.
    public func endDate(of period: Period) -> CalendarDate {
        let last = lastMonth(of: period)
        return CalendarDate.lastDay(ofMonth: last.month, year: last.calendarYear)
    }

    /// The first day of the financial year a period belongs to: 1 April 2021 for "2021/22 Q2"
    /// (and for "Sep 2021").
    public func startDate(ofYearOf period: Period) -> CalendarDate {
        let first = firstMonth(of: year(containing: period))
        return CalendarDate(year: first.calendarYear, month: first.month, day: 1)!
    }
}
