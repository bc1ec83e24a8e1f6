import FoundationEssentials

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
        let trimmed = text.trimmingSpacesAndTabs()
        func fail(_ reason: String? = nil) -> FieldError {
            let found = trimmed.isEmpty ? "nothing" : quoted(text)
            return .notAFinancialYear(field, found: found, because: reason)
        }
        switch Self.startYear(of: trimmed) {
        case .success(let start): self.init(startYear: start)
        case .failure(.form): throw fail()
        case .failure(let problem): throw fail(problem.reason)
        }
    }

    /// Why a spelling is not a financial year.
    public enum SpellingProblem: Error, Sendable {
        /// Not two groups of digits like 2021/22.
        case form
        /// The years are not consecutive: 2021/23.
        case notConsecutive
        /// Outside the years kpi accepts.
        case outOfRange
    }

    /// The first calendar year of a financial year written "2021/22", "2021-22", "2021/2022" or
    /// "2021-2022", or why it is not one: the one reading of a financial year, used for `--year`
    /// and for the year in any period ("2021/22 Q2", "FY2021-22", "2021/22 M01").
    public static func startYear(of token: some StringProtocol) -> Result<Int, SpellingProblem> {
        let parts = token.split(separator: token.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 2, parts[0].count == 4, digits(Substring(parts[0])),
            parts[1].count == 2 || parts[1].count == 4, digits(Substring(parts[1])),
            let start = Int(parts[0]), let end = Int(parts[1])
        else { return .failure(.form) }
        guard end == (parts[1].count == 2 ? (start + 1) % 100 : start + 1) else { return .failure(.notConsecutive) }
        guard Period.yearRange.contains(start) else { return .failure(.outOfRange) }
        return .success(start)
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
