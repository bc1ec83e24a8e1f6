import Foundation
import KPIModel
import Testing

@testable import KPISPC

/// A real series: NHS England A&E four-hour breaches at trust RQM, April 2016 to March 2018
/// (Data/README.md). The reference's README publishes variation "common cause" and assurance
/// "inconsistent" for it (lower is better, target 1200); the JSON holds the per-point figures its
/// rules give.
@Suite struct RealSeriesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

    static func load() throws -> (values: [Double], expected: [String: Any]) {
        let csv = try String(contentsOf: directory.appendingPathComponent("case4-rqm-ae-breaches.csv"), encoding: .utf8)
        let values = csv.split(separator: "\n").dropFirst().map { Double($0.split(separator: ",")[1])! }
        let data = try Data(contentsOf: directory.appendingPathComponent("case4-rqm-ae-breaches.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (values, json["expected"] as! [String: Any])
    }

    @Test func meanLimitsFlagsAndIconsMatchTheReference() throws {
        let (values, expected) = try Self.load()
        #expect(values.count == 24)
        let analysis = try Series.analyse(values, improvement: .decrease, target: 1200)
        let limits = analysis.segments[0].limits
        let tolerance = (expected["tolerance"] as! NSNumber).doubleValue
        #expect(close(limits.mean, number(expected["mean"]), tolerance))
        #expect(close(limits.lowerProcessLimit, number(expected["lpl"]), tolerance))
        #expect(close(limits.upperProcessLimit, number(expected["upl"]), tolerance))
        #expect(
            analysis.variation.rawValue
                == (expected["variation_icon"] as! String).replacingOccurrences(of: "_", with: "-"))
        #expect(analysis.assurance?.rawValue == expected["assurance_icon"] as? String)
        #expect((analysis.warning != nil) == (expected["short_group_warning"] as! Bool))
        let perPoint = expected["per_point"] as! [[String: Any]]
        #expect(perPoint.count == analysis.points.count)
        for (point, row) in zip(analysis.points, perPoint) {
            let date = row["date"] as! String
            #expect(point.value == (row["value"] as! NSNumber).doubleValue, "\(date)")
            #expect(point.side == (row["relative_to_mean"] as! NSNumber).intValue, "\(date)")
            #expect(point.outside == row["outside_limits"] as! Bool, "\(date)")
            #expect(point.close == row["close_to_limits"] as! Bool, "\(date)")
            let type = (row["point_type"] as! String).replacingOccurrences(of: "special_cause_", with: "")
                .replacingOccurrences(of: "_", with: "-")
            #expect(point.type.rawValue == type, "\(date)")
            let rule: SPCRule? =
                switch row["special_cause_type"] as! String {
                case "Common Cause": nil
                case let text where text.contains("CL") && text.hasPrefix("2 in 3"): .twoInThree
                case let text where text.hasSuffix("UCL") || text.hasSuffix("LCL"): .outsideLimits
                case let text where text.contains("Trend"): .trend
                default: .shift
                }
            #expect(point.rule == rule, "\(date)")
        }
        #expect(analysis.points.filter { $0.rule != nil }.count == expected["special_cause_points"] as! Int)
    }
}

private func number(_ value: Any?) -> Double { (value as! NSNumber).doubleValue }
