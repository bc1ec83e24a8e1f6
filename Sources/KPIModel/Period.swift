/// A reporting period: for now a quarter of a financial year, such as "2021/22 Q2".
///
/// Periods are counted in the store's financial year (1 April by default, see
/// ``FinancialYear``), so "2021/22 Q2" is July to September 2021 in a council whose year starts
/// in April. The type keeps its ``Length`` so monthly and annual indicators can join later
/// without changing the file format: each length has its own canonical spelling.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a period is. Only quarters are recorded today.
    public enum Length: Sendable, Hashable {
        case quarter
    }

    public let length: Length
    /// The calendar year in which the financial year starts: 2021 for 2021/22.
    public let startYear: Int
    /// The quarter within the financial year, 1 to 4.
    public let quarter: Int

    /// The earliest and latest financial years accepted; they keep arithmetic and files sane.
    public static let yearRange = 1900...2998

    /// A quarter of a financial year; `quarter` must be 1...4 and `startYear` within ``yearRange``.
    public init(startYear: Int, quarter: Int) {
        precondition((1...4).contains(quarter), "quarter must be 1...4")
        precondition(Self.yearRange.contains(startYear), "year out of range")
        self.length = .quarter
        self.startYear = startYear
        self.quarter = quarter
    }

    /// A running count of quarters, so that neighbouring quarters differ by one.
    public var ordinal: Int { startYear * 4 + (quarter - 1) }

    /// The quarter `count` quarters later (earlier when negative), or nil outside ``yearRange``.
    public func advanced(by count: Int) -> Period? {
        let target = ordinal + count
        let year = target >= 0 ? target / 4 : (target - 3) / 4
        guard Self.yearRange.contains(year) else { return nil }
        return Period(startYear: year, quarter: target - year * 4 + 1)
    }

    /// The quarter before this one: the comparison for the short-term direction of travel.
    public var previous: Period? { advanced(by: -1) }

    /// The same quarter a year earlier: the long-term comparison that removes seasonality.
    public var sameQuarterLastYear: Period? { advanced(by: -4) }

    /// The financial year label, "2021/22".
    public var yearLabel: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    /// The canonical spelling written to files and printed: "2021/22 Q2".
    public var description: String { "\(yearLabel) Q\(quarter)" }

    /// A short label for chart axes: "Q2 21/22".
    public var shortLabel: String {
        let start = startYear % 100
        let end = (startYear + 1) % 100
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "Q\(quarter) \(two(start))/\(two(end))"
    }

    /// A form safe in file names: "2021-22-Q2".
    public var fileSafeName: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)-Q\(quarter)"
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.ordinal < rhs.ordinal }
}
