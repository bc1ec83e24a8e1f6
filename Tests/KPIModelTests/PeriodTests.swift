import KPITestSupport
import Testing
@testable import KPIModel

@Suite("Periods")
struct PeriodTests {
    @Test("every accepted spelling reads as 2021/22 Q2", arguments: [
        "2021/22 Q2", "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2", "q2 2021/22", "quarter 2 2021-22",
        "2021/2022 Q2", "  2021/22   q2 ", "QUARTER 2 2021/22", "Q 2 2021/22", "Quarter2 2021/22", "2021/22\tQ2",
    ])
    func spellings(_ text: String) throws {
        let period = try Period(parsing: text)
        #expect(period == Period(startYear: 2021, quarter: 2))
        #expect(period.description == "2021/22 Q2")
    }

    @Test("bad periods are rejected with what was expected", arguments: [
        ("Q5 2021/22", "period: expected a quarter such as \"2021/22 Q2\", found \"Q5 2021/22\" (a quarter is Q1 to Q4)"),
        ("Q0 2021/22", "period: expected a quarter such as \"2021/22 Q2\", found \"Q0 2021/22\" (a quarter is Q1 to Q4)"),
        ("2021/23 Q1", "period: expected a quarter such as \"2021/22 Q2\", found \"2021/23 Q1\" (a financial year spans two consecutive years, such as 2021/22)"),
        ("", "period: expected a quarter such as \"2021/22 Q2\", found nothing"),
        ("Q2", "period: expected a quarter such as \"2021/22 Q2\", found \"Q2\" (no financial year such as 2021/22)"),
        ("2021/22", "period: expected a quarter such as \"2021/22 Q2\", found \"2021/22\" (no quarter such as Q2)"),
        ("2021 Q2", "period: expected a quarter such as \"2021/22 Q2\", found \"2021 Q2\" (no financial year such as 2021/22)"),
        ("21/22 Q2", "period: expected a quarter such as \"2021/22 Q2\", found \"21/22 Q2\" (a financial year is written like 2021/22)"),
        ("2021/22 Q2 Q3", "period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Q2 Q3\""),
        ("2021/22 Qx", "period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Qx\""),
        ("1850/51 Q1", "period: expected a quarter such as \"2021/22 Q2\", found \"1850/51 Q1\" (the year must be between 1900 and 2998)"),
        ("2021/22 Q١", "period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Q١\""),
    ])
    func rejected(_ text: String, _ message: String) {
        #expect(throws: FieldError.self) { try Period(parsing: text) }
        do {
            _ = try Period(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func neighbours() {
        let q1 = Period(startYear: 2021, quarter: 1)
        #expect(q1.previous == Period(startYear: 2020, quarter: 4))
        #expect(q1.sameQuarterLastYear == Period(startYear: 2020, quarter: 1))
        #expect(Period(startYear: 2020, quarter: 4).advanced(by: 1) == q1)
        #expect(Period(startYear: 1900, quarter: 1).previous == nil)
        #expect(Period(startYear: 1999, quarter: 3).description == "1999/00 Q3")
        #expect(Period(startYear: 2009, quarter: 3).shortLabel == "Q3 09/10")
        #expect(Period(startYear: 2021, quarter: 2).fileSafeName == "2021-22-Q2")
    }

    @Test("advancing by n and back is the identity, and order follows the ordinal", arguments: PropertySeed.arguments)
    func advancingProperty(seed: PropertySeed) {
        var generator = seed.generator()
        for _ in 0..<2_000 {
            let period = Period(startYear: Int.random(in: 1950...2900, using: &generator), quarter: Int.random(in: 1...4, using: &generator))
            let step = Int.random(in: -200...200, using: &generator)
            let moved = period.advanced(by: step)!
            #expect(moved.advanced(by: -step) == period)
            #expect(moved.ordinal - period.ordinal == step)
            #expect((step > 0) == (moved > period) || step == 0)
            #expect(try! Period(parsing: moved.description) == moved)
        }
    }

    @Test func financialYearMonths() {
        let april = FinancialYear.april
        #expect(april.months(of: Period(startYear: 2021, quarter: 2)) == "July to September 2021")
        #expect(april.months(of: Period(startYear: 2021, quarter: 4)) == "January to March 2022")
        let november = FinancialYear(startMonth: 11)
        #expect(november.months(of: Period(startYear: 2021, quarter: 1)) == "November 2021 to January 2022")
    }
}
