extension Period {
    /// An example shown in every error message about a period.
    static let example = "\"2021/22 Q2\""

    /// Reads a quarter as people write it: "2021/22 Q2", "Q2 2021/22", "Quarter 2 2021/22",
    /// "2021-22 Q2" or "2021/2022 Q2", in any case and with any spacing.
    ///
    /// The year must be a pair of consecutive years (2021/22), because a financial year spans
    /// two calendar years; "2021/23" is rejected rather than guessed at.
    public init(parsing text: String) throws(FieldError) {
        let tokens = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func fail(_ detail: String? = nil) -> FieldError {
            let found = tokens.isEmpty ? "nothing" : quoted(text)
            let reason = detail.map { " (\($0))" } ?? ""
            return FieldError(field: "period", "expected a quarter such as \(Self.example), found \(found)\(reason)")
        }
        guard !tokens.isEmpty else { throw fail() }

        // Split the tokens into the year token and the quarter words around it.
        let yearIndex: Int
        if Self.looksLikeYear(tokens[0]) {
            yearIndex = 0
        } else if Self.looksLikeYear(tokens[tokens.count - 1]) {
            yearIndex = tokens.count - 1
        } else {
            throw fail("no financial year such as 2021/22")
        }
        var quarterWords = tokens
        let yearToken = quarterWords.remove(at: yearIndex)
        let startYear = try Self.parseYear(yearToken, original: text)

        let digits: String
        switch quarterWords.count {
        case 1 where quarterWords[0].hasPrefix("QUARTER"):
            digits = String(quarterWords[0].dropFirst(7))
        case 1 where quarterWords[0].hasPrefix("Q"):
            digits = String(quarterWords[0].dropFirst())
        case 2 where quarterWords[0] == "QUARTER" || quarterWords[0] == "Q":
            digits = quarterWords[1]
        case 0:
            throw fail("no quarter such as Q2")
        default:
            throw fail()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let quarter = Int(digits) else {
            throw fail()
        }
        guard (1...4).contains(quarter) else {
            throw fail("a quarter is Q1 to Q4")
        }
        self.init(startYear: startYear, quarter: quarter)
    }

    private static func looksLikeYear(_ token: String) -> Bool {
        token.contains("/") || token.contains("-")
    }

    private static func parseYear(_ token: String, original: String) throws(FieldError) -> Int {
        let parts = token.split(separator: token.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        func fail(_ reason: String) -> FieldError {
            FieldError(field: "period", "expected a quarter such as \(example), found \(quoted(original)) (\(reason))")
        }
        guard parts.count == 2,
              parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts[1].count == 2 || parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let start = Int(parts[0]), let end = Int(parts[1])
        else {
            throw fail("a financial year is written like 2021/22")
        }
        let expectedEnd = parts[1].count == 2 ? (start + 1) % 100 : start + 1
        guard end == expectedEnd else {
            throw fail("a financial year spans two consecutive years, such as 2021/22")
        }
        guard yearRange.contains(start) else {
            throw fail("the year must be between \(yearRange.lowerBound) and \(yearRange.upperBound)")
        }
        return start
    }
}
