extension CalendarDate {
    /// Reads a date as council reports and spreadsheets write it: `2021-04-30`, `30/04/2021`
    /// (day first, as in the UK), `30-Apr-2021`, `30 April 2021` or `30 Apr 2021`, in any case,
    /// with stray spaces beside a separator ignored (`30-Apr- 2021`, as printed in seed 000).
    ///
    /// `30-04-2021` is read day first like `30/04/2021`.
    /// A date that does not exist (`31/02/2021`) is refused, saying why, rather than rolled over
    /// into March; a two-digit year is refused rather than guessed at.
    public init(parsing text: String, field: String) throws(FieldError) {
        func fail(_ reason: String? = nil) -> FieldError {
            let found = text.allSatisfy({ $0 == " " || $0 == "\t" }) ? "nothing" : quoted(text)
            return .notADate(field, found: found, because: reason)
        }
        let parts = Self.parts(text)
        guard parts.count == 3 else { throw fail() }
        let year: Int, month: Int, day: Int
        switch (parts[0], parts[1], parts[2]) {
        case let (.number(y, yDigits), .number(m, _), .number(d, _))
        where yDigits == 4 && parts.separators == ["-", "-"]:
            (year, month, day) = (y, m, d)
        case let (.number(d, dDigits), .number(m, _), .number(y, yDigits))
        where parts.separators == ["/", "/"] || parts.separators == ["-", "-"]:
            guard dDigits <= 2 else { throw fail("the day comes first, as in 30/04/2021") }
            guard yDigits == 4 else { throw fail("write the year with four digits") }
            (year, month, day) = (y, m, d)
        case let (.number(d, _), .word(name), .number(y, yDigits)) where parts.separators[0] == parts.separators[1]:
            guard let number = Self.month(named: name) else { throw fail("no month called \(quoted(name))") }
            guard yDigits == 4 else { throw fail("write the year with four digits") }
            (year, month, day) = (y, number, d)
        default:
            throw fail()
        }
        guard (1...12).contains(month) else { throw fail("there is no month \(month)") }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            guard (1...9999).contains(year), day >= 1 else { throw fail("no such date") }
            let length = Timestamp.daysInMonth(year: year, month: month)
            throw fail("no such date: \(Period.monthNames[month - 1]) \(year) has \(length) days")
        }
        self = date
    }

    /// A piece of a written date.
    private enum Part: Equatable {
        case number(Int, digits: Int)
        case word(String)
    }

    /// The three pieces of a date and the two separators between them (`-`, `/` or a space),
    /// after runs of spaces become one space and spaces beside `-` or `/` are dropped; fewer
    /// pieces when the text is not a date.
    private struct Parts {
        var pieces: [Part] = []
        var separators: [Character] = []
        var count: Int { pieces.count }
        subscript(index: Int) -> Part { pieces[index] }
    }

    private static func parts(_ text: String) -> Parts {
        var normalised: [Character] = []
        for character in text {
            let isSpace = character == " " || character == "\t"
            if isSpace {
                if let last = normalised.last, last != " ", last != "-", last != "/" { normalised.append(" ") }
            } else {
                if character == "-" || character == "/", normalised.last == " " { normalised.removeLast() }
                normalised.append(character)
            }
        }
        if normalised.last == " " { normalised.removeLast() }
        var result = Parts()
        var current = ""
        func endPiece() -> Bool {
            if current.allSatisfy({ $0.isASCII && $0.isNumber }), (1...4).contains(current.count) {
                result.pieces.append(.number(Int(current)!, digits: current.count))
            } else if !current.isEmpty, current.allSatisfy({ $0.isASCII && $0.isLetter }) {
                result.pieces.append(.word(current))
            } else {
                return false
            }
            current = ""
            return true
        }
        for character in normalised {
            if character == " " || character == "-" || character == "/" {
                guard endPiece() else { return Parts() }
                result.separators.append(character)
            } else {
                current.append(character)
            }
        }
        guard endPiece(), result.pieces.count == 3 else { return Parts() }
        return result
    }

    /// The month for "Apr", "April" or "SEPT", in any case; nil for anything else.
    static func month(named name: String) -> Int? {
        let lower = name.lowercased()
        for (index, full) in Period.monthNames.enumerated() {
            let fullLower = full.lowercased()
            if lower == fullLower || lower == String(fullLower.prefix(3)) || (lower == "sept" && index == 8) {
                return index + 1
            }
        }
        return nil
    }
}
