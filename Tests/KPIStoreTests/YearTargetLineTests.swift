import Foundation
import KPIModel
import Testing

@testable import KPIStore

private func parse(_ text: String) -> SeriesFile {
    SeriesFileParser.parse(Array(text.utf8), path: "S/KM01.kpi", expectedID: try! IndicatorID("KM01"))
}

@Suite("Year targets, forecasts, cumulative and closer in Series files")
struct YearTargetLineTests {
    static let budgetHeader = """
        indicator KM01 defined 2009-10-23T00:00:00Z by "Finance"
        title "Knowledge Management staff"
        unit gbp
        better closer
        decimals 0
        cumulative
        green-tolerance 1

        """

    @Test("every new line reads and writes back to the same text")
    func roundTrip() throws {
        let text =
            Self.budgetHeader + """
                year-target 2009/10 233103 profile 25,49.99957,75,100 tolerance 5 recorded 2009-10-23T00:00:00Z by "Finance"
                target 2010/11 Q1 240000 tolerance 5 green-tolerance 2 recorded 2010-03-01T00:00:00Z
                value 2009/10 Q2 76244 recorded 2009-10-23T00:00:00Z note "Ongoing vacancy"
                forecast 2009/10 Q2 233103 recorded 2009-10-23T00:00:00Z note "Fully spent" by "Finance"
                revise-forecast 2009/10 Q2 220000 recorded 2009-11-30T00:00:00Z
                redefine cumulative false green-tolerance 0.5 recorded 2010-04-01T00:00:00Z
                redefine cumulative true recorded 2010-04-02T00:00:00Z

                """
        let file = parse(text)
        #expect(file.problems.isEmpty, "\(file.problems)")
        let history = try file.requireHistory()
        #expect(history.indicator.cumulative && history.indicator.polarity == .closer)
        #expect(history.indicator.greenTolerance == f("1"))
        #expect(history.yearTargets.count == 1 && history.forecasts.count == 2)
        #expect(file.yearTargetLines == [8] && file.forecastLines == [11, 12] && file.targetLines == [9])
        var written = SeriesLine.definition(history.indicator).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().joined(separator: "\n")
        written += SeriesLine.yearTarget(history.yearTargets[0]) + SeriesLine.target(history.targetChanges[0])
        written += SeriesLine.observation(history.observations[0])
        written += history.forecasts.map { SeriesLine.observation($0, kind: .forecast) }.joined()
        written += history.definitionChanges.map(SeriesLine.redefinition).joined()
        #expect(written == text)
        let now = history.asOf(nil)!
        #expect(now.forecast(for: q("2009/10 Q2"))?.value == f("220000"))
        #expect(history.asOf(t("2009-11-01"))!.forecast(for: q("2009/10 Q2"))?.value == f("233103"))
        #expect(now.target(for: q("2009/10 Q2"))?.value == f("116550"))
        #expect(now.indicator.greenTolerance == f("0.5"))
    }

