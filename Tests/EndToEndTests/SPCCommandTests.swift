import Foundation
import KPITestSupport
import Testing

/// `kpi spc` run as a person runs it: figures to the reference's precision, the store's
/// settings and the options, and every refusal with its exit code and one clear line.
@Suite("kpi spc end to end", .serialized)
struct SPCCommandTests {
    /// A&E breaches at trust RQM (Tests/KPISPCTests/Data), 24 months stored as 24 quarters from
    /// 2016/17 Q1, lower is better, target 1200: the reference gives mean 1545.166666667, limits
    /// 740.395757576 and 2349.937575758, common cause, hit and miss.
    static let breaches = [
        1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
        1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564,
    ]

    static func period(_ index: Int) -> String {
        let year = 2016 + index / 4
        return "\(year)/\(String(format: "%02d", (year + 1) % 100)) Q\(index % 4 + 1)"
    }

    static func makeStore() throws -> Scratch {
        let scratch = try Scratch()
        _ = try scratch.kpi("init")
        let define = try scratch.kpi(
            "define", "AE01", "--title", "A&E four-hour breaches, trust RQM", "--unit", "count",
            "--better", "lower", "--target", "1200", "--from", "2016/17 Q1", "--recorded-at", "2016-01-01")
        precondition(define.status == 0, define.stderr)
        var csv = "indicator,period,value,note,recorded_at\n"
        for (index, value) in breaches.enumerated() {
            csv += "AE01,\(period(index)),\(value),,\(index < 20 ? "2021-01-01" : "2022-06-01")\n"
        }
        try scratch.write("ae.csv", csv)
        let imported = try scratch.kpi("import", "ae.csv")
        precondition(imported.status == 0, imported.stderr)
        return scratch
    }

