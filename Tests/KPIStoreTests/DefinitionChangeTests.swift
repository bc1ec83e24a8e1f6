import Foundation
import KPIModel
import Testing

@testable import KPIStore

/// Back-filled history, redefinitions, retirement and targets turned off, through the store.
@Suite("Changing definitions in the store")
struct DefinitionChangeTests {
    @Test("history may be recorded before the definition, and check accepts it")
    func backFilling() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.record("ICT01", "2019/20 Q2", "80", at: "2019-10-10")
        try test.store.addTarget(
            TargetChange(from: q("2019/20 Q1"), value: f("85"), recordedAt: t("2019-03-01")), to: id("ICT01"))
        #expect(try test.store.check().isEmpty)
        let snapshots = try test.store.snapshots(asOf: t("2019-12-31"))
        #expect(snapshots.map(\.indicator.id.rawValue) == ["ICT01"])
        #expect(snapshots[0].value(for: q("2019/20 Q2"))?.value == f("80"))
        #expect(snapshots[0].target(for: q("2019/20 Q2"))?.value == f("85"))
    }

    @Test("redefine appends a line; the old definition still applies as of earlier dates")
    func redefine() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.store.redefine(
            id("ICT01"),
            DefinitionChange(
                title: "ICT incidents fixed in 2 days", theme: "",
                recordedAt: t("2021-01-01"), note: "Shorter", by: "Ann"))
        #expect(
            try test.text("ICT01").hasSuffix(
                "redefine title \"ICT incidents fixed in 2 days\" theme \"\" recorded 2021-01-01T00:00:00Z note \"Shorter\" by \"Ann\"\n"
            ))
        let history = try test.store.load(id("ICT01")).requireHistory()
        #expect(history.definition(asOf: nil).title == "ICT incidents fixed in 2 days")
        #expect(history.definition(asOf: nil).theme == nil)
        #expect(history.definition(asOf: t("2020-12-31")).title == test.ict01.title)
        #expect(try test.store.check().isEmpty)
    }

    @Test(
        "a redefinition that would break a line in force is refused, naming the lines, and changes nothing",
        arguments: [
            (
                DefinitionChange(allowsAnyPercent: false, recordedAt: t("2022-01-01")),
                [
                    "command line: redefine: the new allow-any-percent would break 1 line in force; nothing was changed",
                    "/ANY.kpi:9: value: expected a percentage from 0 to 100 for ANY, found 120 (define the indicator with --allow-any-percent to allow this)",
                ]
            ),
            (
                DefinitionChange(polarity: .lowerIsBetter, recordedAt: t("2022-01-01")),
                [
                    "command line: redefine: the new better would break 1 line in force; nothing was changed",
                    "/ANY.kpi:8: amber: expected a threshold at or above the target 90 because lower is better, found 85",
                ]
            ),
        ])
    func redefinitionRefused(change: DefinitionChange, expected: [String]) throws {
        let test = try TestStore()
        try test.store.define(
            Indicator(
                id: id("ANY"), title: "Any", unit: .percent, polarity: .higherIsBetter,
                allowsAnyPercent: true, definedAt: t("2020-01-01")),
            target: TargetChange(
                from: q("2020/21 Q1"), value: f("90"), amber: .threshold(f("85")), recordedAt: t("2020-01-01")))
        try test.record("ANY", "2020/21 Q1", "120", at: "2020-08-01")
        try test.record("ANY", "2020/21 Q2", "130", at: "2020-11-01")
        try test.record("ANY", "2020/21 Q2", "95", at: "2020-12-01", revise: true)  // 130 no longer in force
        let before = try test.contents()
        let error = try #require(errorMessage { try test.store.redefine(id("ANY"), change) })
        let lines = error.message.split(separator: "\n").map { $0.replacingOccurrences(of: test.directory, with: "") }
        #expect(lines == expected)
        #expect(error.kind == .badData)
        #expect(try test.contents() == before)
    }

    @Test("reinstating an indicator that is not retired is refused; retire then reinstate is kept as history")
    func retireAndReinstate() throws {
        let test = try TestStore()
        try test.defineSamples()
        let error = errorMessage {
            try test.store.retire(id("HR01"), Retirement(.reinstate, recordedAt: t("2021-01-01")))
        }
        #expect(
            error?.message.hasSuffix(
                "HR01.kpi: HR01 is not retired, so there is nothing to reinstate; nothing was changed") == true)
        #expect(error?.kind == .badData)
        try test.store.retire(
            id("HR01"), Retirement(.retire(from: q("2021/22 Q1")), recordedAt: t("2021-02-01"), note: "Replaced"))
        try test.store.retire(id("HR01"), Retirement(.reinstate, recordedAt: t("2021-03-01")))
        #expect(
            try test.text("HR01").hasSuffix(
                "retire 2021/22 Q1 recorded 2021-02-01T00:00:00Z note \"Replaced\"\nreinstate recorded 2021-03-01T00:00:00Z\n"
            ))
        let history = try test.store.load(id("HR01")).requireHistory()
        #expect(history.retiredFrom(asOf: t("2021-02-15")) == q("2021/22 Q1"))
        #expect(history.retiredFrom(asOf: nil) == nil)
    }

    @Test("wave-two lines read back: by, target none, redefine, retire, reinstate")
    func newLinesParse() throws {
        let text = """
            indicator X defined 2020-01-01T00:00:00Z by "Ann Smith"
            title "X"
            unit percent
            better higher
            target 2020/21 Q1 90 tolerance 5 recorded 2020-01-01T00:00:00Z by "Ann Smith"
            value 2020/21 Q1 88 recorded 2020-08-01T00:00:00Z note "n" by "Bo"
            target 2021/22 Q1 none recorded 2021-03-01T00:00:00Z
            redefine better lower decimals 1 allow-any-percent true recorded 2021-04-01T00:00:00Z by "Cy"
            retire 2022/23 Q1 recorded 2022-03-01T00:00:00Z note "gone"
            reinstate recorded 2022-06-01T00:00:00Z

            """
        let file = SeriesFileParser.parse(Array(text.utf8), path: "S/X.kpi", expectedID: id("X"))
        #expect(file.problems.isEmpty, "\(file.problems)")
        let history = try file.requireHistory()
        #expect(history.indicator.definedBy == "Ann Smith")
        #expect(history.observations[0].by == "Bo")
        #expect(history.targetChanges.map(\.value) == [f("90"), nil])
        #expect(history.definitionChanges.first?.changedFields == ["better", "decimals", "allow-any-percent"])
        #expect(history.retirements.count == 2)
        // Written back line by line, the same text.
        var written =
            SeriesLine.definition(history.indicator).split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        written += SeriesLine.target(history.targetChanges[0]) + SeriesLine.observation(history.observations[0])
        written += SeriesLine.target(history.targetChanges[1]) + SeriesLine.redefinition(history.definitionChanges[0])
        written += history.retirements.map(SeriesLine.retirement).joined()
        #expect(
            written.replacingOccurrences(of: "decimals 0\n", with: "")
                == text.replacingOccurrences(of: "\n\n", with: "\n"))
    }

    @Test(
        "bad wave-two lines are each reported with their line",
        arguments: [
            (
                "redefine recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: redefine: expected at least one of title, unit, better, frequency, decimals, theme, source, description, allow-any-percent, cumulative, green-tolerance, found none"
            ),
            (
                "redefine unit furlongs recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: unit: expected one of percent, count, days, gbp, number, found \"furlongs\""
            ),
            (
                "redefine allow-any-percent maybe recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: allow-any-percent: expected true or false, found \"maybe\""
            ),
            (
                "redefine title Bare recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: title: expected text in double quotes, found \"Bare\""
            ),
            (
                "retire 2021/22 Q5 recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Q5\" (a quarter is Q1 to Q4)"
            ),
            (
                "reinstate\n",
                "S/X.kpi:5: recorded: expected \"recorded 2021-11-10T09:00:00Z\" on every reinstate line, found none"
            ),
            (
                "target 2021/22 Q1 none amber 3 recorded 2021-01-01T00:00:00Z\n",
                "S/X.kpi:5: target: expected one of by, recorded, found \"amber\""
            ),
            (
                "value 2021/22 Q1 5 recorded 2021-01-01T00:00:00Z by Ann\n",
                "S/X.kpi:5: by: expected text in double quotes, found \"Ann\""
            ),
            // A value valid when recorded, broken by a later change of definition.
            (
                "value 2021/22 Q1 120 recorded 2021-01-01T00:00:00Z\nredefine allow-any-percent false recorded 2020-06-01T00:00:00Z\n",
                "S/X.kpi:5: value: expected a percentage from 0 to 100 for X, found 120 (define the indicator with --allow-any-percent to allow this)"
            ),
        ])
    func badNewLines(line: String, expected: String) {
        let text = "indicator X defined 2020-01-01T00:00:00Z\ntitle \"X\"\nunit percent\nbetter higher\n" + line
        let file = SeriesFileParser.parse(Array(text.utf8), path: "S/X.kpi", expectedID: id("X"))
        #expect(file.problems.map(\.message) == [expected])
    }

    @Test("a value allowed when recorded and no longer in force when the definition forbids it is no problem")
    func outOfForceIsFine() {
        let text = """
            indicator X defined 2020-01-01T00:00:00Z
            title "X"
            unit percent
            better higher
            allow-any-percent
            value 2021/22 Q1 120 recorded 2021-01-01T00:00:00Z
            revise 2021/22 Q1 90 recorded 2021-02-01T00:00:00Z
            redefine allow-any-percent false recorded 2021-06-01T00:00:00Z

            """
        #expect(SeriesFileParser.parse(Array(text.utf8), path: "S/X.kpi", expectedID: id("X")).problems.isEmpty)
    }

    @Test("a value allowed when recorded but in force after a change that forbids it is a problem")
    func inForceAgainstCurrentDefinition() {
        let text = """
            indicator X defined 2020-01-01T00:00:00Z
            title "X"
            unit percent
            better higher
            allow-any-percent
            value 2021/22 Q1 120 recorded 2021-01-01T00:00:00Z
            redefine allow-any-percent false recorded 2021-06-01T00:00:00Z

            """
        let file = SeriesFileParser.parse(Array(text.utf8), path: "S/X.kpi", expectedID: id("X"))
        #expect(
            file.problems.map(\.message) == [
                "S/X.kpi:6: value: expected a percentage from 0 to 100 for X, found 120 (define the indicator with --allow-any-percent to allow this) under the definition in force now (see the redefine line 7)"
            ])
    }
}
