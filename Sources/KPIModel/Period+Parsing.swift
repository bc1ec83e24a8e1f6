/// A period as written, read as far as it can be without the store's year start.
///
/// Every spelling names its period outright except a financial-year month number ("2021/22 M01",
/// "Month 1 2021/22", "Period 1 2021/22"): month 1 is April when the year starts in April and
/// January when it starts in January, so it stays a number until ``resolved(in:)``.
public enum PeriodReading: Hashable, Sendable {
    case period(Period)
    /// Month `number` (1 to 12) of the financial year starting in the calendar year `startYear`.
    case monthOfFinancialYear(startYear: Int, number: Int)

    /// The period, given the store's year start.
    public func resolved(in financialYear: FinancialYear) -> Period {
        switch self {
        case .period(let period): return period
        case .monthOfFinancialYear(let startYear, let number):
            return financialYear.month(number, ofYear: Period(financialYearStarting: startYear))
        }
    }
}

extension Period {
    /// Reads a period as people write it, in any case and with any spacing:
    /// - a quarter: "2021/22 Q2", "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2", "2021/2022 Q2";
    /// - a month: "Apr 2021", "April 2021", "Sept 2021", "Apr-21", "Apr 21", "2021-04", "04/2021",
    ///   and financial-year month numbers "2021/22 M01", "Month 1 2021/22", "Period 1 2021/22"
    ///   (month 1 is the first month of `financialYear`);
    /// - a financial year: "2021/22", "FY 2021/22", "FY2021-22", "2021/22 full year".
    ///
    /// `YYYY-MM` is always a month ("2011-12" is December 2011; the year is "2011/12"). A
    /// financial year must be a pair of consecutive years (2021/22), because it spans two calendar
    /// years; "2021/23" is rejected rather than guessed at. A two-digit calendar year is read as a
    /// spreadsheet does: 00–29 are 2000–2029, 30–99 are 1930–1999.
    public init(parsing text: String, in financialYear: FinancialYear) throws(FieldError) {
        self = try Self.read(text).resolved(in: financialYear)
    }

    /// Reads any accepted spelling as far as it can be read without the year start (see
    /// ``init(parsing:in:)`` for the spellings).
    public static func read(_ text: String) throws(FieldError) -> PeriodReading {
        var tokens = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let failure = Failure(text: text, empty: tokens.isEmpty)
        guard !tokens.isEmpty else { throw failure.any() }

        // "FY 2021/22", "FY2021-22", "2021/22 full year": a financial year, nothing else.
        var markedAsYear = false
        if tokens[0] == "FY" {
            markedAsYear = true
            tokens.removeFirst()
        } else if tokens[0].hasPrefix("FY"), tokens[0].dropFirst(2).first?.isASCII == true,
            tokens[0].dropFirst(2).first?.isNumber == true
        {
            markedAsYear = true
            tokens[0] = String(tokens[0].dropFirst(2))
        }
        if tokens.count >= 2, tokens.suffix(2) == ["FULL", "YEAR"] {
            markedAsYear = true
            tokens.removeLast(2)
        }
        if markedAsYear {
            guard tokens.count == 1, looksLikeFinancialYear(tokens[0]) else { throw failure.of(.year) }
            return .period(Period(financialYearStarting: try financialYear(tokens[0], failure.of(.year))))
        }

        switch tokens.count {
        case 1:
            return try readOneToken(tokens[0], failure)
        case 2 where monthNumber(tokens[0]) != nil:
            let month = monthNumber(tokens[0])!
            return .period(try calendarMonth(month, yearText: Substring(tokens[1]), failure.of(.month)))
        default:
            return try readWithFinancialYear(tokens, failure)
        }
    }

    /// "2021/22", "2021-04", "04/2021", "Apr-21".
    private static func readOneToken(_ token: String, _ failure: Failure) throws(FieldError) -> PeriodReading {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        // YYYY-MM is always a month.
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, isDigits(parts[0]), isDigits(parts[1]) {
            let month = Int(parts[1])!
            if (1...12).contains(month) {
                return .period(try calendarMonth(month, yearText: parts[0], failure.of(.month)))
            }
        }
        // MM/YYYY
        let slashParts = token.split(separator: "/", omittingEmptySubsequences: false)
        if slashParts.count == 2, (1...2).contains(slashParts[0].count), slashParts[1].count == 4,
            isDigits(slashParts[0]), isDigits(slashParts[1])
        {
            guard let month = Int(slashParts[0]), (1...12).contains(month) else {
                throw failure.of(.month, "a month is 1 to 12")
            }
            return .period(try calendarMonth(month, yearText: slashParts[1], failure.of(.month)))
        }
        // Apr-21, April-2021
        if parts.count == 2, let month = monthNumber(String(parts[0])) {
            return .period(try calendarMonth(month, yearText: parts[1], failure.of(.month)))
        }
        if looksLikeFinancialYear(token) {
            return .period(Period(financialYearStarting: try financialYear(token, failure.of(.year))))
        }
        if token.hasPrefix("Q") || token.hasPrefix("QUARTER") {
            throw failure.of(.quarter, "no financial year such as 2021/22")
        }
        throw failure.any()
    }

