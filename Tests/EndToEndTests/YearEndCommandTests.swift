import Foundation
import KPITestSupport
import Testing

/// Year targets, forecasts, year-to-date and closer indicators on the command line: exact
/// output, exit codes, and a byte-identical store after every refusal.
@Suite("Year targets, forecasts and budgets on the command line")
struct YearEndCommandTests {
    /// AUD01 (year to date, 1 decimal), ICT01 (not year to date) and BUD01 (a budget).
    func store() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.makeStore()
        for arguments in [
            [
                "define", "AUD01", "--title", "% of audit plan completed during the year", "--unit", "percent",
                "--better", "higher",
                "--cumulative", "--decimals", "1", "--recorded-at", "2021-01-01",
            ],
            [
                "define", "BUD01", "--title", "Spend to date", "--unit", "gbp", "--better", "closer", "--cumulative",
                "--green-tolerance", "1", "--recorded-at", "2009-04-01",
            ],
        ] {
            let result = try KPIProcess.run(arguments, in: scratch.path)
            precondition(result.status == 0, result.stderr)
        }
        return scratch
    }

    @Test("a year target, values and forecasts give the documented status JSON")
    func yearTargetAndForecast() throws {
        let scratch = try store()
        var result = try scratch.kpi(
            "target", "AUD01", "95", "--year", "2021/22", "--tolerance", "10", "--recorded-at", "2021-03-01")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Year target for AUD01 2021/22: 95 (Q1 23.8, Q2 47.5, Q3 71.3, Q4 95)\n")
        result = try scratch.kpi("record", "AUD01", "2021/22 Q2", "48", "--recorded-at", "2021-10-20")
        #expect(result.status == 0, "\(result.stderr)")
        result = try scratch.kpi(
            "forecast", "AUD01", "Q2 2021/22", "88", "--note", "Two audits slip", "--recorded-at", "2021-10-20")
        #expect(result.stdout == "Recorded the forecast for AUD01 made in 2021/22 Q2: 88 at the end of 2021/22\n")
        result = try scratch.kpi("forecast", "AUD01", "2021/22 Q2", "90", "--recorded-at", "2021-10-21")
        #expect(result.status == 65)
        #expect(
            result.firstErrorLine
                == "kpi: error: command line: AUD01 already has a forecast made in 2021/22 Q2 (88, recorded 2021-10-20T00:00:00Z); to correct it, record it again with --revise"
        )
        result = try scratch.kpi("forecast", "AUD01", "2021/22 Q2", "90", "--revise", "--recorded-at", "2021-10-21")
        #expect(result.stdout == "Revised the forecast for AUD01 made in 2021/22 Q2: 90 at the end of 2021/22\n")
        let json = try scratch.kpi("status", "2021/22 Q2", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        let audit = try #require(rows.first { $0["id"] as? String == "AUD01" })
        #expect(audit["target"] as? Double == 47.5)
        #expect(audit["annualTarget"] as? Int == 95)
        #expect(audit["forecast"] as? Int == 90)
        #expect(audit["forecastStatus"] as? String == "amber", "90 is within 10% short of 95")
        #expect(audit["vsPreviousQuarter"] as? String == "not-comparable")
        #expect(
            json.stdout.contains(
                "\"variance\": 0.5,\n    \"variancePercent\": 1.1,\n    \"frequency\": \"quarterly\"\n"))
        let asOf = try scratch.kpi("status", "2021/22 Q2", "--format", "csv", "--as-of", "2021-10-20")
        #expect(
            asOf.stdout.contains(
                "AUD01,% of audit plan completed during the year,percent,2021/22 Q2,48,47.5,42.75,green,not-comparable,unknown,,95,88,amber,0.5,1.1\r\n"
            ))
        let table = try scratch.kpi("status", "2021/22 Q2")
        #expect(
            table.stdout.contains(
                "AUD01  % of aud…  48.0%   47.5%  ● On target  ◆ Amber            Not comparable (year to date)  –\n"),
            "\(table.stdout)")
        #expect(
            try scratch.read("Series/AUD01.kpi").hasSuffix(
                """
                year-target 2021/22 95 tolerance 10 recorded 2021-03-01T00:00:00Z by "tester"
                value 2021/22 Q2 48 recorded 2021-10-20T00:00:00Z by "tester"
                forecast 2021/22 Q2 88 recorded 2021-10-20T00:00:00Z note "Two audits slip" by "tester"
                revise-forecast 2021/22 Q2 90 recorded 2021-10-21T00:00:00Z by "tester"

                """))
        let export = try scratch.kpi("export", "--format", "json").stdout
        #expect(
            export.contains(
                """
                      "yearTargets": [
                        {"year": "2021/22", "target": 95, "profile": null, "amber": null, "tolerance": 10, "greenTolerance": null, "recordedAt": "2021-03-01T00:00:00Z", "by": "tester"}
                      ],
                """), "\(export)")
        #expect(
            export.contains(
                """
                        {"period": "2021/22 Q2", "value": 90, "revision": true, "note": null, "recordedAt": "2021-10-21T00:00:00Z", "by": "tester"}
                """))
        #expect(export.contains("\"cumulative\": true,"))
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test("a budget: closer to plan either way, its variance in words")
    func budget() throws {
        let scratch = try store()
        var result = try scratch.kpi(
            "target", "BUD01", "405740", "--year", "2009/10", "--profile", "24.99915,49.9983,74.99915,100",
            "--tolerance", "5", "--recorded-at", "2009-11-30")
        #expect(result.stdout == "Year target for BUD01 2009/10: 405740 (Q1 101432, Q2 202863, Q3 304302, Q4 405740)\n")
        _ = try scratch.kpi("record", "BUD01", "2009/10 Q2", "202311", "--recorded-at", "2009-11-30")
        result = try scratch.kpi("status", "2009/10 Q2", "--format", "markdown")
        #expect(
            result.stdout.contains(
                "| BUD01 | Spend to date | £202,311 | £202,863 | ● On target | £552 under plan (0.3%) | Not comparable (year to date) | ? Unknown |  |"
            ), "\(result.stdout)")
    }

    @Test("definitions from a spreadsheet: cumulative, green_tolerance and better closer; a bad row rejects the file")
    func importDefinitions() throws {
        let scratch = try Scratch()
        try scratch.write(
            "defs.csv",
            """
            id,title,unit,better,cumulative,green_tolerance,target,from,tolerance,recorded_at
            BUD01,Spend to date,gbp,closer,true,1%,405740,2009/10 Q1,5,2009-04-01
            AUD01,Audit plan,percent,higher,yes,,95,2009/10 Q1,10,2009-04-01

            """)
        var result = try scratch.kpi("import", "--definitions", "defs.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try scratch.read("Series/BUD01.kpi").contains(
                "better closer\ndecimals 0\ncumulative\ngreen-tolerance 1\ntarget 2009/10 Q1 405740 tolerance 5 recorded"
            ))
        #expect(try scratch.kpi("import", "--definitions", "defs.csv").stdout.hasSuffix("0 defined, 2 unchanged\n"))
        try scratch.write("bad.csv", "id,title,unit,better,green_tolerance\nX1,X,gbp,higher,1\nX2,X,gbp,closer,-1\n")
        let before = scratch.tree("Series")
        result = try scratch.kpi("import", "--definitions", "bad.csv")
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                kpi: error: bad.csv: 2 bad rows; nothing was imported
                bad.csv:2: green_tolerance: expected a green tolerance only for an indicator whose better is closer, found 1 for X1, whose better is higher
                bad.csv:3: green_tolerance: expected a percentage of 0 or more, found -1

                """)
        #expect(scratch.tree("Series") == before)
    }

    @Test("a forecast import takes the value columns, all rows or none")
    func importForecasts() throws {
        let scratch = try store()
        try scratch.write(
            "forecasts.csv",
            "indicator,period,value,note,recorded_at\nAUD01,2021/22 Q1,96%,On track,2021-07-20\nICT01,2021/22 Q1,91,,2021-07-20\n"
        )
        var result = try scratch.kpi("import", "--forecasts", "forecasts.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Imported 2 forecasts from forecasts.csv\n")
        #expect(
            try scratch.read("Series/AUD01.kpi").hasSuffix(
                "forecast 2021/22 Q1 96 recorded 2021-07-20T00:00:00Z note \"On track\" by \"tester\"\n"))
        try scratch.write(
            "again.csv", "indicator,period,value\nICT01,2021/22 Q2,90\nNOPE,2021/22 Q2,5\nAUD01,2021/22 Q1,97\n")
        let before = scratch.tree("Series")
        result = try scratch.kpi("import", "--forecasts", "again.csv")
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                kpi: error: again.csv: 2 bad rows; nothing was imported
                again.csv:3: indicator: expected an indicator defined in the store, found "NOPE"
                again.csv:4: AUD01 already has a forecast made in 2021/22 Q1 (96, recorded 2021-07-20T00:00:00Z); to correct it, record it again with --revise

                """)
        #expect(scratch.tree("Series") == before)
    }

    @Test(
        "refused: documented exit code, one clear line saying where and what was expected, store unchanged",
        arguments: [
            (
                ["target", "AUD01", "95", "--year", "2021/22", "--profile", "25,50,40,100"], 65,
                "kpi: error: command line: profile: expected cumulative percentages that never fall, found 40 after 50 in \"25,50,40,100\""
            ),
            (
                ["target", "AUD01", "95", "--year", "2021/22", "--profile", "25,50,75,90"], 65,
                "kpi: error: command line: profile: expected the last percentage to be exactly 100 (the year-end target), found 90 in \"25,50,75,90\""
            ),
            (
                ["target", "AUD01", "95", "--year", "2021/22", "--profile", "25,50,100"], 65,
                "kpi: error: command line: profile: expected 4 cumulative percentages, one for each period of the year, found 3 in \"25,50,100\""
            ),
            (
                ["target", "AUD01", "95", "--year", "2021/22", "--profile", "quarterly"], 65,
                "kpi: error: --profile: profile: expected even or cumulative percentages such as 25,50,75,100, found \"quarterly\" (entry 1, \"quarterly\", is not a number)"
            ),
            (
                ["target", "ICT01", "95", "--year", "2021/22", "--profile", "even"], 65,
                "kpi: error: command line: profile: expected no profile for ICT01, which is not year to date (a year target applies to every period of the year alike; redefine it with --cumulative true for a profiled target), found even"
            ),
            (
                ["target", "AUD01", "95", "--year", "2021/22", "--amber", "80"], 65,
                "kpi: error: command line: amber: expected --tolerance, a percentage, with the year target of AUD01, which is year to date (an absolute amber threshold cannot follow the profile), found 80"
            ),
            (
                ["target", "BUD01", "0", "--year", "2009/10"], 65,
                "kpi: error: command line: target: expected a target other than 0 for BUD01, whose better is closer (closeness is measured in percent of the target), found 0"
            ),
            (
                ["target", "BUD01", "0", "--from", "2009/10 Q1"], 65,
                "kpi: error: command line: target: expected a target other than 0 for BUD01, whose better is closer (closeness is measured in percent of the target), found 0"
            ),
            (
                ["target", "BUD01", "1000", "--from", "2009/10 Q1", "--amber", "900"], 65,
                "kpi: error: command line: amber: expected no absolute amber threshold for BUD01, whose better is closer (give --tolerance, a percentage of the target, instead), found 900"
            ),
            (
                ["target", "BUD01", "1000", "--from", "2009/10 Q1", "--tolerance", "0.5"], 65,
                "kpi: error: command line: tolerance: expected an amber tolerance at least the green tolerance 1% for BUD01, found 0.5%"
            ),
            (
                ["target", "ICT01", "95", "--year", "2021/23"], 65,
                "kpi: error: --year: year: expected a financial year such as 2021/22, found \"2021/23\" (a financial year spans two consecutive years, such as 2021/22)"
            ),
            (
                ["target", "ICT01", "95", "--year", "2021/22", "--from", "2021/22 Q1"], 64,
                "kpi: error: --from and --year: expected one of them, found both"
            ),
            (
                ["target", "ICT01", "95", "--from", "2021/22 Q1", "--profile", "even"], 64,
                "kpi: error: --profile: expected it only with --year (a profile spreads a year target over the year)"
            ),
            (
                ["target", "ICT01", "--none", "--year", "2021/22"], 64,
                "kpi: error: --none: expected it only with --from (a year target always has a value)"
            ),
            (
                ["forecast", "NOPE", "2021/22 Q2", "5"], 66,
                "kpi: error: Series/NOPE.kpi: no indicator NOPE in this store; define it first with kpi define NOPE"
            ),
            (
                ["forecast", "AUD01", "2021/22 Q2", "105"], 65,
                "kpi: error: command line: forecast: expected a percentage from 0 to 100 for AUD01, found 105 (define the indicator with --allow-any-percent to allow this)"
            ),
            (
                ["forecast", "AUD01", "2021/22 Q5", "50"], 65,
                "kpi: error: PERIOD argument: period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Q5\" (a quarter is Q1 to Q4)"
            ),
            (
                ["define", "X1", "--title", "X", "--unit", "gbp", "--better", "higher", "--green-tolerance", "1"], 65,
                "kpi: error: --green-tolerance: expected it only for an indicator whose better is closer, found --better higher"
            ),
            (
                [
                    "define", "X1", "--title", "X", "--unit", "gbp", "--better", "closer", "--target", "1000", "--from",
                    "2009/10 Q1", "--amber", "900",
                ], 65,
                "kpi: error: command line: amber: expected no absolute amber threshold for X1, whose better is closer (give --tolerance, a percentage of the target, instead), found 900"
            ),
            (
                ["redefine", "ICT01", "--better", "closer"], 65,
                "kpi: error: command line: redefine: the new better would break 1 line in force; nothing was changed"
            ),
            (
                ["redefine", "ICT01", "--green-tolerance", "1"], 65,
                "kpi: error: command line: green-tolerance: expected a green tolerance only for an indicator whose better is closer, found 1 for ICT01, whose better is higher"
            ),
            (
                ["redefine", "ICT01", "--cumulative", "sometimes"], 64,
                "kpi: error: --cumulative: expected true or false, found \"sometimes\""
            ),
            (
                ["import", "--forecasts", "--definitions", "f.csv"], 64,
                "kpi: error: --definitions and --forecasts: expected one of them, found both"
            ),
        ] as [([String], Int32, String)])
    func refused(arguments: [String], status: Int32, firstLine: String) throws {
        let scratch = try store()
        _ = try scratch.kpi("forecast", "AUD01", "2021/22 Q1", "90", "--recorded-at", "2021-07-01")
        let before = scratch.tree("Series")
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == status)
        #expect(result.firstErrorLine == firstLine)
        #expect(scratch.tree("Series") == before)
    }

    @Test("kpi check names a hand-edited bad year-target or forecast line")
    func check() throws {
        let scratch = try store()
        let path = scratch.path + "/Series/AUD01.kpi"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(
            Data(
                "year-target 2021/22 95 profile 25,50,75,99 recorded 2021-03-01T00:00:00Z\nrevise-forecast 2021/22 Q3 50 recorded 2021-03-01T00:00:00Z\n"
                    .utf8))
        try handle.close()
        let result = try scratch.kpi("check")
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "Series/AUD01.kpi:8: profile: expected the last percentage to be exactly 100 (the year-end target), found 99 in \"25,50,75,99\"\n"
            ), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "Series/AUD01.kpi:9: revise-forecast: expected an earlier forecast for 2021/22 Q3 to revise, found none (use a forecast line)\n"
            ))
    }
}
