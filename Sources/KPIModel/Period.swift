/// A reporting period: a calendar month ("Apr 2021"), a quarter of a financial year
/// ("2021/22 Q2") or a whole financial year ("2021/22").
///
/// The kind of period (its ``Length``) is part of the value: a month and the quarter it falls in
/// are different periods. Quarters and years are counted in the store's financial year (1 April by
/// default, see ``FinancialYear``), so "2021/22 Q2" is July to September 2021 in a council whose
/// year starts in April; a month is a calendar month whatever the year start. Which quarter or
/// year a month belongs to therefore depends on the year start, and is answered by
/// ``FinancialYear``, never here.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a period is; an indicator's ``Frequency`` says which length its figures have.
    public enum Length: Int, CaseIterable, Sendable, Hashable {
        case month, quarter, year

        /// How many periods of this length make a year: 12, 4 or 1.
        public var periodsPerYear: Int {
            switch self {
            case .month: return 12
            case .quarter: return 4
            case .year: return 1
            }
        }

        /// The period's name in a sentence: "month", "quarter", "year".
        public var noun: String {
            switch self {
            case .month: return "month"
            case .quarter: return "quarter"
            case .year: return "year"
            }
        }

        /// The frequency of an indicator whose figures are periods of this length.
        public var frequency: Frequency {
            switch self {
            case .month: return .monthly
            case .quarter: return .quarterly
            case .year: return .annual
            }
        }
    }

    public let length: Length
    /// A running count of periods of this length, so that neighbouring periods differ by one:
    /// `year * 12 + month - 1` for a month (calendar year), `startYear * 4 + quarter - 1` for a
    /// quarter, `startYear` for a financial year.
    public let ordinal: Int

    /// The years a period may be written with: the financial year's first calendar year for a
    /// quarter or year, the calendar year for a month. They keep arithmetic and files sane.
    public static let yearRange = 1900...2998

    /// The years a period may have when worked out from another one: the financial year of
    /// January 1900 is 1899/00 when the year starts in April.
    static let representableYears = (yearRange.lowerBound - 1)...(yearRange.upperBound + 1)

    /// A quarter of a financial year; `quarter` must be 1...4, `startYear` within ``yearRange``.
    public init(startYear: Int, quarter: Int) {
        precondition((1...4).contains(quarter), "quarter must be 1...4")
        precondition(Self.representableYears.contains(startYear), "year out of range")
        self.length = .quarter
        self.ordinal = startYear * 4 + (quarter - 1)
    }

    /// A calendar month: `month` 1 (January) to 12, `year` within ``yearRange``.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month must be 1...12")
        precondition(Self.representableYears.contains(year), "year out of range")
        self.length = .month
        self.ordinal = year * 12 + (month - 1)
    }

    /// The financial year starting in the calendar year `startYear`: 2021 for "2021/22".
    public init(financialYearStarting startYear: Int) {
        precondition(Self.representableYears.contains(startYear), "year out of range")
        self.length = .year
        self.ordinal = startYear
    }

    /// The period of `length` with `ordinal` (see ``ordinal``).
    init(length: Length, ordinal: Int) {
        self.length = length
        self.ordinal = ordinal
    }

    /// For a quarter or a financial year: the calendar year its financial year starts in (2021
    /// for "2021/22 Q2" and "2021/22"). A month has no financial year of its own (ask
    /// ``FinancialYear/year(containing:)``).
    public var startYear: Int {
        switch length {
        case .quarter: return Self.floorDivide(ordinal, 4)
        case .year: return ordinal
        case .month: preconditionFailure("a month's financial year depends on the year start: use FinancialYear")
        }
    }

    /// For a quarter: 1 to 4.
    public var quarter: Int {
        precondition(length == .quarter, "only a quarter has a quarter number")
        return ordinal - Self.floorDivide(ordinal, 4) * 4 + 1
    }

    /// For a month: its calendar year.
    public var calendarYear: Int {
        precondition(length == .month, "only a month has a calendar year")
        return Self.floorDivide(ordinal, 12)
    }

    /// For a month: 1 (January) to 12.
    public var month: Int {
        precondition(length == .month, "only a month has a month number")
        return ordinal - Self.floorDivide(ordinal, 12) * 12 + 1
    }

    /// The period `count` periods of the same length later (earlier when negative), or nil when
    /// its year would be outside ``yearRange``.
    public func advanced(by count: Int) -> Period? {
        let moved = Period(length: length, ordinal: ordinal + count)
        let year = moved.length == .month ? moved.calendarYear : moved.startYear
        return Self.yearRange.contains(year) ? moved : nil
    }

    /// The period before this one: the comparison for the short-term direction of travel
    /// (last month, last quarter or last year).
    public var previous: Period? { advanced(by: -1) }

    /// The same period a year earlier: the long-term comparison that removes seasonality. For a
    /// financial year it is the previous year, as ``previous`` is.
    public var samePeriodLastYear: Period? { advanced(by: -length.periodsPerYear) }

    /// The year part of the period's label: the financial year "2021/22" for a quarter or a
    /// year, the calendar year "2021" for a month.
    public var yearLabel: String {
        if length == .month { return "\(calendarYear)" }
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    /// The canonical spelling written to files and printed: "2021/22 Q2", "Apr 2021", "2021/22".
    public var description: String {
        switch length {
        case .quarter: return "\(yearLabel) Q\(quarter)"
        case .month: return "\(Self.monthAbbreviations[month - 1]) \(calendarYear)"
        case .year: return yearLabel
        }
    }

    /// A short label for chart axes: "Q2 21/22", "Apr 21", "2021/22".
    public var shortLabel: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch length {
        case .quarter: return "Q\(quarter) \(two(startYear % 100))/\(two((startYear + 1) % 100))"
        case .month: return "\(monthAbbreviation) \(two(calendarYear % 100))"
        case .year: return yearLabel
        }
    }

    /// A form safe in file names: "2021-22-Q2", "2021-04", "2021-22".
    public var fileSafeName: String {
        switch length {
        case .quarter, .year:
            let end = (startYear + 1) % 100
            let year = "\(startYear)-\(end < 10 ? "0" : "")\(end)"
            return length == .quarter ? "\(year)-Q\(quarter)" : year
        case .month:
            return "\(calendarYear)-\(month < 10 ? "0" : "")\(month)"
        }
    }

    /// For a month: its English short name, "Apr" ("Sep" for September).
    public var monthAbbreviation: String { Self.monthAbbreviations[month - 1] }

    /// For a month: its English name, "April".
    public var monthName: String { Self.monthNames[month - 1] }

    /// Periods of the same length in time order. Periods of different lengths are ordered by
    /// length alone (months, quarters, years), which keeps sorting total; which of a month and a
    /// quarter comes first in time depends on the year start (see
    /// ``FinancialYear/chronologicallyPrecedes(_:_:)``).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        lhs.length == rhs.length ? lhs.ordinal < rhs.ordinal : lhs.length.rawValue < rhs.length.rawValue
    }

    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// Division rounding towards minus infinity, so ordinals below zero still work.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}
