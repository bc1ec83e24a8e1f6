/// A day on the civil calendar, such as an action's due date: 30 April 2021.
///
/// Dates of plans are days, not moments: "due 31 March 2021" means the whole day, in whatever
/// time zone the council is in, so they are kept apart from ``Timestamp``. Written to files as
/// `2021-04-30`; shown to a committee as "30 Apr 2021".
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date that exists (`31/02/2021` does not); nil otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Timestamp.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01, so that spans between dates are a subtraction.
    public var dayNumber: Int { Timestamp.days(year: year, month: month, day: day) }

    /// The number of days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The last day of a month.
    public static func lastDay(ofMonth month: Int, year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: Timestamp.daysInMonth(year: year, month: month))!
    }

    /// `2021-04-30`: the form kept in files, JSON and CSV.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(width - digits.count, 0)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// "30 Apr 2021": the form printed for a committee (day first, as UK reports write it).
    public var displayText: String {
        "\(day) \(Self.monthNames[month - 1].prefix(3)) \(year)"
    }

    static let monthNames = Period.monthNames

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
