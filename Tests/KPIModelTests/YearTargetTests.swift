import Foundation
import Testing

@testable import KPIModel

/// One row of the profile table: the year target, the indicator's decimals, the profile, the
/// period and the target it must give.
struct ProfileCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let value: String
    let unit: IndicatorUnit
    let decimals: Int
    let profile: TargetProfile?
    let quarter: Int
    let expected: String
    var testDescription: String { rule }
}

@Suite("Year targets and profiles")
struct YearTargetTests {
    static func indicator(
        _ unit: IndicatorUnit = .percent, decimals: Int? = nil, cumulative: Bool = true,
        polarity: Polarity = .higherIsBetter
    ) -> Indicator {
        Indicator(
            id: try! IndicatorID("AUD01"), title: "Audit plan", unit: unit, polarity: polarity, decimals: decimals,
            cumulative: cumulative, definedAt: t("2021-01-01"))
    }

    static let profileCases: [ProfileCase] = [
        ProfileCase(
            rule: "95% at 25% with 1 decimal is 23.8 (Hart DC's audit plan)", value: "95", unit: .percent, decimals: 1,
            profile: .even, quarter: 1, expected: "23.8"),
        ProfileCase(
            rule: "95% at 50% is 47.5", value: "95", unit: .percent, decimals: 1, profile: .even, quarter: 2,
            expected: "47.5"),
        ProfileCase(
            rule: "95% at 75% is 71.25, published as 71.3", value: "95", unit: .percent, decimals: 1, profile: .even,
            quarter: 3, expected: "71.3"),
        ProfileCase(
            rule: "the last period is the year target itself", value: "95", unit: .percent, decimals: 1, profile: .even,
            quarter: 4, expected: "95"),
        ProfileCase(
            rule: "6.3 days at 25% with 2 decimals is 1.58 (Hart DC's sickness)", value: "6.3", unit: .days,
            decimals: 2, profile: .even, quarter: 1, expected: "1.58"),
        ProfileCase(
            rule: "6.3 days at 50% is 3.15", value: "6.3", unit: .days, decimals: 2, profile: .even, quarter: 2,
            expected: "3.15"),
        ProfileCase(
            rule: "6.3 days at 75% is 4.725, published as 4.73", value: "6.3", unit: .days, decimals: 2, profile: .even,
            quarter: 3, expected: "4.73"),
        ProfileCase(
            rule: "no profile on a year-to-date indicator means even", value: "6.3", unit: .days, decimals: 2,
            profile: nil, quarter: 1, expected: "1.58"),
        ProfileCase(
            rule: "a seasonal profile with decimals, whole pounds", value: "405740", unit: .gbp, decimals: 0,
            profile: .cumulative([f("20"), f("49.99827"), f("75"), f("100")]), quarter: 2, expected: "202863"),
        ProfileCase(
            rule: "half away from zero below zero: -10 at 25% is -2.5, published as -3", value: "-10", unit: .number,
            decimals: 0, profile: .even, quarter: 1, expected: "-3"),
        ProfileCase(
            rule: "half away from zero above zero: 10 at 25% is 2.5, published as 3", value: "10", unit: .number,
            decimals: 0, profile: .even, quarter: 1, expected: "3"),
        ProfileCase(
            rule: "a profile may stand still: 0 due by Q1", value: "40", unit: .count, decimals: 0,
            profile: .cumulative([f("0"), f("0"), f("50"), f("100")]), quarter: 1, expected: "0"),
    ]

    @Test(
        "a profiled period's target is V x P / 100, rounded half away from zero at the indicator's decimals",
        arguments: profileCases)
    func profiled(_ row: ProfileCase) {
        let indicator = Self.indicator(row.unit, decimals: row.decimals)
        let year = YearTarget(
            year: ReportingYear(startYear: 2021), value: f(row.value), profile: row.profile, recordedAt: t("2021-03-01")
        )
        let target = year.target(for: Period(startYear: 2021, quarter: row.quarter), indicator: indicator, in: .april)
        #expect(target.value.text == row.expected, "\(row.rule)")
        #expect(target.from == Period(startYear: 2021, quarter: 1))
    }