    @Test(
        "bad lines are each reported with their line, field and what was expected",
        arguments: [
            (
                "year-target 2009/10 233103 profile 25,50,40,100 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: profile: expected cumulative percentages that never fall, found 40 after 50 in \"25,50,40,100\""
            ),
            (
                "year-target 2009/10 233103 profile 25,50,75,90 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: profile: expected the last percentage to be exactly 100 (the year-end target), found 90 in \"25,50,75,90\""
            ),
            (
                "year-target 2009-10 233103 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: year: expected the canonical form \"2009/10\", found \"2009-10\""
            ),
            (
                "year-target 2009/10 Q2 233103 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: target: expected a number such as 85.5, found \"Q2\""
            ),
            (
                "year-target 2009/10 0 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: target: expected a target other than 0 for KM01, whose better is closer (closeness is measured in percent of the target), found 0"
            ),
            (
                "year-target 2009/10 1000 amber 900 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: amber: expected --tolerance, a percentage, with the year target of KM01, which is year to date (an absolute amber threshold cannot follow the profile), found 900"
            ),
            (
                "year-target 2009/10 1000 tolerance 0.5 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: tolerance: expected an amber tolerance at least the green tolerance 1% for KM01, found 0.5% (the 2009/10 Q1 target, 25% of 1000)"
            ),
            (
                "target 2009/10 Q1 0 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: target: expected a target other than 0 for KM01, whose better is closer (closeness is measured in percent of the target), found 0"
            ),
            (
                "target 2009/10 Q1 1000 amber 900 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: amber: expected no absolute amber threshold for KM01, whose better is closer (give --tolerance, a percentage of the target, instead), found 900"
            ),
            (
                "forecast 2009/10 Q2 100 recorded 2009-10-23T00:00:00Z\nforecast 2009/10 Q2 200 recorded 2009-10-24T00:00:00Z\n",
                "S/KM01.kpi:9: forecast: expected one forecast line for 2009/10 Q2, found a second (the first is at line 8); a correction is a revise-forecast line"
            ),
            (
                "revise-forecast 2009/10 Q2 100 recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: revise-forecast: expected an earlier forecast for 2009/10 Q2 to revise, found none (use a forecast line)"
            ),
            (
                "forecast 2009/10 Q2 100 recorded 2009-10-23T00:00:00Z\nrevise-forecast 2009/10 Q2 200 recorded 2009-10-22T00:00:00Z\n",
                "S/KM01.kpi:9: recorded: expected a revision recorded at or after the forecast it revises (2009-10-23T00:00:00Z, line 8), found 2009-10-22T00:00:00Z"
            ),
            (
                "forecast 2009/10 Q2 lots recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: forecast: expected a number such as 85.5, found \"lots\""
            ),
            (
                "redefine cumulative maybe recorded 2009-10-23T00:00:00Z\n",
                "S/KM01.kpi:8: cumulative: expected true or false, found \"maybe\""
            ),
            (
                "year-target 2009/10 1000 recorded 2009-10-23T00:00:00Z\nredefine better higher recorded 2009-11-01T00:00:00Z\ntarget 2010/11 Q1 5 green-tolerance 1 recorded 2009-12-01T00:00:00Z\n",
                "S/KM01.kpi:10: green-tolerance: expected a green tolerance only for an indicator whose better is closer, found 1 for KM01, whose better is higher"
            ),
        ])
    func badLines(_ lines: String, _ expected: String) {
        let file = parse(Self.budgetHeader + lines)
        #expect(file.problems.map(\.message) == [expected])
    }

