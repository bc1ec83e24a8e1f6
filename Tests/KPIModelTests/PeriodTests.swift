import Testing

@testable import KPIModel

@Suite("Periods")
struct PeriodTests {
    static let q2 = Period(startYear: 2021, quarter: 2)
    static let april2021 = Period(year: 2021, month: 4)
    static let year2021 = Period(financialYearStarting: 2021)

    @Test(
        "every accepted spelling of a quarter reads as 2021/22 Q2",
        arguments: [
            "2021/22 Q2", "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2", "q2 2021/22", "quarter 2 2021-22",
            "2021/2022 Q2", "  2021/22   q2 ", "QUARTER 2 2021/22", "Q 2 2021/22", "Quarter2 2021/22", "2021/22\tQ2",
            "2021-2022 Q2", "2021/22 Quarter 2",
        ])
    func quarterSpellings(_ text: String) throws {
        let period = try Period(parsing: text, in: .april)
        #expect(period == Self.q2)
        #expect(period.description == "2021/22 Q2")
    }

    @Test(
        "every accepted spelling of a month reads as Apr 2021 (year starting in April)",
        arguments: [
            "Apr 2021", "April 2021", "apr 2021", "APRIL 2021", "Apr-21", "Apr 21", "apr-2021", "2021-04", "04/2021",
            "4/2021",
            "2021/22 M01", "2021/22 M1", "M01 2021/22", "Month 1 2021/22", "month 01 2021-22", "Period 1 2021/22",
            "2021/22 Period 1", "2021/22 Month 1", "  Apr   2021 ",
        ])
    func monthSpellings(_ text: String) throws {
        let period = try Period(parsing: text, in: .april)
        #expect(period == Self.april2021)
        #expect(period.description == "Apr 2021")
    }

    @Test(
        "month names and abbreviations, Sept and Sep both September",
        arguments: [
            ("Jan 2022", 2022, 1), ("January 2022", 2022, 1), ("Feb 2022", 2022, 2), ("February 2022", 2022, 2),
            ("Mar 2022", 2022, 3), ("March 2022", 2022, 3), ("May 2021", 2021, 5), ("Jun 2021", 2021, 6),
            ("June 2021", 2021, 6), ("Jul 2021", 2021, 7), ("July 2021", 2021, 7), ("Aug 2021", 2021, 8),
            ("August 2021", 2021, 8), ("Sep 2021", 2021, 9), ("Sept 2021", 2021, 9), ("September 2021", 2021, 9),
            ("sept-21", 2021, 9), ("Oct 2021", 2021, 10), ("October 2021", 2021, 10), ("Nov 2021", 2021, 11),
            ("November 2021", 2021, 11), ("Dec 2021", 2021, 12), ("December 2021", 2021, 12), ("2021-12", 2021, 12),
            ("12/2021", 2021, 12), ("Dec-99", 1999, 12), ("Jan-29", 2029, 1), ("Jan-30", 1930, 1),
        ])
    func monthNames(_ text: String, _ year: Int, _ month: Int) throws {
        #expect(try Period(parsing: text, in: .april) == Period(year: year, month: month))
    }

    @Test(
        "every accepted spelling of a financial year reads as 2021/22",
        arguments: [
            "2021/22", "2021-22", "2021/2022", "FY 2021/22", "FY2021/22", "FY2021-22", "fy 2021-22",
            "2021/22 full year",
            "2021/22 Full Year", "FY 2021/22 full year", "2021-2022",
        ])
    func yearSpellings(_ text: String) throws {
        let period = try Period(parsing: text, in: .april)
        #expect(period == Self.year2021)
        #expect(period.description == "2021/22")
    }

    @Test(
        "YYYY-MM is always a month, even when it could be a financial year",
        arguments: [
            ("2011-12", Period(year: 2011, month: 12)), ("2003-04", Period(year: 2003, month: 4)),
            ("2012-13", Period(financialYearStarting: 2012)), ("FY2011-12", Period(financialYearStarting: 2011)),
            ("2011-12 Q1", Period(startYear: 2011, quarter: 1)),
        ])
    func yearOrMonth(_ text: String, _ expected: Period) throws {
        #expect(try Period(parsing: text, in: .april) == expected)
    }