    static func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonHasTheIssuesMembersAndTheReferenceFigures() throws {
        let scratch = try Self.makeStore()
        let result = try scratch.kpi("spc", "AE01", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result)
        #expect(Set(object.keys) == ["id", "settings", "segments", "points", "variation", "assurance", "warning"])
        #expect(
            result.stdout.contains(
                "\n  \"settings\": {\"shift\": 7, \"trend\": 7, \"screenOutliers\": true, \"fixAfter\": null},\n"))
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(segments.count == 1)
        let segment = segments[0]
        #expect(
            Set(segment.keys) == [
                "from", "to", "mean", "movingRangeMean", "lowerProcessLimit", "upperProcessLimit",
                "lowerNearLimit", "upperNearLimit", "points", "trial",
            ])
        #expect(abs((segment["mean"] as! NSNumber).doubleValue - 1545.166666667) < 1e-6)
        #expect(abs((segment["lowerProcessLimit"] as! NSNumber).doubleValue - 740.395757576) < 1e-6)
        #expect(abs((segment["upperProcessLimit"] as! NSNumber).doubleValue - 2349.937575758) < 1e-6)
        #expect(segment["points"] as? Int == 24 && segment["trial"] as? Bool == false)
        #expect(result.stdout.contains("\"mean\": 1545.1666666666667,"), "numbers at full double precision")
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points.count == 24)
        #expect(Set(points[0].keys) == ["period", "value", "movingRange", "outside", "close", "side", "rule", "type"])
        #expect(points[0]["movingRange"] is NSNull && points[1]["movingRange"] as? Double == 270)
        #expect(
            points.map { $0["rule"] as? String } == [nil, "two-in-three", "two-in-three"]
                + Array(repeating: nil, count: 5)
                + ["outside-limits", "outside-limits"] + Array(repeating: nil, count: 14))
        #expect(points[8]["type"] as? String == "concern" && points[1]["type"] as? String == "improvement")
        #expect(object["variation"] as? String == "common-cause")
        #expect(object["assurance"] as? String == "inconsistent")
        #expect(object["warning"] is NSNull)
    }

    @Test func theTableSaysItInWords() throws {
        let scratch = try Self.makeStore()
        let result = try scratch.kpi("spc", "AE01")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "AE01: A&E four-hour breaches, trust RQM (count, lower is better)")
        #expect(
            lines[1]
                == "XmR analysis of 24 points, 2016/17 Q1 to 2021/22 Q4; shift 7, trend 7, outlying moving ranges screened out, limits from all points."
        )
        #expect(lines[2] == "Variation: common cause; latest point 2021/22 Q4, 1,564.")
        #expect(lines[3] == "Assurance: hit and miss (target 1,200 against limits 740.40 to 2,349.94).")
        #expect(lines.contains("2018/19 Q1  2,675        690.00  above  outside the process limits  concern"))
    }

    @Test func storeSettingsApplyAndOptionsOverrideThem() throws {
        let scratch = try Self.makeStore()
        let conf = try scratch.read("Series/store.conf")
        try scratch.write("Series/store.conf", conf + "spc-shift 6\nspc-screen-outliers no\nspc-fix-after 12\n")
        func settings(_ options: String...) throws -> String {
            let result = try KPIProcess.run(["spc", "AE01", "--format", "json"] + options, in: scratch.path)
            return result.stdout.split(separator: "\n").first { $0.hasPrefix("  \"settings\"") }.map(String.init)
                ?? result.stderr
        }
        #expect(
            try settings()
                == "  \"settings\": {\"shift\": 6, \"trend\": 7, \"screenOutliers\": false, \"fixAfter\": 12},")
        #expect(
            try settings("--shift", "8", "--trend", "5", "--screen-outliers", "--fix-after", "20")
                == "  \"settings\": {\"shift\": 8, \"trend\": 5, \"screenOutliers\": true, \"fixAfter\": 20},")
        #expect(
            try settings("--no-screen-outliers")
                == "  \"settings\": {\"shift\": 6, \"trend\": 7, \"screenOutliers\": false, \"fixAfter\": 12},")
    }

    @Test func rangeRebaseAndAsOf() throws {
        let scratch = try Self.makeStore()
        let rebased = try Self.json(
            try scratch.kpi("spc", "AE01", "--format", "json", "--rebase", "2019/20 Q1, 2020/21 Q1"))
        let segments = try #require(rebased["segments"] as? [[String: Any]])
        #expect(segments.map { $0["from"] as? String } == ["2016/17 Q1", "2019/20 Q1", "2020/21 Q1"])
        #expect(segments.map { $0["trial"] as? Bool } == [true, true, true])
        #expect(
            rebased["warning"] as? String
                == "trial limits: the last segment (2020/21 Q1 to 2021/22 Q4) has 8 points, fewer than 13, so its limits will move as points are added"
        )
        let cut = try Self.json(
            try scratch.kpi("spc", "AE01", "--format", "json", "--from", "2017/18 Q1", "--to", "2020/21 Q4"))
        #expect((cut["points"] as? [Any])?.count == 16)
        let asOf = try Self.json(try scratch.kpi("spc", "AE01", "--format", "json", "--as-of", "2021-12-31"))
        #expect(
            (asOf["points"] as? [[String: Any]])?.last?["period"] as? String == "2020/21 Q4",
            "the last four were recorded in 2022")
    }

    @Test(
        "refusals: exit 64 for the command line, 65 for what the figures cannot support",
        arguments: [
            (
                ["spc", "AE01", "--shift", "0"], 64,
                "kpi: error: --shift: shift: expected a whole number of points, 2 or more, found 0"
            ),
            (
                ["spc", "AE01", "--trend", "1"], 64,
                "kpi: error: --trend: trend: expected a whole number of points, 2 or more, found 1"
            ),
            (
                ["spc", "AE01", "--fix-after", "5"], 64,
                "kpi: error: --fix-after: fix-after: expected a whole number of points, 12 or more (limits from fewer points are unstable), found 5"
            ),
            (
                ["spc", "AE01", "--from", "2021/22 Q4", "--to", "2021/22 Q1"], 64,
                "kpi: error: --from and --to: expected --from at or before --to, found 2021/22 Q4 after 2021/22 Q1"
            ),
            (["spc", "AE01", "--format", "csv"], 64, "kpi: error: --format: expected table or json, found \"csv\""),
            (
                ["spc", "AE01", "--rebase", "2015/16 Q1"], 65,
                "kpi: error: --rebase: rebase: expected a period within the series, 2016/17 Q1 to 2021/22 Q4, found 2015/16 Q1"
            ),
            (
                ["spc", "AE01", "--to", "2021/22 Q1", "--rebase", "2021/22 Q2"], 65,
                "kpi: error: --rebase: rebase: expected a period within the series, 2016/17 Q1 to 2021/22 Q1, found 2021/22 Q2"
            ),
            (
                ["spc", "AE01", "--rebase", "2019/20 Q5"], 65,
                "kpi: error: --rebase: period: expected a quarter such as \"2021/22 Q2\", found \"2019/20 Q5\" (a quarter is Q1 to Q4)"
            ),
            (
                ["spc", "AE01", "--from", "2021/22 Q4"], 65,
                "kpi: error: Series/AE01.kpi: values: expected at least 2 values to compute process limits, found 1 (2021/22 Q4) from 2021/22 Q4"
            ),
            (
                ["spc", "AE01", "--to", "2010/11 Q1"], 65,
                "kpi: error: Series/AE01.kpi: values: expected at least 2 values to compute process limits, found none to 2010/11 Q1"
            ),
            (
                ["spc", "NOPE"], 66,
                "kpi: error: Series/NOPE.kpi: no indicator NOPE in this store; define it first with kpi define NOPE"
            ),
        ])
    func refusals(_ arguments: [String], _ status: Int32, _ firstLine: String) throws {
        let scratch = try Self.makeStore()
        let before = scratch.tree("Series")
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == status)
        #expect(result.firstErrorLine == firstLine)
        #expect(result.stdout.isEmpty)
        #expect(scratch.tree("Series") == before)
    }

    @Test func aBadStoreSettingIsBadData() throws {
        let scratch = try Self.makeStore()
        try scratch.write("Series/store.conf", try scratch.read("Series/store.conf") + "spc-shift 0\n")
        let result = try scratch.kpi("spc", "AE01")
        #expect(result.status == 65)
        #expect(
            result.firstErrorLine
                == "kpi: error: Series/store.conf:4: spc-shift: expected a whole number of points, 2 or more, found 0")
    }
}
