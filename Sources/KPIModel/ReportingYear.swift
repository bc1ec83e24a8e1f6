import Foundation

/// A financial year as a whole, "2021/22": what an annual target, a profile and a year-end
/// forecast belong to.
///
/// Counted in the store's financial year (see ``FinancialYear``): with the default April start,
/// 2021/22 runs from April 2021 to March 2022. Every piece of year arithmetic (which year a
/// period is in, the periods of a year, a period's place in its year) lives in ``FinancialYear``
/// and `Period+Year.swift`, where months, quarters and years are all answered.
public struct ReportingYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year starts: 2021 for 2021/22.
    public let startYear: Int

    public init(startYear: Int) {
        precondition(Period.yearRange.contains(startYear), "year out of range")
        self.startYear = startYear
    }

    /// Reads a financial year as people write it: "2021/22", "2021-22", "2021/2022" or
    /// "2021-2022". The one parser of `--year` and of the year in a `year-target` line.
    ///
    /// The two years must be consecutive: "2021/23" is refused rather than guessed at.
    public init(parsing text: String, field: String = "year") throws(FieldError) {
        let trimmed = text.trimmingCharacters(in: [" ", "\t"])
        func fail(_ reason: String? = nil) -> FieldError {
            let found = trimmed.isEmpty ? "nothing" : quoted(text)
            return .notAFinancialYear(field, found: found, because: reason)
        }
        let separator: Character = trimmed.contains("/") ? "/" : "-"
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2 || parts[1].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let start = Int(parts[0]), let end = Int(parts[1]) else { throw fail() }
        guard end == (parts[1].count == 2 ? (start + 1) % 100 : start + 1) else {
            throw fail("a financial year spans two consecutive years, such as 2021/22")
        }
        guard Period.yearRange.contains(start) else {
            throw fail("the year must be between \(Period.yearRange.lowerBound) and \(Period.yearRange.upperBound)")
        }
        self.init(startYear: start)
    }

    /// "2021/22": the canonical spelling, written to files and printed.
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    /// The year before, or nil before the first year supported.
    public var previous: ReportingYear? {
        Period.yearRange.contains(startYear - 1) ? ReportingYear(startYear: startYear - 1) : nil
    }

    public static func < (lhs: ReportingYear, rhs: ReportingYear) -> Bool { lhs.startYear < rhs.startYear }
}