    /// A quarter or a financial-year month number: the financial year first or last, and
    /// "Q2", "Quarter 2", "M01", "Month 1" or "Period 1" around it.
    private static func readWithFinancialYear(_ tokens: [String], _ failure: Failure) throws(FieldError)
        -> PeriodReading
    {
        let isQuarter = tokens.contains { $0.hasPrefix("Q") }
        let kind = isQuarter ? failure.of(.quarter) : failure.any()
        let yearIndex: Int
        if looksLikeFinancialYear(tokens[0]) {
            yearIndex = 0
        } else if looksLikeFinancialYear(tokens[tokens.count - 1]) {
            yearIndex = tokens.count - 1
        } else {
            throw isQuarter ? failure.of(.quarter, "no financial year such as 2021/22") : failure.any()
        }
        var words = tokens
        let yearToken = words.remove(at: yearIndex)
        let startYear = try financialYear(yearToken, kind)

        let word: String, digits: String
        switch words.count {
        case 1:
            let prefix = ["QUARTER", "MONTH", "PERIOD", "Q", "M"].first { words[0].hasPrefix($0) } ?? ""
            (word, digits) = (prefix, String(words[0].dropFirst(prefix.count)))
        case 2:
            (word, digits) = (words[0], words[1])
        default:
            throw kind
        }
        guard !digits.isEmpty, digits.count <= 2, isDigits(Substring(digits)), let number = Int(digits) else {
            throw kind
        }
        switch word {
        case "Q", "QUARTER":
            guard (1...4).contains(number) else { throw failure.of(.quarter, "a quarter is Q1 to Q4") }
            return .period(Period(startYear: startYear, quarter: number))
        case "M", "MONTH", "PERIOD":
            guard (1...12).contains(number) else {
                throw failure.of(.month, "a month of the financial year is 1 to 12")
            }
            return .monthOfFinancialYear(startYear: startYear, number: number)
        default:
            throw kind
        }
    }

    /// The month of calendar year `yearText` (four digits, or two as a spreadsheet writes them).
    private static func calendarMonth(_ month: Int, yearText: Substring, _ failure: FieldError) throws(FieldError)
        -> Period
    {
        guard isDigits(yearText), yearText.count == 4 || yearText.count == 2, var year = Int(yearText) else {
            throw failure
        }
        if yearText.count == 2 { year += year < 30 ? 2000 : 1900 }
        guard yearRange.contains(year) else {
            throw failure.adding(.aside("the year must be between \(yearRange.lowerBound) and \(yearRange.upperBound)"))
        }
        return Period(year: year, month: month)
    }

    /// The month number of an English month name or its abbreviation ("SEP", "SEPT",
    /// "SEPTEMBER"), as a written date reads it.
    static func monthNumber(_ word: String) -> Int? { CalendarDate.month(named: word) }

    private static func looksLikeFinancialYear(_ token: String) -> Bool {
        token.contains("/") || token.contains("-")
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The first calendar year of a financial year written "2021/22", "2021-22" or "2021/2022".
    private static func financialYear(_ token: String, _ failure: FieldError) throws(FieldError) -> Int {
        switch ReportingYear.startYear(of: token) {
        case .success(let start): return start
        case .failure(let problem): throw failure.adding(.aside(problem.reason))
        }
    }

    /// The errors of one reading, naming what was expected and quoting what was found.
    private struct Failure {
        let text: String
        let empty: Bool

        var found: String { empty ? "nothing" : quoted(text) }

        /// Nothing recognisable: every accepted spelling is listed.
        func any() -> FieldError {
            .notAPeriod(found: found)
        }

        /// A spelling of one kind of period gone wrong: "expected a quarter such as …".
        func of(_ length: Period.Length, _ reason: String? = nil) -> FieldError {
            .notAPeriod(length, found: found, because: reason)
        }
    }
}

extension Period {
    /// The period when it is of `length`, else an error that lists the spellings of `length` and
    /// says what needed one: "expected a month such as "Apr 2021" (or …) for the monthly
    /// indicator BEN01, found the quarter 2021/22 Q2".
    @discardableResult
    public func required(_ length: Length, _ purpose: String, field: String = "period") throws(FieldError) -> Period {
        guard self.length != length else { return self }
        throw .wrongPeriodLength(field, expected: length, for: purpose, found: self)
    }
}

extension Period.Length {
    /// "a quarter such as \"2021/22 Q2\"": the canonical example, as an error message says it.
    public var example: String {
        switch self {
        case .quarter: return "a quarter such as \"2021/22 Q2\""
        case .month: return "a month such as \"Apr 2021\""
        case .year: return "a financial year such as \"2021/22\""
        }
    }

    /// Every spelling kpi reads for this length, canonical first.
    public var spellings: [String] {
        switch self {
        case .quarter: return ["2021/22 Q2", "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2"]
        case .month:
            return [
                "Apr 2021", "April 2021", "Sept 2021", "Apr-21", "Apr 21", "2021-04", "04/2021",
                "2021/22 M01", "Month 1 2021/22", "Period 1 2021/22",
            ]
        case .year: return ["2021/22", "FY 2021/22", "FY2021-22", "2021/22 full year"]
        }
    }

    /// "a month such as \"Apr 2021\" (or \"April 2021\", …)": what an error expects when only
    /// periods of this length will do.
    public var expectation: String {
        "\(example) (or \(spellings.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")))"
    }

    /// Every accepted spelling of every length, for an error about text that is none of them.
    public static var allSpellings: String {
        "a period: " + [Period.Length.quarter, .month, .year].map(\.expectation).joined(separator: "; ")
    }
}