    @Test("a profiled year target is refused once the indicator stops being year to date, naming the line")
    func profileAfterRedefinition() {
        let file = parse(
            Self.budgetHeader + """
                year-target 2009/10 1000 profile even recorded 2009-10-23T00:00:00Z
                redefine cumulative false recorded 2009-11-01T00:00:00Z

                """)
        #expect(
            file.problems.map(\.message) == [
                "S/KM01.kpi:8: profile: expected no profile for KM01, which is not year to date (a year target applies to every period of the year alike; redefine it with --cumulative true for a profiled target), found even under the definition in force now (see the redefine line 9)"
            ])
    }

    @Test("a green tolerance in a definition that is not closer is refused")
    func greenOnHigher() {
        let file = parse(
            "indicator KM01 defined 2009-10-23T00:00:00Z\ntitle \"X\"\nunit gbp\nbetter higher\ngreen-tolerance 1\n")
        #expect(
            file.problems.map(\.message) == [
                "S/KM01.kpi:5: green-tolerance: expected a green tolerance only for an indicator whose better is closer, found 1 for KM01, whose better is higher"
            ])
    }

    @Test("commands: year target, forecast and revise through the store; refusals leave every byte unchanged")
    func commands() throws {
        let test = try TestStore()
        let indicator = Indicator(
            id: try IndicatorID("AUD01"), title: "Audit plan", unit: .percent, polarity: .higherIsBetter,
            decimals: 1, cumulative: true, definedAt: t("2021-03-01"))
        try test.store.define(indicator)
        let (targets, _) = try test.store.addYearTarget(
            YearTarget(
                year: ReportingYear(startYear: 2021), value: f("95"),
                recordedAt: t("2021-03-01")), to: indicator.id)
        #expect(targets.map(\.target.value.text) == ["23.8", "47.5", "71.3", "95"])
        _ = try test.store.record(
            indicator.id, period: q("2021/22 Q2"), value: f("90"), note: "On track", revise: false,
            recordedAt: t("2021-10-20"), kind: .forecast)
        let before = try test.contents()
        #expect(
            throws: KPIError(
                .badData,
                "command line: AUD01 already has a forecast made in 2021/22 Q2 (90, recorded 2021-10-20T00:00:00Z); to correct it, record it again with --revise"
            )
        ) {
            try test.store.record(
                indicator.id, period: q("2021/22 Q2"), value: f("80"), note: nil, revise: false,
                recordedAt: t("2021-10-21"), kind: .forecast)
        }
        #expect(
            throws: KPIError(
                .badData,
                "command line: forecast: expected a percentage from 0 to 100 for AUD01, found 101 (define the indicator with --allow-any-percent to allow this)"
            )
        ) {
            try test.store.record(
                indicator.id, period: q("2021/22 Q3"), value: f("101"), note: nil, revise: false,
                recordedAt: t("2021-10-21"), kind: .forecast)
        }
        #expect(
            throws: KPIError(
                .badData,
                "command line: profile: expected 4 cumulative percentages, one for each period of the year, found 2 in \"50,100\""
            )
        ) {
            try test.store.addYearTarget(
                YearTarget(
                    year: ReportingYear(startYear: 2022), value: f("95"), profile: .cumulative([f("50"), f("100")]),
                    recordedAt: t("2022-03-01")), to: indicator.id)
        }
        #expect(try test.contents() == before)
        let (revised, _) = try test.store.record(
            indicator.id, period: q("2021/22 Q2"), value: f("85"), note: nil, revise: true,
            recordedAt: t("2021-11-01"), kind: .forecast)
        #expect(revised.isRevision)
        #expect(
            try test.text("AUD01").hasSuffix(
                """
                year-target 2021/22 95 recorded 2021-03-01T00:00:00Z
                forecast 2021/22 Q2 90 recorded 2021-10-20T00:00:00Z note "On track"
                revise-forecast 2021/22 Q2 85 recorded 2021-11-01T00:00:00Z

                """))
        #expect(try test.store.check().isEmpty)
    }

    @Test(
        "redefining to not year to date is refused while a profiled year target is in force, naming it; store unchanged"
    )
    func redefinitionRefused() throws {
        let test = try TestStore()
        let indicator = Indicator(
            id: try IndicatorID("AUD01"), title: "Audit plan", unit: .percent, polarity: .higherIsBetter,
            cumulative: true, definedAt: t("2021-03-01"))
        try test.store.define(indicator)
        try test.store.addYearTarget(
            YearTarget(
                year: ReportingYear(startYear: 2021), value: f("95"), profile: .even,
                recordedAt: t("2021-03-01")), to: indicator.id)
        let before = try test.contents()
        let error = #expect(throws: KPIError.self) {
            try test.store.redefine(indicator.id, DefinitionChange(cumulative: false, recordedAt: t("2021-04-01")))
        }
        #expect(
            error?.message.split(separator: "\n").map(String.init) == [
                "command line: redefine: the new cumulative would break 1 line in force; nothing was changed",
                "\(test.directory)/AUD01.kpi:8: profile: expected no profile for AUD01, which is not year to date (a year target applies to every period of the year alike; redefine it with --cumulative true for a profiled target), found even",
            ])
        #expect(
            throws: KPIError(
                .badData,
                "command line: green-tolerance: expected a green tolerance only for an indicator whose better is closer, found 1 for AUD01, whose better is higher"
            )
        ) {
            try test.store.redefine(indicator.id, DefinitionChange(greenTolerance: f("1"), recordedAt: t("2021-04-01")))
        }
        #expect(try test.contents() == before)
    }
}
