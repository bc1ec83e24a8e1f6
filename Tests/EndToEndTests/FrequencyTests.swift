import Foundation
import KPITestSupport
import Testing

/// Issue 13 end to end: one store with a quarterly, a monthly and an annual indicator, through
/// the built `kpi`.
@Suite("Monthly and annual indicators end to end")
struct FrequencyTests {
    /// Q1 quarterly (target 90 %), M1 monthly calls (target 100, amber 90), A1 annual survey
    /// (target 70 %, amber 65), with figures around 2021/22 Q2.
    static func makeStore(yearStartMonth: Int = 4) throws -> Scratch {
        let scratch = try Scratch()
        let commands: [[String]] = [
            ["init", "--year-start-month", "\(yearStartMonth)"],
            [
                "define", "Q1", "--title", "Quarterly", "--unit", "percent", "--better", "higher", "--target", "90",
                "--from", "2020/21 Q1", "--recorded-at", "2020-01-01",
            ],
            [
                "define", "M1", "--title", "Calls answered", "--unit", "count", "--better", "higher", "--frequency",
                "monthly",
                "--target", "100", "--from", "Apr 2020", "--amber", "90", "--recorded-at", "2020-01-01",
            ],
            [
                "define", "A1", "--title", "Resident survey", "--unit", "percent", "--better", "higher", "--frequency",
                "annual",
                "--target", "70", "--from", "2019/20", "--amber", "65", "--recorded-at", "2020-01-01",
            ],
            ["record", "Q1", "2021/22 Q1", "91", "--recorded-at", "2021-08-01"],
            ["record", "Q1", "2021/22 Q2", "85", "--recorded-at", "2021-11-01"],
            ["record", "M1", "Aug 2020", "98", "--recorded-at", "2020-09-20"],
            ["record", "M1", "July 2021", "104", "--recorded-at", "2021-08-20"],
            ["record", "M1", "2021-08", "95", "--recorded-at", "2021-09-20"],
            ["record", "A1", "FY 2019/20", "64", "--recorded-at", "2020-06-01"],
            ["record", "A1", "2020/21 full year", "68", "--recorded-at", "2021-06-01"],
        ]
        for command in commands {
            let result = try KPIProcess.run(command, in: scratch.path)
            precondition(result.status == 0, "\(command): \(result.stderr)")
        }
        return scratch
    }

    static func rows(_ result: ProcessResult) throws -> [String: [String: Any]] {
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
    }

    @Test("status for a quarter: each indicator at its own period")
    func quarter() throws {
        let scratch = try Self.makeStore()
        let result = try scratch.kpi("status", "2021/22 Q2", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.rows(result)
        #expect(rows["Q1"]?["period"] as? String == "2021/22 Q2")
        #expect(rows["Q1"]?["frequency"] as? String == "quarterly")
        #expect(rows["M1"]?["period"] as? String == "Aug 2021", "the latest month with a value in the quarter")
        #expect(rows["M1"]?["frequency"] as? String == "monthly")
        #expect(rows["M1"]?["status"] as? String == "amber")
        #expect(rows["M1"]?["vsPreviousQuarter"] as? String == "worsening", "against Jul 2021")
        #expect(rows["M1"]?["vsSameQuarterLastYear"] as? String == "worsening", "against Aug 2020")
        #expect(rows["A1"]?["period"] as? String == "2020/21", "2021/22 has not ended by Q2")
        #expect(rows["A1"]?["frequency"] as? String == "annual")
        #expect(rows["A1"]?["status"] as? String == "amber")
        #expect(rows["A1"]?["vsPreviousQuarter"] as? String == "improving")
        #expect(rows["A1"]?["vsSameQuarterLastYear"] as? String == "improving")
        // The default period is the latest quarter with any value: a month counts for its quarter.
        let defaulted = try scratch.kpi("status", "--format", "json")
        #expect(defaulted.stdout == result.stdout)
        let table = try scratch.kpi("status")
        #expect(table.stdout.contains("Period"), "a mixed table says which period each row shows")
        #expect(table.stdout.contains("Aug 2021"))
    }

    @Test("status for a month: monthly indicators only; a month with no value is missing")
    func month() throws {
        let scratch = try Self.makeStore()
        let rows = try Self.rows(try scratch.kpi("status", "August 2021", "--format", "json"))
        #expect(Array(rows.keys) == ["M1"])
        #expect(rows["M1"]?["period"] as? String == "Aug 2021")
        #expect(rows["M1"]?["value"] as? Int == 95)
        let september = try Self.rows(try scratch.kpi("status", "Sep 2021", "--format", "json"))
        #expect(september["M1"]?["status"] as? String == "missing")
        let table = try scratch.kpi("status", "2021-08")
        #expect(
            table.stdout.hasPrefix(
                "Status for Aug 2021 (month 5 of 2021/22)\nPrev M: vs Jul 2021. Last yr: vs Aug 2020."))
    }