    @Test(
        "financial-year month numbers follow the year start",
        arguments: [
            (4, "2021/22 M01", Period(year: 2021, month: 4)), (4, "2021/22 M09", Period(year: 2021, month: 12)),
            (4, "2021/22 M10", Period(year: 2022, month: 1)), (4, "Period 12 2021/22", Period(year: 2022, month: 3)),
            (1, "2021/22 M01", Period(year: 2021, month: 1)), (1, "Month 12 2021/22", Period(year: 2021, month: 12)),
            (7, "2021/22 M01", Period(year: 2021, month: 7)), (7, "2021/22 M07", Period(year: 2022, month: 1)),
        ])
    func financialYearMonths(_ startMonth: Int, _ text: String, _ expected: Period) throws {
        #expect(try Period(parsing: text, in: FinancialYear(startMonth: startMonth)) == expected)
    }

    /// Every spelling of every kind, in every message about text that is none of them.
    static let allForms =
        #"a period: a quarter such as "2021/22 Q2" (or "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2"); "#
        + #"a month such as "Apr 2021" (or "April 2021", "Sept 2021", "Apr-21", "Apr 21", "2021-04", "04/2021", "2021/22 M01", "Month 1 2021/22", "Period 1 2021/22"); "#
        + #"a financial year such as "2021/22" (or "FY 2021/22", "FY2021-22", "2021/22 full year")"#