    @Test("for an indicator that is not year to date, a year target applies to every quarter alike, amber included")
    func flat() {
        let indicator = Self.indicator(cumulative: false)
        let year = YearTarget(
            year: ReportingYear(startYear: 2021), value: f("90"), amber: .threshold(f("85")),
            recordedAt: t("2021-03-01"))
        for quarter in 1...4 {
            let target = year.target(for: Period(startYear: 2021, quarter: quarter), indicator: indicator, in: .april)
            #expect(target.value == f("90"))
            #expect(target.amber == .threshold(f("85")))
        }
        #expect(throws: Never.self) { try year.validate(for: indicator) }
    }

    @Test(
        "bad profiles are refused with what was expected",
        arguments: [
            ("25,50,75", "expected 4 cumulative percentages, one for each period of the year, found 3 in \"25,50,75\""),
            (
                "25,50,75,100,100",
                "expected 4 cumulative percentages, one for each period of the year, found 5 in \"25,50,75,100,100\""
            ),
            ("30,25,75,100", "expected cumulative percentages that never fall, found 25 after 30 in \"30,25,75,100\""),
            (
                "25,50,75,99",
                "expected the last percentage to be exactly 100 (the year-end target), found 99 in \"25,50,75,99\""
            ),
            (
                "25,50,75,100.5",
                "expected the last percentage to be exactly 100 (the year-end target), found 100.5 in \"25,50,75,100.5\""
            ),
            ("-5,50,75,100", "expected percentages of 0 or more, found -5 in \"-5,50,75,100\""),
        ])
    func badProfiles(_ text: String, _ problem: String) throws {
        let profile = try TargetProfile(parsing: text)
        #expect(throws: FieldError(field: "profile", problem)) { try profile.validate(periodsPerYear: 4) }
        let year = YearTarget(
            year: ReportingYear(startYear: 2021), value: f("95"), profile: profile, recordedAt: t("2021-03-01"))
        #expect(throws: FieldError(field: "profile", problem)) { try year.validate(for: Self.indicator()) }
    }

    @Test(
        "profiles are read as even or percentages; anything else is refused",
        arguments: [
            ("even", "even"), ("EVEN", "even"), ("25,50,75,100", "25,50,75,100"),
            (" 10, 35.5 ,60,100", "10,35.5,60,100"),
            ("25%,50%,75%,100%", "25,50,75,100"),
        ])
    func parsing(_ text: String, _ canonical: String) throws {
        #expect(try TargetProfile(parsing: text).description == canonical)
    }

