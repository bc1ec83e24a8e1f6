import Foundation
import KPIModel
import KPITestSupport
import Testing

@testable import KPIStore

@Suite("Series file parsing")
struct SeriesFileParserTests {
    static let definition = """
        indicator ICT01 defined 2020-01-01T00:00:00Z
        title "Incidents"
        unit percent
        better higher

        """

    func problems(_ text: String) -> [String] {
        SeriesFileParser.parse(Array(text.utf8), path: "S/ICT01.kpi", expectedID: try! IndicatorID("ICT01")).problems
            .map(\.message)
    }

    @Test(
        "bad hand edits are each reported with their line",
        arguments: [
            (
                definition + "colour red\n",
                [
                    "S/ICT01.kpi:5: line: expected a line starting with indicator, title, unit, better, frequency, decimals, allow-any-percent, cumulative, green-tolerance, theme, source, description, target, year-target, value, revise, forecast, revise-forecast, redefine, retire or reinstate, found \"colour\""
                ]
            ),
            (
                definition + "indicator ICT01 defined 2020-01-01T00:00:00Z\n",
                [
                    "S/ICT01.kpi:5: indicator: expected one definition per file, found a second indicator line (the first is at line 1)"
                ]
            ),
            // The definition after the stray value line is read as the (first) definition.
            (
                "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\n" + definition,
                [
                    "S/ICT01.kpi:1: value: expected the indicator definition first, found a value line before it"
                ]
            ),
            (
                "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\n",
                [
                    "S/ICT01.kpi:1: value: expected the indicator definition first, found a value line before it",
                    "S/ICT01.kpi:1: indicator: expected an indicator line such as \"indicator ICT01 defined 2019-03-01T09:00:00Z\", found none",
                ]
            ),
            (
                definition
                    + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\nvalue 2021/22 Q1 6 recorded 2021-08-02T00:00:00Z\n",
                [
                    "S/ICT01.kpi:6: value: expected one value line for 2021/22 Q1, found a second (the first is at line 5); a correction is a revise line"
                ]
            ),
            (
                definition + "revise 2021/22 Q1 6 recorded 2021-08-02T00:00:00Z\n",
                [
                    "S/ICT01.kpi:5: revise: expected an earlier value for 2021/22 Q1 to revise, found none (use a value line)"
                ]
            ),
            (
                definition
                    + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\nrevise 2021/22 Q1 6 recorded 2021-07-01T00:00:00Z\n",
                [
                    "S/ICT01.kpi:6: recorded: expected a revision recorded at or after the value it revises (2021-08-01T00:00:00Z, line 5), found 2021-07-01T00:00:00Z"
                ]
            ),
            (
                definition + "value 2021/22 Q1 85,5 recorded 2021-08-01T00:00:00Z\n",
                [
                    "S/ICT01.kpi:5: value: expected a number such as 85.5, found \"85,5\" (use a point for decimals and no thousands separators)"
                ]
            ),
            (
                definition + "value Q1 2021/22 5 recorded 2021-08-01T00:00:00Z\n",
                ["S/ICT01.kpi:5: period: expected the canonical form \"2021/22 Q1\", found \"Q1 2021/22\""]
            ),
            (
                definition + "value 2021/22 Q1\n",
                ["S/ICT01.kpi:5: value: expected \"value 2021/22 Q2 85 recorded 2021-11-10T09:00:00Z\", found 3 fields"]
            ),
            (
                definition + "value 2021/22 Q1 5\n",
                ["S/ICT01.kpi:5: recorded: expected \"recorded 2021-11-10T09:00:00Z\" on every value line, found none"]
            ),
            (
                definition + "value 2021/22 Q1 5 note \"x\"\n",
                ["S/ICT01.kpi:5: recorded: expected \"recorded 2021-11-10T09:00:00Z\" on every value line, found none"]
            ),
            (
                definition + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z note \"unclosed\n",
                ["S/ICT01.kpi:5: line: expected a closing double quote"]
            ),
            (
                definition + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z colour red\n",
                ["S/ICT01.kpi:5: value: expected one of by, note, recorded, found \"colour\""]
            ),
            (
                definition + "target 2021/22 Q1 90 amber 95 recorded 2021-03-01T00:00:00Z\n",
                [
                    "S/ICT01.kpi:5: amber: expected a threshold at or below the target 90 because higher is better, found 95"
                ]
            ),
            (
                definition + "target 2021/22 Q1 90 amber 85 tolerance 5 recorded 2021-03-01T00:00:00Z\n",
                ["S/ICT01.kpi:5: amber: expected either amber or tolerance, found both"]
            ),
            (
                definition + "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\ntitle \"Late\"\n",
                ["S/ICT01.kpi:6: title: expected definition lines before the history, found title after a history line"]
            ),
            (
                "indicator ICT02 defined 2020-01-01T00:00:00Z\ntitle \"x\"\nunit count\nbetter higher\n",
                ["S/ICT01.kpi:1: indicator: expected the id ICT01 to match the file name, found ICT02"]
            ),
            (
                "indicator ICT01 defined 2020-01-01T00:00:00Z\ntitle \"x\"\n",
                ["S/ICT01.kpi:1: unit: expected unit, better lines in the definition, found none"]
            ),
            (
                "# only a comment\n",
                [
                    "S/ICT01.kpi:1: indicator: expected an indicator line such as \"indicator ICT01 defined 2019-03-01T09:00:00Z\", found none"
                ]
            ),
            (
                definition + "unit count\n",
                ["S/ICT01.kpi:5: unit: expected one unit line, found a second one (the first is at line 3)"]
            ),
        ])
    func handEdits(_ text: String, _ expected: [String]) {
        #expect(problems(text) == expected)
    }

    @Test("comments, blank lines and CRLF line ends are fine")
    func tolerated() {
        let text =
            "# a comment\r\n\r\n" + Self.definition.replacingOccurrences(of: "\n", with: "\r\n")
            + "  # indented comment\nvalue 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\r\n"
        let file = SeriesFileParser.parse(Array(text.utf8), path: "S/ICT01.kpi", expectedID: nil)
        #expect(file.problems.isEmpty)
        #expect(file.history?.observations.count == 1)
    }

    @Test("any note survives writing and reading back, on one line", arguments: PropertySeed.arguments)
    func noteRoundTripProperty(seed: PropertySeed) throws {
        var generator = seed.generator()
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1b}", "\u{7f}", "é", "€", "😀", "\u{2028}", "#",
            "=", "<", "&", "u", "{", "}",
        ]
        for _ in 0..<1_000 {
            var note = ""
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                note.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            let line = SeriesLine.observation(
                Observation(period: q("2021/22 Q1"), value: f("5"), recordedAt: t("2021-08-01"), note: note))
            #expect(line.filter { $0 == "\n" || $0 == "\r\n" }.count == 1)
            let file = SeriesFileParser.parse(
                Array((Self.definition + line).utf8), path: "S/ICT01.kpi", expectedID: nil)
            #expect(file.problems.isEmpty)
            #expect(file.history?.observations.first?.note == note)
        }
    }
}