    @Test("status for a year: annual indicators, and the year's last quarter and last month of the others")
    func year() throws {
        let scratch = try Self.makeStore()
        let rows = try Self.rows(try scratch.kpi("status", "2020/21", "--format", "json"))
        #expect(rows["A1"]?["period"] as? String == "2020/21")
        #expect(rows["A1"]?["value"] as? Int == 68)
        #expect(rows["Q1"]?["period"] as? String == "2020/21 Q4")
        #expect(rows["M1"]?["period"] as? String == "Mar 2021")
    }

    @Test("a year starting in January: M01 is January, and the quarters follow")
    func januaryYear() throws {
        let scratch = try Self.makeStore(yearStartMonth: 1)
        #expect(
            try scratch.kpi("record", "M1", "2021/22 M09", "101", "--recorded-at", "2021-10-20").stdout
                == "Recorded M1 Sep 2021: 101\n")
        // 2021/22 Q3 is July to September 2021 when the year starts in January.
        let rows = try Self.rows(try scratch.kpi("status", "2021/22 Q3", "--format", "json"))
        #expect(rows["M1"]?["period"] as? String == "Sep 2021")
        #expect(rows["A1"]?["period"] as? String == "2020/21")
    }

    @Test(
        "a period of another frequency is refused, listing the forms expected, and nothing is written",
        arguments: [
            (
                ["record", "M1", "2021/22 Q2", "5"],
                "kpi: error: PERIOD argument: period: expected a month such as \"Apr 2021\" (or \"April 2021\", \"Sept 2021\", \"Apr-21\", \"Apr 21\", \"2021-04\", \"04/2021\", \"2021/22 M01\", \"Month 1 2021/22\", \"Period 1 2021/22\") for the monthly indicator M1, found the quarter 2021/22 Q2"
            ),
            (
                ["record", "A1", "Sep 2021", "5"],
                "kpi: error: PERIOD argument: period: expected a financial year such as \"2021/22\" (or \"FY 2021/22\", \"FY2021-22\", \"2021/22 full year\") for the annual indicator A1, found the month Sep 2021"
            ),
            (
                ["record", "Q1", "2021/22", "5"],
                "kpi: error: PERIOD argument: period: expected a quarter such as \"2021/22 Q2\" (or \"Q2 2021/22\", \"Quarter 2 2021/22\", \"2021-22 Q2\") for the quarterly indicator Q1, found the year 2021/22"
            ),
            (
                ["target", "M1", "95", "--from", "2022/23 Q1"],
                "kpi: error: --from: period: expected a month such as \"Apr 2021\" (or \"April 2021\", \"Sept 2021\", \"Apr-21\", \"Apr 21\", \"2021-04\", \"04/2021\", \"2021/22 M01\", \"Month 1 2021/22\", \"Period 1 2021/22\") for the monthly indicator M1, found the quarter 2022/23 Q1"
            ),
            (
                ["retire", "A1", "--from", "2022/23 Q1"],
                "kpi: error: --from: period: expected a financial year such as \"2021/22\" (or \"FY 2021/22\", \"FY2021-22\", \"2021/22 full year\") for the annual indicator A1, found the quarter 2022/23 Q1"
            ),
            (
                [
                    "define", "M2", "--title", "x", "--unit", "count", "--better", "higher", "--frequency", "monthly",
                    "--target", "1", "--from", "2021/22",
                ],
                "kpi: error: --from: period: expected a month such as \"Apr 2021\" (or \"April 2021\", \"Sept 2021\", \"Apr-21\", \"Apr 21\", \"2021-04\", \"04/2021\", \"2021/22 M01\", \"Month 1 2021/22\", \"Period 1 2021/22\") for the monthly indicator M2, found the year 2021/22"
            ),
            (
                ["define", "M2", "--title", "x", "--unit", "count", "--better", "higher", "--frequency", "weekly"],
                "kpi: error: --frequency: frequency: expected quarterly, monthly or annual, found \"weekly\""
            ),
            (
                ["redefine", "M1", "--frequency", "quarterly"],
                "kpi: error: command line: frequency: expected a change of frequency only while M1 has no values, targets or retirements, found 3 value lines, 1 target line in Series/M1.kpi; nothing was changed"
            ),
            (
                ["spc", "M1", "--from", "2020/21 Q1"],
                "kpi: error: --from: period: expected a month such as \"Apr 2021\" (or \"April 2021\", \"Sept 2021\", \"Apr-21\", \"Apr 21\", \"2021-04\", \"04/2021\", \"2021/22 M01\", \"Month 1 2021/22\", \"Period 1 2021/22\") for the monthly indicator M1, found the quarter 2020/21 Q1"
            ),
        ])
    func refusedKinds(_ arguments: [String], _ message: String) throws {
        let scratch = try Self.makeStore()
        let before = scratch.tree("Series")
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == 65)
        #expect(result.firstErrorLine == message)
        #expect(scratch.tree("Series") == before, "the store is byte-for-byte unchanged")
    }

    @Test("files hold the canonical forms; history lists months with gaps; the frequency may change before any figure")
    func filesAndHistory() throws {
        let scratch = try Self.makeStore()
        let monthly = try scratch.read("Series/M1.kpi")
        #expect(monthly.contains("\nfrequency monthly\n"))
        #expect(monthly.contains("\ntarget Apr 2020 100 amber 90 recorded"))
        #expect(monthly.contains("\nvalue Jul 2021 104 recorded"))
        #expect(monthly.contains("\nvalue Aug 2021 95 recorded"))
        let annual = try scratch.read("Series/A1.kpi")
        #expect(annual.contains("\nvalue 2019/20 64 recorded") && annual.contains("\nvalue 2020/21 68 recorded"))
        #expect(!(try scratch.read("Series/Q1.kpi")).contains("frequency"), "quarterly files are as they always were")

        let history = try scratch.kpi("history", "M1")
        let lines = history.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "M1: Calls answered (count, higher is better, monthly)")
        #expect(lines[2].hasPrefix("Period    Value  Target  Amber  Status"))
        #expect(
            lines.dropFirst(3).filter { !$0.isEmpty }.map { String($0.prefix(8)) } == [
                "Apr 2020", "May 2020", "Jun 2020", "Jul 2020", "Aug 2020", "Sep 2020", "Oct 2020", "Nov 2020",
                "Dec 2020",
                "Jan 2021", "Feb 2021", "Mar 2021", "Apr 2021", "May 2021", "Jun 2021", "Jul 2021", "Aug 2021",
            ])
        let annualHistory = try scratch.kpi("history", "A1")
        #expect(annualHistory.stdout.contains("Status   vs last yr  Note\n"), "one direction column for a year")

        #expect(try scratch.kpi("define", "M3", "--title", "x", "--unit", "count", "--better", "higher").status == 0)
        let redefined = try scratch.kpi("redefine", "M3", "--frequency", "annual")
        #expect(redefined.status == 0, "\(redefined.stderr)")
        #expect(try scratch.kpi("record", "M3", "2020/21", "5").status == 0)
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test("charts: 24 months or 8 years by default, --periods for any frequency, --quarters only for quarters")
    func charts() throws {
        let scratch = try Self.makeStore()
        #expect(try scratch.kpi("chart", "M1", "--format", "svg", "--out", "m.svg").status == 0)
        #expect(try scratch.read("m.svg").contains("Trend chart of 24 months, Sep 2019 to Aug 2021"))
        #expect(try scratch.kpi("chart", "M1", "--periods", "36", "--format", "svg", "--out", "m36.svg").status == 0)
        #expect(try scratch.read("m36.svg").contains("Trend chart of 36 months"))
        #expect(try scratch.kpi("chart", "A1", "--format", "svg", "--out", "a.svg").status == 0)
        #expect(try scratch.read("a.svg").contains("Trend chart of 8 years, 2013/14 to 2020/21"))
        #expect(try scratch.kpi("chart", "Q1", "--quarters", "4", "--format", "svg", "--out", "q.svg").status == 0)
        #expect(try scratch.read("q.svg").contains("Trend chart of 4 quarters"))
        // A quarter for a monthly chart: its latest month in the quarter.
        #expect(
            try scratch.kpi("chart", "M1", "--period", "2021/22 Q1", "--format", "svg", "--out", "q1.svg").status == 0)
        #expect(try scratch.read("q1.svg").contains("to Jun 2021"))
        let quarters = try scratch.kpi("chart", "M1", "--quarters", "8")
        #expect(quarters.status == 64)
        #expect(quarters.firstErrorLine == "kpi: error: --quarters: expected --periods for the monthly indicator M1")
        let tooMany = try scratch.kpi("chart", "M1", "--periods", "121")
        #expect(tooMany.firstErrorLine == "kpi: error: --periods: expected a whole number from 1 to 120, found 121")
        let tile = try scratch.kpi("tile", "M1", "--format", "svg", "--out", "t.svg")
        #expect(tile.status == 0)
        #expect(try scratch.read("t.svg").contains("worse than last month, worse than Aug last year"))
    }

    @Test("a quarter's pack holds all three kinds; a month's pack the monthly ones, in Charts/2021-09/")
    func packs() throws {
        let scratch = try Self.makeStore()
        #expect(try scratch.kpi("record", "M1", "Sep 2021", "97", "--recorded-at", "2021-10-20").status == 0)
        let quarter = try scratch.kpi("pack", "2021/22 Q2")
        #expect(quarter.status == 0, "\(quarter.stderr)")
        let summary = try scratch.read("Charts/2021-22-Q2/summary.csv")
        #expect(summary.contains("\r\nA1,Resident survey,percent,2020/21,68,"))
        #expect(summary.contains("\r\nM1,Calls answered,count,Sep 2021,97,"))
        #expect(summary.contains("\r\nQ1,Quarterly,percent,2021/22 Q2,85,"))
        let page = try scratch.read("Charts/2021-22-Q2/index.html")
        #expect(page.contains("<p class=\"tile-id\">M1 · Sep 2021</p>"), "the tile says which month it shows")
        #expect(page.contains("<td>Sep 2021</td>"), "the summary table says which month")

        let month = try scratch.kpi("pack", "Sep 2021")
        #expect(month.status == 0, "\(month.stderr)")
        #expect(month.stdout.hasPrefix("Wrote Charts/2021-09/: 1 indicator (1 amber), "))
        let manifest = try scratch.read("Charts/2021-09/manifest.json")
        #expect(manifest.contains("\"period\": \"Sep 2021\""))
        #expect(manifest.contains("\"indicators\": [\"M1\"]"))
        #expect(
            try scratch.read("Charts/2021-09/index.html").contains(
                "<title>Monthly performance report – Sep 2021</title>"))
    }
}
