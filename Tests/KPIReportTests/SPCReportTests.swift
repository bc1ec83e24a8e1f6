import Foundation
import KPIModel
import KPISPC
import Testing

@testable import KPIReport

@Suite struct SPCReportTests {
    static let indicator = Indicator(
        id: try! IndicatorID("NET01"), title: "Net change <staff>", unit: .number,
        polarity: .higherIsBetter, definedAt: Timestamp(secondsSince1970: 0))

    static func analysis(_ values: [Double], rebase: [Int] = []) throws -> SPCAnalysis {
        let start = Period(startYear: 2016, quarter: 1)
        return try SPCAnalysis(
            values.enumerated().map { (period: start.advanced(by: $0.offset)!, value: $0.element) },
            rebase: rebase.map { start.advanced(by: $0)! }, improvement: .increase, target: 0.5)
    }

    @Test(arguments: [0.1416238, -3.0113795941, 1e-7, 1e16, -0.0, 1545.1666666666667, 5e-324])
    func numbersAreWrittenSoTheyReadBackAsTheSameDouble(_ value: Double) throws {
        let text = SPCReport.number(value)
        #expect(Double(text) == value)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [NSNumber]
        #expect(parsed?.first?.doubleValue == value, "\(text) is a JSON number")
    }

    @Test func theJSONParsesAndEscapesTheID() throws {
        let analysis = try Self.analysis(
            [-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499], rebase: [3])
        let json = SPCReport(indicator: Self.indicator, analysis: analysis, asOf: nil).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["segments"] as? [Any])?.count == 2)
        #expect((object["points"] as? [[String: Any]])?[3]["movingRange"] is NSNull, "a segment's first point")
        #expect(object["assurance"] as? String == "inconsistent")
        #expect(
            object["warning"] as? String
                == "trial limits: the last segment (2016/17 Q4 to 2017/18 Q2) has 3 points, fewer than 13, so its limits will move as points are added"
        )
    }

    @Test func theTableEscapesTheTitleAndEndsWithTheWarning() throws {
        let analysis = try Self.analysis([1, 2, 3, 2, 1])
        let indicator = Indicator(
            id: try IndicatorID("X1"), title: "Bad\u{1B}[31m title", unit: .number, polarity: .higherIsBetter,
            definedAt: Timestamp(secondsSince1970: 0))
        let table = SPCReport(indicator: indicator, analysis: analysis, asOf: nil).table(width: 80)
        #expect(table.hasPrefix("X1: Bad?[31m title (number, higher is better)\n"))
        #expect(
            table.hasSuffix(
                "Warning: trial limits: the series (2016/17 Q1 to 2017/18 Q1) has 5 points, fewer than 13, so its limits will move as points are added\n"
            ))
        #expect(table.contains("\n2016/17 Q3   3.00        1.0000  above  –     common cause\n"), "\(table)")
    }
}
