import Testing

@testable import KPIModel

/// How months, quarters and years relate, for the default April start and for others.
@Suite("Financial years")
struct FinancialYearTests {
    static func m(_ year: Int, _ month: Int) -> Period { Period(year: year, month: month) }
    static func q(_ year: Int, _ quarter: Int) -> Period { Period(startYear: year, quarter: quarter) }
    static func y(_ year: Int) -> Period { Period(financialYearStarting: year) }

    @Test(
        "which quarter and year a month is in, and its number in the year",
        arguments: [
            // (year start, month, quarter, financial year, position)
            (4, m(2021, 4), q(2021, 1), y(2021), 1), (4, m(2021, 9), q(2021, 2), y(2021), 6),
            (4, m(2021, 12), q(2021, 3), y(2021), 9), (4, m(2022, 1), q(2021, 4), y(2021), 10),
            (4, m(2022, 3), q(2021, 4), y(2021), 12), (4, m(2021, 3), q(2020, 4), y(2020), 12),
            (1, m(2021, 1), q(2021, 1), y(2021), 1), (1, m(2021, 9), q(2021, 3), y(2021), 9),
            (1, m(2021, 12), q(2021, 4), y(2021), 12),
            (7, m(2021, 7), q(2021, 1), y(2021), 1), (7, m(2022, 6), q(2021, 4), y(2021), 12),
            (7, m(2022, 1), q(2021, 3), y(2021), 7), (11, m(2022, 1), q(2021, 1), y(2021), 3),
        ])
    func monthInQuarterAndYear(_ startMonth: Int, _ month: Period, _ quarter: Period, _ year: Period, _ position: Int) {
        let financialYear = FinancialYear(startMonth: startMonth)
        #expect(financialYear.quarter(containing: month) == quarter)
        #expect(financialYear.year(containing: month) == year)
        #expect(financialYear.year(containing: quarter) == year)
        #expect(financialYear.position(of: month) == position)
        #expect(financialYear.month(position, ofYear: year) == month)
        #expect(financialYear.periods(.month, within: quarter).contains(month))
        #expect(financialYear.quarter(endingWith: month) == quarter)
    }

    @Test("the periods within a quarter and a year", arguments: [4, 1, 10])
    func periodsWithin(_ startMonth: Int) {
        let financialYear = FinancialYear(startMonth: startMonth)
        let year = Self.y(2021)
        let months = financialYear.periods(.month, within: year)
        #expect(months.count == 12)
        #expect(months.first == Self.m(2021, startMonth))
        #expect(zip(months, months.dropFirst()).allSatisfy { $1 == $0.advanced(by: 1) })
        #expect(financialYear.periods(.quarter, within: year) == (1...4).map { Self.q(2021, $0) })
        #expect(financialYear.periods(.year, within: year) == [year])
        for quarter in 1...4 {
            let inQuarter = financialYear.periods(.month, within: Self.q(2021, quarter))
            #expect(inQuarter == Array(months[(quarter - 1) * 3..<quarter * 3]))
            #expect(financialYear.firstMonth(of: Self.q(2021, quarter)) == inQuarter[0])
            #expect(financialYear.lastMonth(of: Self.q(2021, quarter)) == inQuarter[2])
            #expect(financialYear.position(of: Self.q(2021, quarter)) == quarter)
        }
        #expect(financialYear.periods(.quarter, within: Self.m(2021, 5)).isEmpty, "no quarter lies within a month")
        #expect(financialYear.lastMonth(of: year) == months[11])
    }

    @Test("a year has ended by its fourth quarter and last month, not before")
    func yearsEnded() {
        let april = FinancialYear.april
        #expect(april.hasEnded(Self.y(2021), by: Self.q(2021, 4)))
        #expect(!april.hasEnded(Self.y(2021), by: Self.q(2021, 3)))
        #expect(april.hasEnded(Self.y(2021), by: Self.m(2022, 3)))
        #expect(!april.hasEnded(Self.y(2021), by: Self.m(2022, 2)))
        #expect(april.latestYearEnded(by: Self.q(2021, 2)) == Self.y(2020))
        #expect(april.latestYearEnded(by: Self.q(2021, 4)) == Self.y(2021))
        #expect(april.latestYearEnded(by: Self.m(2021, 4)) == Self.y(2020))
        #expect(april.quarter(endingWith: Self.y(2021)) == Self.q(2021, 4))
        let january = FinancialYear(startMonth: 1)
        #expect(january.latestYearEnded(by: Self.m(2021, 12)) == Self.y(2021))
        #expect(january.latestYearEnded(by: Self.m(2021, 11)) == Self.y(2020))
    }

    @Test("ordering across frequencies: by the month a period ends in, the shorter first")
    func chronologicalOrder() {
        let april = FinancialYear.april
        let mixed = [
            Self.y(2021), Self.m(2022, 3), Self.q(2021, 2), Self.m(2021, 9), Self.q(2021, 4), Self.y(2020),
            Self.m(2021, 7), Self.q(2021, 1),
        ]
        #expect(
            mixed.sorted(by: april.chronologicallyPrecedes).map(\.description) == [
                "2020/21", "2021/22 Q1", "Jul 2021", "Sep 2021", "2021/22 Q2", "Mar 2022", "2021/22 Q4", "2021/22",
            ])
        // With the year starting in January, 2021/22 is the calendar year 2021: it ends in December.
        let january = FinancialYear(startMonth: 1)
        #expect(
            [Self.m(2022, 3), Self.y(2021), Self.q(2021, 4), Self.m(2021, 12)].sorted(
                by: january.chronologicallyPrecedes
            )
            .map(\.description) == ["Dec 2021", "2021/22 Q4", "2021/22", "Mar 2022"])
        // Within one length the plain order is time order; across lengths it is by length only.
        #expect(Self.m(2021, 9) < Self.m(2021, 10))
        #expect(Self.m(2030, 1) < Self.q(2000, 1) && Self.q(2030, 1) < Self.y(2000))
    }
}
