import Foundation
import KPIModel
import Testing

@testable import KPIStore

/// Monthly and annual indicators in Series files and through the store's commands.
@Suite("Monthly and annual indicators in the store")
struct FrequencyStoreTests {
    static func definition(_ frequency: String?) -> String {
        """
        indicator X defined 2020-01-01T00:00:00Z
        title "X"
        unit count
        better higher

        """ + (frequency.map { "frequency \($0)\n" } ?? "")
    }

    func parse(_ text: String) -> SeriesFile {
        SeriesFileParser.parse(Array(text.utf8), path: "S/X.kpi", expectedID: try! IndicatorID("X"))
    }

    static let months =
        #"a month such as "Apr 2021" (or "April 2021", "Sept 2021", "Apr-21", "Apr 21", "2021-04", "04/2021", "2021/22 M01", "Month 1 2021/22", "Period 1 2021/22")"#
    static let years = #"a financial year such as "2021/22" (or "FY 2021/22", "FY2021-22", "2021/22 full year")"#
    static let quarters = #"a quarter such as "2021/22 Q2" (or "Q2 2021/22", "Quarter 2 2021/22", "2021-22 Q2")"#

    static let handEditCases: [(String, String)] = [
        (
            definition("monthly") + "value April 2021 5 recorded 2021-05-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected the canonical form "Apr 2021", found "April 2021""#
        ),
        (
            definition("monthly") + "value APR 2021 5 recorded 2021-05-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected the canonical form "Apr 2021", found "APR 2021""#
        ),
        (
            definition("monthly") + "value 2021-04 5 recorded 2021-05-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected the canonical form "Apr 2021", found "2021-04""#
        ),
        (
            definition("monthly") + "value 2021/22 M01 5 recorded 2021-05-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected a month in the canonical form such as "Apr 2021", found the financial-year month number "2021/22 M01""#
        ),
        (
            definition("monthly") + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\n",
            "S/X.kpi:6: period: expected \(months) for the monthly indicator X, found the quarter 2021/22 Q1"
        ),
        (
            definition("monthly") + "target 2021/22 5 recorded 2021-08-01T00:00:00Z\n",
            "S/X.kpi:6: period: expected \(months) for the monthly indicator X, found the year 2021/22"
        ),
        (
            definition("annual") + "value FY2021-22 5 recorded 2022-06-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected the canonical form "2021/22", found "FY2021-22""#
        ),
        (
            definition("annual") + "value 2021/22 Q5 5 recorded 2022-06-01T00:00:00Z\n",
            #"S/X.kpi:6: period: expected a quarter such as "2021/22 Q2", found "2021/22 Q5" (a quarter is Q1 to Q4)"#
        ),
        (
            definition("annual") + "retire Apr 2022 recorded 2022-06-01T00:00:00Z\n",
            "S/X.kpi:6: period: expected \(years) for the annual indicator X, found the month Apr 2022"
        ),
        (
            definition(nil) + "value 2021/22 5 recorded 2022-06-01T00:00:00Z\n",
            "S/X.kpi:5: period: expected \(quarters) for the quarterly indicator X, found the year 2021/22"
        ),
        (definition("weekly"), #"S/X.kpi:5: frequency: expected quarterly, monthly or annual, found "weekly""#),
        (
            definition("annual")
                + "value 2021/22 5 recorded 2022-06-01T00:00:00Z\nredefine frequency monthly recorded 2022-07-01T00:00:00Z\n",
            "S/X.kpi:7: frequency: expected a change of frequency only before any value, target or retirement, found one after line 6"
        ),
        (
            definition("annual")
                + "redefine frequency monthly recorded 2022-07-01T00:00:00Z\nvalue 2021/22 5 recorded 2022-06-01T00:00:00Z\n",
            "S/X.kpi:7: period: expected \(months) for the monthly indicator X, found the year 2021/22"
        ),
    ]

    @Test("bad month and year lines are each reported with their line", arguments: handEditCases)
    func handEdits(_ text: String, _ expected: String) {
        #expect(parse(text).problems.map(\.message) == [expected])
    }

    @Test("lines of each frequency read back as written, and the frequency comes from the definition or a redefine")
    func roundTrip() throws {
        for (frequency, periods) in [
            (Frequency.monthly, ["Apr 2021", "Dec 2021", "Jan 2022"]),
            (.annual, ["2019/20", "2020/21", "2021/22"]),
            (.quarterly, ["2021/22 Q1", "2021/22 Q4", "2022/23 Q1"]),
        ] {
            let indicator = Indicator(
                id: try IndicatorID("X"), title: "X", unit: .count, polarity: .higherIsBetter,
                frequency: frequency, definedAt: t("2020-01-01"))
            let parsed = periods.map { try! Period(parsing: $0, in: .april) }
            var text = SeriesLine.definition(indicator)
            text += SeriesLine.target(
                TargetChange(from: parsed[0], value: f("5"), amber: .tolerance(f("10")), recordedAt: t("2020-01-01")))
            for period in parsed {
                text += SeriesLine.observation(
                    Observation(period: period, value: f("7"), recordedAt: t("2022-06-01"), note: "n"))
                text += SeriesLine.observation(
                    Observation(period: period, value: f("8"), recordedAt: t("2022-06-02"), isRevision: true))
            }
            text += SeriesLine.retirement(Retirement(.retire(from: parsed[2]), recordedAt: t("2022-06-03")))
            let file = parse(text)
            #expect(file.problems.isEmpty, "\(frequency): \(file.problems)")
            let history = try #require(file.history)
            #expect(history.indicator.frequency == frequency)
            #expect(history.observations.map(\.period) == parsed.flatMap { [$0, $0] })
            #expect(history.targetChanges.map(\.from) == [parsed[0]])
            #expect(history.retiredFrom(asOf: nil) == parsed[2])
            #expect(text.contains("value \(periods[1]) 7 recorded"))
        }
        let redefined = parse(
            Self.definition(nil)
                + "redefine frequency monthly recorded 2020-02-01T00:00:00Z\nvalue Apr 2021 5 recorded 2021-05-01T00:00:00Z\n"
                + "redefine frequency monthly note \"no change\" recorded 2022-01-01T00:00:00Z\n")
        #expect(redefined.problems.isEmpty)
        #expect(redefined.history?.definition(asOf: nil).frequency == .monthly)
        #expect(
            redefined.history?.definition(asOf: t("2020-01-15")).frequency == .monthly,
            "every view has the frequency set last: it changed before any figure")
    }