    @Test func unreadableProfile() {
        #expect(
            throws: FieldError(
                field: "profile",
                "expected even or cumulative percentages such as 25,50,75,100, found \"25,fifty,75,100\" (entry 2, \"fifty\", is not a number)"
            )
        ) {
            try TargetProfile(parsing: "25,fifty,75,100")
        }
    }

    @Test("a profile on an indicator that is not year to date is refused, as is an absolute amber with a profile")
    func refusals() {
        let profiled = YearTarget(
            year: ReportingYear(startYear: 2021), value: f("95"), profile: .even, recordedAt: t("2021-03-01"))
        #expect(
            throws: FieldError(
                field: "profile",
                "expected no profile for AUD01, which is not year to date (a year target applies to every period of the year alike; redefine it with --cumulative true for a profiled target), found even"
            )
        ) {
            try profiled.validate(for: Self.indicator(cumulative: false))
        }
        let amber = YearTarget(
            year: ReportingYear(startYear: 2021), value: f("95"), amber: .threshold(f("80")),
            recordedAt: t("2021-03-01"))
        #expect(
            throws: FieldError(
                field: "amber",
                "expected --tolerance, a percentage, with the year target of AUD01, which is year to date (an absolute amber threshold cannot follow the profile), found 80"
            )
        ) {
            try amber.validate(for: Self.indicator())
        }
        let percent = YearTarget(year: ReportingYear(startYear: 2021), value: f("120"), recordedAt: t("2021-03-01"))
        #expect(
            throws: FieldError(
                field: "target",
                "expected a percentage from 0 to 100 for AUD01, found 120 (define the indicator with --allow-any-percent to allow this)"
            )
        ) {
            try percent.validate(for: Self.indicator())
        }
    }

    @Test("a closer indicator's year target may not give a period a target of 0")
    func closerZero() {
        let budget = Self.indicator(.gbp, cumulative: true, polarity: .closer)
        let year = YearTarget(
            year: ReportingYear(startYear: 2009), value: f("51715"),
            profile: .cumulative([f("0"), f("45.9"), f("75"), f("100")]),
            amber: .tolerance(f("5")), recordedAt: t("2009-10-23"))
        #expect(
            throws: FieldError(
                field: "target",
                "expected a target other than 0 for AUD01, whose better is closer (closeness is measured in percent of the target), found 0 (the 2009/10 Q1 target, 0% of 51715)"
            )
        ) {
            try year.validate(for: budget)
        }
    }

    /// Target lines from 2020/21 Q1 (90) and 2021/22 Q3 (70), and a year target for 2021/22 (80).
    static let precedenceCases: [(String, String?)] = [
        ("2019/20 Q4", nil), ("2020/21 Q1", "90"), ("2020/21 Q4", "90"),
        ("2021/22 Q1", "80"), ("2021/22 Q2", "80"), ("2021/22 Q3", "80"), ("2021/22 Q4", "80"),
        ("2022/23 Q1", "70"), ("2025/26 Q2", "70"),
    ]

    @Test("a year target applies to its own year's periods only and takes precedence there", arguments: precedenceCases)
    func precedence(_ period: String, _ expected: String?) {
        let history = IndicatorHistory(
            indicator: Self.indicator(cumulative: false),
            targetChanges: [
                TargetChange(from: q("2020/21 Q1"), value: f("90"), recordedAt: t("2020-03-01")),
                TargetChange(from: q("2021/22 Q3"), value: f("70"), recordedAt: t("2021-09-01")),
            ],
            yearTargets: [YearTarget(year: ReportingYear(startYear: 2021), value: f("80"), recordedAt: t("2021-03-01"))]
        )
        #expect(history.asOf(nil)!.target(for: q(period))?.value.text == expected)
    }

    @Test("among year targets for one year the one recorded last at the as-of moment wins, file order breaking ties")
    func latestRecorded() {
        let year = ReportingYear(startYear: 2021)
        let history = IndicatorHistory(
            indicator: Self.indicator(decimals: 1),
            targetChanges: [
                TargetChange(from: q("2020/21 Q1"), value: f("60"), recordedAt: t("2020-03-01"))
            ],
            yearTargets: [
                YearTarget(year: year, value: f("90"), recordedAt: t("2021-06-01")),
                YearTarget(year: year, value: f("80"), recordedAt: t("2021-03-01")),
                YearTarget(year: year, value: f("95"), recordedAt: t("2021-06-01")),
            ])
        #expect(history.asOf(t("2021-02-01"))!.target(for: q("2021/22 Q4"))?.value == f("60"))
        #expect(history.asOf(t("2021-04-01"))!.target(for: q("2021/22 Q4"))?.value == f("80"))
        #expect(history.asOf(t("2021-06-01"))!.target(for: q("2021/22 Q4"))?.value == f("95"))
        #expect(history.asOf(nil)!.target(for: q("2021/22 Q2"))?.value == f("47.5"))
    }

    @Test("the annual target is a year target's V, or else the target of the year's last quarter")
    func annualTarget() {
        let history = IndicatorHistory(
            indicator: Self.indicator(decimals: 1),
            targetChanges: [
                TargetChange(from: q("2019/20 Q1"), value: f("60"), recordedAt: t("2019-03-01")),
                TargetChange(from: q("2020/21 Q4"), value: f("65"), recordedAt: t("2020-03-01")),
            ],
            yearTargets: [YearTarget(year: ReportingYear(startYear: 2021), value: f("95"), recordedAt: t("2021-03-01"))]
        )
        let now = history.asOf(nil)!
        #expect(now.annualTarget(for: q("2021/22 Q1"))?.value == f("95"))
        #expect(now.target(for: q("2021/22 Q1"))?.value == f("23.8"))
        #expect(now.annualTarget(for: q("2020/21 Q2"))?.value == f("65"))
        #expect(now.annualTarget(for: q("2018/19 Q2")) == nil)
        #expect(now.profilePercent(for: q("2021/22 Q3")) == 75)
        #expect(now.profilePercent(for: q("2020/21 Q3")) == nil)
    }

    @Test("a closer target takes the definition's green tolerance unless its line gives one")
    func greenTolerance() {
        var indicator = Self.indicator(.gbp, polarity: .closer)
        indicator.greenTolerance = f("1")
        let history = IndicatorHistory(
            indicator: indicator,
            targetChanges: [
                TargetChange(
                    from: q("2009/10 Q1"), value: f("1000"), amber: .tolerance(f("5")), recordedAt: t("2009-03-01")),
                TargetChange(
                    from: q("2010/11 Q1"), value: f("1000"), amber: .tolerance(f("5")), greenTolerance: f("2"),
                    recordedAt: t("2010-03-01")),
            ])
        let now = history.asOf(nil)!
        #expect(now.target(for: q("2009/10 Q2"))!.closeness == (1, 5))
        #expect(now.target(for: q("2010/11 Q2"))!.closeness == (2, 5))
    }

    @Test(
        "financial years are read in their usual spellings and refused otherwise",
        arguments: [
            ("2021/22", "2021/22"), ("2021-22", "2021/22"), ("2021/2022", "2021/22"), (" 1999/00 ", "1999/00"),
        ])
    func years(_ text: String, _ canonical: String) throws {
        #expect(try ReportingYear(parsing: text).description == canonical)
    }

    @Test(
        "a year that is not a financial year is refused, saying what was expected",
        arguments: [
            ("2021", "expected a financial year such as 2021/22, found \"2021\""),
            (
                "2021/23",
                "expected a financial year such as 2021/22, found \"2021/23\" (a financial year spans two consecutive years, such as 2021/22)"
            ),
            ("", "expected a financial year such as 2021/22, found nothing"),
            ("2021/22 Q1", "expected a financial year such as 2021/22, found \"2021/22 Q1\""),
        ])
    func badYears(_ text: String, _ problem: String) {
        #expect(throws: FieldError(field: "year", problem)) { try ReportingYear(parsing: text) }
    }

    @Test("year arithmetic: a quarter's year, its place in it and the year's quarters")
    func arithmetic() {
        let april = FinancialYear.april
        let period = q("2021/22 Q3")
        #expect(april.reportingYear(of: period) == ReportingYear(startYear: 2021))
        #expect(april.position(of: period) == 3)
        #expect(period.periodsPerYear == 4)
        #expect(
            april.periods(.quarter, of: ReportingYear(startYear: 2021)) == [
                q("2021/22 Q1"), q("2021/22 Q2"), q("2021/22 Q3"), q("2021/22 Q4"),
            ])
        #expect(april.lastPeriodOfYear(like: period) == q("2021/22 Q4"))
        #expect(ReportingYear(startYear: 2021).previous == ReportingYear(startYear: 2020))
        #expect(april.startsYear(q("2021/22 Q1")) && !april.startsYear(period))
    }

    @Test("a monthly year-to-date indicator: twelve periods, even is 100/12 a month, the months by the year start")
    func monthly() throws {
        let indicator = Indicator(
            id: try IndicatorID("BEN02"), title: "Claims decided, year to date", unit: .count,
            polarity: .higherIsBetter, frequency: .monthly, cumulative: true, definedAt: t("2021-01-01"))
        #expect(indicator.periodsPerYear == 12)
        let year = YearTarget(
            year: ReportingYear(startYear: 2021), value: f("1200"), profile: .even, recordedAt: t("2021-03-01"))
        try year.validate(for: indicator)
        let april = FinancialYear.april
        #expect(year.target(for: Period(year: 2021, month: 4), indicator: indicator, in: april).value == f("100"))
        #expect(year.target(for: Period(year: 2021, month: 9), indicator: indicator, in: april).value == f("600"))
        #expect(year.target(for: Period(year: 2022, month: 3), indicator: indicator, in: april).value == f("1200"))
        #expect(
            year.target(for: Period(year: 2021, month: 9), indicator: indicator, in: april).from
                == Period(year: 2021, month: 4))
        let january = FinancialYear(startMonth: 1)
        #expect(
            year.target(for: Period(year: 2021, month: 9), indicator: indicator, in: january).value == f("900"),
            "September is month 9 of a year from January")
        #expect(throws: FieldError.self) {
            try YearTarget(
                year: ReportingYear(startYear: 2021), value: f("1200"),
                profile: .cumulative([f("25"), f("50"), f("75"), f("100")]),
                recordedAt: t("2021-03-01")
            ).validate(for: indicator)
        }
        // A snapshot finds a month's year target by the store's year start.
        let history = IndicatorHistory(indicator: indicator, yearTargets: [year])
        #expect(
            history.asOf(nil, in: april)?.target(for: Period(year: 2022, month: 2))?.value == f("1100"),
            "Feb 2022 is month 11 of 2021/22")
        #expect(
            history.asOf(nil, in: january)?.target(for: Period(year: 2022, month: 2)) == nil,
            "Feb 2022 is in 2022/23 from January")
    }
}