    @Test(
        "bad periods are refused with what was expected",
        arguments: [
            (
                "Q5 2021/22",
                #"period: expected a quarter such as "2021/22 Q2", found "Q5 2021/22" (a quarter is Q1 to Q4)"#
            ),
            (
                "Q0 2021/22",
                #"period: expected a quarter such as "2021/22 Q2", found "Q0 2021/22" (a quarter is Q1 to Q4)"#
            ),
            (
                "2021/23 Q1",
                #"period: expected a quarter such as "2021/22 Q2", found "2021/23 Q1" (a financial year spans two consecutive years, such as 2021/22)"#
            ),
            ("", "period: expected \(allForms), found nothing"),
            ("Q2", #"period: expected a quarter such as "2021/22 Q2", found "Q2" (no financial year such as 2021/22)"#),
            (
                "2021 Q2",
                #"period: expected a quarter such as "2021/22 Q2", found "2021 Q2" (no financial year such as 2021/22)"#
            ),
            (
                "21/22 Q2",
                #"period: expected a quarter such as "2021/22 Q2", found "21/22 Q2" (a financial year is written like 2021/22)"#
            ),
            ("2021/22 Q2 Q3", #"period: expected a quarter such as "2021/22 Q2", found "2021/22 Q2 Q3""#),
            ("2021/22 Qx", #"period: expected a quarter such as "2021/22 Q2", found "2021/22 Qx""#),
            (
                "1850/51 Q1",
                #"period: expected a quarter such as "2021/22 Q2", found "1850/51 Q1" (the year must be between 1900 and 2998)"#
            ),
            ("2021/22 Q١", #"period: expected a quarter such as "2021/22 Q2", found "2021/22 Q١""#),
            (
                "2021/22 M13",
                #"period: expected a month such as "Apr 2021", found "2021/22 M13" (a month of the financial year is 1 to 12)"#
            ),
            (
                "Month 0 2021/22",
                #"period: expected a month such as "Apr 2021", found "Month 0 2021/22" (a month of the financial year is 1 to 12)"#
            ),
            ("13/2021", #"period: expected a month such as "Apr 2021", found "13/2021" (a month is 1 to 12)"#),
            ("Sept 202", #"period: expected a month such as "Apr 2021", found "Sept 202""#),
            (
                "Apr 1850",
                #"period: expected a month such as "Apr 2021", found "Apr 1850" (the year must be between 1900 and 2998)"#
            ),
            ("Apr 2021/22", #"period: expected a month such as "Apr 2021", found "Apr 2021/22""#),
            ("FY 2021", #"period: expected a financial year such as "2021/22", found "FY 2021""#),
            (
                "FY 2021/23",
                #"period: expected a financial year such as "2021/22", found "FY 2021/23" (a financial year spans two consecutive years, such as 2021/22)"#
            ),
            ("full year", #"period: expected a financial year such as "2021/22", found "full year""#),
            (
                "2021/22 Q2 full year",
                #"period: expected a financial year such as "2021/22", found "2021/22 Q2 full year""#
            ),
            ("Sept", "period: expected \(allForms), found \"Sept\""),
            ("2021", "period: expected \(allForms), found \"2021\""),
            ("next month", "period: expected \(allForms), found \"next month\""),
            ("2021/22 X1", "period: expected \(allForms), found \"2021/22 X1\""),
        ])
    func rejected(_ text: String, _ message: String) {
        do {
            _ = try Period(parsing: text, in: .april)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func neighbours() {
        let q1 = Period(startYear: 2021, quarter: 1)
        #expect(q1.previous == Period(startYear: 2020, quarter: 4))
        #expect(q1.samePeriodLastYear == Period(startYear: 2020, quarter: 1))
        #expect(Period(startYear: 2020, quarter: 4).advanced(by: 1) == q1)
        #expect(Period(startYear: 1900, quarter: 1).previous == nil)
        #expect(Period(startYear: 1999, quarter: 3).description == "1999/00 Q3")
        #expect(Period(startYear: 2009, quarter: 3).shortLabel == "Q3 09/10")
        #expect(Period(startYear: 2021, quarter: 2).fileSafeName == "2021-22-Q2")

        let january = Period(year: 2022, month: 1)
        #expect(january.previous == Period(year: 2021, month: 12))
        #expect(january.samePeriodLastYear == Period(year: 2021, month: 1))
        #expect(Period(year: 1900, month: 1).previous == nil)
        #expect(Period(year: 2021, month: 9).description == "Sep 2021")
        #expect(Period(year: 2021, month: 9).shortLabel == "Sep 21")
        #expect(Period(year: 2021, month: 9).fileSafeName == "2021-09")
        #expect(Period(year: 2021, month: 9).yearLabel == "2021")

        #expect(Self.year2021.previous == Period(financialYearStarting: 2020))
        #expect(Self.year2021.samePeriodLastYear == Self.year2021.previous, "for a year both comparisons are last year")
        #expect(Self.year2021.shortLabel == "2021/22")
        #expect(Self.year2021.fileSafeName == "2021-22")
        #expect(Period(financialYearStarting: 1999).description == "1999/00")
    }

    @Test(
        "advancing by n and back is the identity, order follows the ordinal, and the canonical form reads back",
        arguments: Period.Length.allCases)
    func advancingProperty(_ length: Period.Length) {
        // Every period from 2200 to 2350, moved by steps of every size that matters.
        let first: Period
        switch length {
        case .quarter: first = Period(startYear: 2200, quarter: 1)
        case .month: first = Period(year: 2200, month: 1)
        case .year: first = Period(financialYearStarting: 2200)
        }
        for offset in 0..<(151 * length.periodsPerYear) {
            let period = first.advanced(by: offset)!
            for step in [-200, -37, -12, -4, -1, 0, 1, 3, 12, 48, 200] {
                let moved = period.advanced(by: step)!
                #expect(moved.advanced(by: -step) == period)
                #expect(moved.ordinal - period.ordinal == step)
                #expect((step > 0) == (moved > period) || step == 0)
            }
            for startMonth in [1, 4, 11] {
                #expect(
                    try! Period(parsing: period.description, in: FinancialYear(startMonth: startMonth)) == period,
                    "\(period) reads back whatever the year start")
            }
        }
    }

    @Test func financialYearMonths() {
        let april = FinancialYear.april
        #expect(april.months(of: Period(startYear: 2021, quarter: 2)) == "July to September 2021")
        #expect(april.months(of: Period(startYear: 2021, quarter: 4)) == "January to March 2022")
        #expect(april.months(of: Self.year2021) == "April 2021 to March 2022")
        #expect(april.months(of: Period(year: 2021, month: 9)) == "September 2021")
        let november = FinancialYear(startMonth: 11)
        #expect(november.months(of: Period(startYear: 2021, quarter: 1)) == "November 2021 to January 2022")
        let january = FinancialYear(startMonth: 1)
        #expect(january.months(of: Self.year2021) == "January to December 2021")
        #expect(april.heading(Period(year: 2021, month: 9)) == "Sep 2021 (month 6 of 2021/22)")
        #expect(january.heading(Period(year: 2021, month: 9)) == "Sep 2021 (month 9 of 2021/22)")
        #expect(april.name(of: Self.q2) == "Quarter 2 2021/22 (July to September 2021)")
        #expect(april.name(of: Self.year2021) == "Financial year 2021/22 (April 2021 to March 2022)")
    }
}