    @Test("the fast paths read every canonical period as the full parser does", arguments: Period.Length.allCases)
    func fastPaths(_ length: Period.Length) {
        let frequency = length.frequency.rawValue
        let first: Period =
            length == .month
            ? Period(year: 1990, month: 1)
            : length == .quarter ? Period(startYear: 1990, quarter: 1) : Period(financialYearStarting: 1990)
        var text = Self.definition(frequency)
        var expected: [Period] = []
        for offset in 0..<(60 * length.periodsPerYear) {
            let period = first.advanced(by: offset)!
            expected.append(period)
            text += "value \(period) \(offset) recorded 2030-01-01T00:00:00Z\n"
        }
        let file = parse(text)
        #expect(file.problems.isEmpty)
        #expect(file.history?.observations.map(\.period) == expected)
        #expect(file.history?.observations.map(\.value.text) == expected.indices.map(String.init))
    }

    @Test("record, target and retire refuse a period of another frequency and leave the store unchanged")
    func refusals() throws {
        let test = try TestStore()
        let monthly = Indicator(
            id: id("M1"), title: "Calls", unit: .count, polarity: .higherIsBetter, frequency: .monthly,
            definedAt: t("2020-01-01"))
        try test.store.define(
            monthly, target: TargetChange(from: q("Apr 2020"), value: f("100"), recordedAt: t("2020-01-01")))
        _ = try test.store.record(
            id("M1"), period: q("Sep 2021"), value: f("95"), note: nil, revise: false, recordedAt: t("2021-10-20"))
        let before = try test.contents()
        let attempts: [() throws -> Void] = [
            {
                _ = try test.store.record(
                    id("M1"), period: q("2021/22 Q2"), value: f("5"), note: nil, revise: false,
                    recordedAt: t("2021-11-01"))
            },
            {
                try test.store.addTarget(
                    TargetChange(from: q("2022/23"), value: f("5"), recordedAt: t("2022-01-01")), to: id("M1"))
            },
            {
                try test.store.retire(id("M1"), Retirement(.retire(from: q("2022/23 Q1")), recordedAt: t("2022-01-01")))
            },
            { try test.store.redefine(id("M1"), DefinitionChange(frequency: .annual, recordedAt: t("2022-01-01"))) },
            {
                try test.store.define(
                    Indicator(
                        id: id("A1"), title: "Survey", unit: .percent, polarity: .higherIsBetter, frequency: .annual,
                        definedAt: t("2020-01-01")),
                    target: TargetChange(from: q("Apr 2020"), value: f("70"), recordedAt: t("2020-01-01")))
            },
        ]
        for attempt in attempts {
            let error = errorMessage(attempt)
            #expect(error?.kind == .badData, "\(String(describing: error))")
        }
        #expect(try test.contents() == before)
        // Before any period is recorded the frequency may change.
        try test.store.define(
            Indicator(
                id: id("A2"), title: "Survey", unit: .percent, polarity: .higherIsBetter, definedAt: t("2020-01-01")))
        try test.store.redefine(id("A2"), DefinitionChange(frequency: .annual, recordedAt: t("2020-02-01")))
        _ = try test.store.record(
            id("A2"), period: q("2020/21"), value: f("68"), note: nil, revise: false, recordedAt: t("2021-06-01"))
        #expect(
            try test.text("A2").hasSuffix(
                "redefine frequency annual recorded 2020-02-01T00:00:00Z\nvalue 2020/21 68 recorded 2021-06-01T00:00:00Z\n"
            ))
    }

    @Test("imports read financial-year month numbers with the store's year start, and a frequency column")
    func imports() throws {
        let test = try TestStore(yearStartMonth: 1)
        try test.write(
            "defs.csv",
            """
            id,title,unit,better,frequency,target,from,recorded_at
            M1,Calls,count,higher,monthly,100,2021/22 M01,2020-01-01
            A1,Survey,percent,higher,annual,70,FY 2020/21,2020-01-01
            Q1,Incidents,percent,higher,,90,Q1 2021/22,2020-01-01

            """)
        let outcome = try DefinitionImport.run(
            path: test.root + "/defs.csv", directory: test.directory, update: false, by: nil)
        #expect(outcome.defined == 3 && outcome.targets == 3)
        #expect(
            try test.text("M1").contains("\nfrequency monthly\ndecimals 0\ntarget Jan 2021 100 recorded"),
            "M01 is January when the year starts in January")
        #expect(try test.text("A1").contains("\ntarget 2020/21 70 recorded"))
        #expect(try !test.text("Q1").contains("frequency"))

        try test.write(
            "values.csv",
            """
            indicator,period,value,recorded_at
            M1,2021/22 M03,98,2021-04-20
            M1,Apr-21,101,2021-05-20
            A1,2020/21 full year,68,2021-06-01

            """)
        #expect(try ObservationImport.run(path: test.root + "/values.csv", store: test.store, revise: false).count == 3)
        #expect(
            try test.text("M1").contains(
                "\nvalue Mar 2021 98 recorded 2021-04-20T00:00:00Z\nvalue Apr 2021 101 recorded"))

        try test.write(
            "bad.csv",
            """
            indicator,period,value
            M1,2021/22 Q1,5
            A1,Sep 2021,5
            Q1,Sept 2021x,5

            """)
        let before = try test.contents()
        let error = errorMessage {
            _ = try ObservationImport.run(path: test.root + "/bad.csv", store: test.store, revise: false)
        }
        let lines = error?.message.split(separator: "\n").map(String.init) ?? []
        #expect(lines.first?.hasSuffix("bad.csv: 3 bad rows; nothing was imported") == true)
        #expect(lines.count == 4)
        #expect(
            lines[1].hasSuffix(
                "bad.csv:2: period: expected \(Self.months) for the monthly indicator M1, found the quarter 2021/22 Q1")
        )
        #expect(
            lines[2].hasSuffix(
                "bad.csv:3: period: expected \(Self.years) for the annual indicator A1, found the month Sep 2021"))
        #expect(lines[3].hasSuffix("bad.csv:4: period: expected a month such as \"Apr 2021\", found \"Sept 2021x\""))
        #expect(try test.contents() == before)
    }
}
