import KPIModel
import Testing

@Suite("Calendar dates as councils write them")
struct CalendarDateTests {
    @Test(
        "accepted forms",
        arguments: [
            ("2021-04-30", "2021-04-30"),
            ("30/04/2021", "2021-04-30"),
            ("30-04-2021", "2021-04-30"),
            ("1/4/2021", "2021-04-01"),
            ("30-Apr-2021", "2021-04-30"),
            ("30-Apr- 2021", "2021-04-30"),
            ("30 -Apr - 2021", "2021-04-30"),
            ("30 April 2021", "2021-04-30"),
            ("30  april  2021", "2021-04-30"),
            ("30 Apr 2021", "2021-04-30"),
            ("30 JUNE 2020", "2020-06-30"),
            ("23-Dec- 2022", "2022-12-23"),
            ("4 Sept 2021", "2021-09-04"),
            (" 29-Feb-2024 ", "2024-02-29"),
        ])
    func accepted(_ text: String, _ iso: String) throws {
        #expect(try CalendarDate(parsing: text, field: "due").description == iso)
    }

    static let expected = "expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021"

    @Test(
        "refused, saying why",
        arguments: [
            ("31/02/2021", "found \"31/02/2021\" (no such date: February 2021 has 28 days)"),
            ("29-Feb-2021", "found \"29-Feb-2021\" (no such date: February 2021 has 28 days)"),
            ("31 April 2021", "found \"31 April 2021\" (no such date: April 2021 has 30 days)"),
            ("2021-13-01", "found \"2021-13-01\" (there is no month 13)"),
            ("00/04/2021", "found \"00/04/2021\" (no such date)"),
            ("30-Apr-21", "found \"30-Apr-21\" (write the year with four digits)"),
            ("30/04/21", "found \"30/04/21\" (write the year with four digits)"),
            ("30 Aprile 2021", "found \"30 Aprile 2021\" (no month called \"Aprile\")"),
            ("30-Apr 2021", "found \"30-Apr 2021\""),
            ("2021/04/30", "found \"2021/04/30\" (the day comes first, as in 30/04/2021)"),
            ("April 2021", "found \"April 2021\""),
            ("30.04.2021", "found \"30.04.2021\""),
            ("", "found nothing"),
            ("  ", "found nothing"),
        ])
    func refused(_ text: String, _ found: String) {
        #expect(throws: FieldError(field: "due", "\(Self.expected), \(found)")) {
            try CalendarDate(parsing: text, field: "due")
        }
    }

    @Test("days between dates and the committee's form")
    func arithmetic() throws {
        let start = try CalendarDate(parsing: "2020-04-01", field: "d")
        let end = try CalendarDate(parsing: "2021-03-31", field: "d")
        #expect(start.days(to: end) == 364)
        #expect(end.days(to: start) == -364)
        #expect(start < end)
        #expect(end.displayText == "31 Mar 2021")
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate.lastDay(ofMonth: 2, year: 2024).description == "2024-02-29")
    }
}
