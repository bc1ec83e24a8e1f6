/// The store-wide financial year: which calendar month a year starts in.
///
/// UK councils start on 1 April, so "2021/22 Q2" is July to September 2021. Other bodies
/// start elsewhere; the setting lives in the store's `store.conf`.
public struct FinancialYear: Hashable, Sendable {
    /// 1 (January) to 12 (December); 4 for April.
    public let startMonth: Int

    public static let april = FinancialYear(startMonth: 4)

    public init(startMonth: Int) {
        precondition((1...12).contains(startMonth))
        self.startMonth = startMonth
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// The first calendar month and year of a quarter: (7, 2021) for "2021/22 Q2".
    public func firstMonth(of period: Period) -> (month: Int, year: Int) {
        let offset = startMonth - 1 + (period.quarter - 1) * 3
        return (offset % 12 + 1, period.startYear + offset / 12)
    }

    /// The calendar months a quarter covers: "July to September 2021".
    public func months(of period: Period) -> String {
        let (first, firstYear) = firstMonth(of: period)
        let lastOffset = first - 1 + 2
        let last = lastOffset % 12 + 1
        let lastYear = firstYear + lastOffset / 12
        let start = Self.monthNames[first - 1] + (firstYear == lastYear ? "" : " \(firstYear)")
        return "\(start) to \(Self.monthNames[last - 1]) \(lastYear)"
    }
}

extension FinancialYear {
    /// The last day of a period: 30 September 2021 for "2021/22 Q2" in a year from April.
    ///
    /// The one place the action rules learn when a period ends ("overdue at the end of the
    /// quarter"), so that periods of other lengths only need to answer here.
    public func endDate(of period: Period) -> CalendarDate {
        let (first, year) = firstMonth(of: period)
        let lastOffset = first - 1 + 2
        return CalendarDate.lastDay(ofMonth: lastOffset % 12 + 1, year: year + lastOffset / 12)
    }

    /// The first day of the financial year a period belongs to: 1 April 2021 for "2021/22 Q2".
    public func startDate(ofYearOf period: Period) -> CalendarDate {
        CalendarDate(year: period.startYear, month: startMonth, day: 1)!
    }
}
