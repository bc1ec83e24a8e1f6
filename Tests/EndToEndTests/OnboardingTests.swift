import Foundation
import KPITestSupport
import Testing

/// Issue 10 end to end: from "we have a spreadsheet of three years" to a correct status and
/// pack in two commands, and definitions that change over the years with their history kept.
@Suite("Onboarding and living definitions", .serialized)
struct OnboardingTests {
    static let definitions = """
        id,title,unit,better,theme,target,from,tolerance,recorded_at
        SICK,Working days lost to sickness per FTE,days,lower,People,2.0,2019/20 Q1,10,2022-04-01
        WEB,Website users,count,higher,Digital,,,,2022-04-01

        """
    static let values = """
        indicator,period,value,note,recorded_at,by
        SICK,2019/20 Q1,1.9,,2019-08-10,Ann
        SICK,2019/20 Q2,2.3,,2019-11-10,Ann
        WEB,2019/20 Q1,"150,000",,2019-08-10,
        WEB,2019/20 Q2,"160,500",,2019-11-10,

        """

    @Test("a definitions CSV and a values CSV with past dates give the right status, as-of view and pack")
    func twoCommands() throws {
        let scratch = try Scratch()
        try scratch.write("defs.csv", Self.definitions)
        try scratch.write("values.csv", Self.values)
        let defined = try scratch.kpi("import", "--definitions", "defs.csv")
        #expect(defined.status == 0, "\(defined.stderr)")
        #expect(
            defined.stdout
                == "Created a new store in Series with the default settings (financial year from April)\nImported definitions from defs.csv: 2 defined, 1 target added\n"
        )
        let imported = try scratch.kpi("import", "values.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        let now = try scratch.kpi("status", "--format", "csv")
        #expect(
            now.stdout == """
                id,title,unit,period,value,target,amberThreshold,status,vsPreviousQuarter,vsSameQuarterLastYear,note,annualTarget,forecast,forecastStatus,variance,variancePercent\r
                SICK,Working days lost to sickness per FTE,days,2019/20 Q2,2.3,2.0,2.2,red,worsening,unknown,,2.0,,missing,0.3,15\r
                WEB,Website users,count,2019/20 Q2,160500,,,no-target,improving,unknown,,,,missing,,\r

                """)
        // As of late 2019 the figures were known but the target was only recorded in 2022.
        let then = try scratch.kpi("status", "--format", "csv", "--as-of", "2019-12-31")
        #expect(
            then.stdout.contains(
                "SICK,Working days lost to sickness per FTE,days,2019/20 Q2,2.3,,,no-target,worsening,unknown,"))
        #expect(try scratch.kpi("status", "--as-of", "2019-08-01").status == 66)
        let pack = try scratch.kpi("pack")
        #expect(pack.status == 0, "\(pack.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/Charts/2019-20-Q2/pack.pdf"))
        let history = try scratch.kpi("history", "SICK", "--revisions")
        #expect(history.stdout.split(separator: "\n").filter { $0.hasSuffix("  Ann") }.count == 2)
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test("define today, record a figure back-dated: the past view shows it with no target")
    func backDatedRecord() throws {
        let scratch = try Scratch()
        _ = try scratch.kpi("init")
        var result = try scratch.kpi(
            "define", "X", "--title", "X", "--unit", "percent", "--better", "higher",
            "--target", "90", "--from", "2020/21 Q1")
        #expect(result.status == 0, "\(result.stderr)")
        result = try scratch.kpi("record", "X", "2020/21 Q2", "80", "--recorded-at", "2020-10-10")
        #expect(result.status == 0, "\(result.stderr)")
        result = try scratch.kpi("status", "--as-of", "2020-12-31", "--format", "json")
        #expect(result.stdout.contains("\"value\": 80,"))
        #expect(result.stdout.contains("\"status\": \"no-target\","))
        #expect(try scratch.kpi("status", "--format", "csv").stdout.contains(",80,90,,red,"))
    }

    @Test("export then import into a fresh store with the same definitions rebuilds the same history")
    func exportImportRoundTrip() throws {
        let scratch = try Scratch()
        try scratch.write("defs.csv", Self.definitions)
        try scratch.write("values.csv", Self.values)
        _ = try scratch.kpi("import", "--definitions", "defs.csv")
        _ = try scratch.kpi("import", "values.csv")
        _ = try scratch.kpi(
            "record", "SICK", "2019/20 Q2", "2.25", "--revise", "--recorded-at", "2019-12-01", "--by", "Bo")
        let export = try scratch.kpi("export")
        try scratch.write("all.csv", export.stdout)
        // The definitions are imported later than the figures they describe: still the same history.
        _ = try scratch.kpi("import", "--definitions", "defs.csv", "--store", "Copy")
        let imported = try scratch.kpi("import", "all.csv", "--revise", "--store", "Copy")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try scratch.kpi("export", "--store", "Copy").stdout == export.stdout)
        for asOf in ["2019-09-01", "2019-11-30", "2030-01-01"] {
            #expect(
                try scratch.kpi("status", "--format", "json", "--as-of", asOf).stdout
                    == scratch.kpi("status", "--format", "json", "--as-of", asOf, "--store", "Copy").stdout)
        }
    }

    @Test("redefine, retire and reinstate: reports as of any date use what was in force then")
    func redefineRetireReinstate() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        _ = try scratch.kpi("record", "ICT01", "2021/22 Q1", "88", "--recorded-at", "2021-08-01")
        var result = try scratch.kpi(
            "redefine", "ICT01", "--title", "Incidents fixed in 2 days", "--recorded-at", "2021-09-01",
            "--note", "Shorter title", "--by", "Ann")
        #expect(result.stdout == "Redefined ICT01: title\n")
        #expect(try scratch.kpi("status", "--format", "csv").stdout.contains("ICT01,Incidents fixed in 2 days,"))
        #expect(
            try scratch.kpi("status", "--format", "csv", "--as-of", "2021-08-15").stdout.contains(
                "ICT01,ICT incidents resolved in under 2 days,"))
        let revisions = try scratch.kpi("history", "ICT01", "--revisions", environment: ["COLUMNS": "200"]).stdout
        #expect(revisions.contains("redefine"))
        #expect(revisions.contains("title \"Incidents fixed in 2 days\"; Shorter title"))
        result = try scratch.kpi("retire", "ICT01", "--from", "2021/22 Q1", "--recorded-at", "2021-10-01")
        #expect(result.stdout == "Retired ICT01 from 2021/22 Q1\n")
        #expect(try scratch.kpi("status", "2021/22 Q1", "--format", "csv").stdout.split(separator: "\r\n").count == 1)
        #expect(
            try scratch.kpi("status", "2021/22 Q1", "--all", "--format", "csv").stdout.contains(",88,90,85,retired,"))
        #expect(
            try scratch.kpi("status", "2021/22 Q1", "--format", "csv", "--as-of", "2021-09-15").stdout.contains(
                ",88,90,85,amber,"))
        #expect(try scratch.kpi("status", "2020/21 Q4", "--format", "csv").stdout.contains("ICT01,"))
        #expect(try scratch.kpi("pack", "2021/22 Q1").status == 66)
        // Values may still be recorded for retired periods; they show again on reinstatement.
        #expect(try scratch.kpi("record", "ICT01", "2021/22 Q2", "91", "--recorded-at", "2021-11-01").status == 0)
        #expect(try scratch.kpi("reinstate", "ICT01", "--recorded-at", "2021-12-01").stdout == "Reinstated ICT01\n")
        #expect(try scratch.kpi("status", "--format", "csv").stdout.contains(",91,90,85,green,"))
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test("target --none turns a target off from a period; a later target turns it on")
    func targetNone() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let none = try scratch.kpi("target", "ICT01", "--none", "--from", "2021/22 Q1", "--recorded-at", "2021-03-01")
        #expect(none.stdout == "Target for ICT01 from 2021/22 Q1: none (data only)\n")
        _ = try scratch.kpi("record", "ICT01", "2021/22 Q1", "70", "--recorded-at", "2021-08-01")
        #expect(try scratch.kpi("status", "--format", "csv").stdout.contains(",70,,,no-target,"))
        #expect(
            try scratch.read("Series/ICT01.kpi").contains(
                "target 2021/22 Q1 none recorded 2021-03-01T00:00:00Z by \"tester\"\n"))
    }

    @Test("--by, then $KPI_USER, names who recorded each line")
    func whoRecorded() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        _ = try scratch.kpi("record", "ICT01", "2021/22 Q1", "70", "--recorded-at", "2021-08-01", "--by", "Ann Smith")
        _ = try scratch.kpi(
            "record", "ICT01", "2021/22 Q2", "75", "--recorded-at", "2021-11-01", environment: ["KPI_USER": "bo"])
        let text = try scratch.read("Series/ICT01.kpi")
        #expect(text.contains("value 2021/22 Q1 70 recorded 2021-08-01T00:00:00Z by \"Ann Smith\"\n"))
        #expect(text.contains("value 2021/22 Q2 75 recorded 2021-11-01T00:00:00Z by \"bo\"\n"))
        #expect(try scratch.kpi("export").stdout.contains("ICT01,2021/22 Q1,70,,2021-08-01T00:00:00Z,Ann Smith\r\n"))
        // A name a spreadsheet would run as a formula is exported with an apostrophe and imported without it.
        _ = try scratch.kpi(
            "record", "ICT01", "2021/22 Q3", "80", "--recorded-at", "2022-01-01", "--by", "=HYPERLINK(x)")
        let export = try scratch.kpi("export").stdout
        #expect(export.contains(",2022-01-01T00:00:00Z,'=HYPERLINK(x)\r\n"))
        try scratch.write("again.csv", export)
        try scratch.write(
            "defs.csv", "id,title,unit,better\nICT01,ICT incidents resolved in under 2 days,percent,higher\n")
        #expect(try scratch.kpi("import", "--definitions", "defs.csv", "--store", "Copy").status == 0)
        #expect(try scratch.kpi("import", "again.csv", "--revise", "--store", "Copy").status == 0)
        #expect(try scratch.read("Copy/ICT01.kpi").contains("recorded 2022-01-01T00:00:00Z by \"=HYPERLINK(x)\"\n"))
    }

    @Test(
        "refused commands: documented exit code, one clear line, store unchanged",
        arguments: [
            (
                ["redefine", "NOPE", "--title", "x"], 66,
                "kpi: error: Series/NOPE.kpi: no indicator NOPE in this store; define it first with kpi define NOPE"
            ),
            (
                ["redefine", "ICT01"], 64,
                "kpi: error: redefine: expected at least one of --title, --unit, --better, --frequency, --decimals, --theme, --source, --description, --allow-any-percent, --cumulative, --green-tolerance, found none"
            ),
            (
                ["redefine", "ICT01", "--better", "sideways"], 65,
                "kpi: error: --better: better: expected higher, lower or closer, found \"sideways\""
            ),
            (
                ["redefine", "ICT01", "--better", "lower"], 65,
                "kpi: error: command line: redefine: the new better would break 1 line in force; nothing was changed"
            ),
            (
                ["retire", "ICT01", "--from", "2021/22 Q9"], 65,
                "kpi: error: --from: period: expected a quarter such as \"2021/22 Q2\", found \"2021/22 Q9\" (a quarter is Q1 to Q4)"
            ),
            (
                ["reinstate", "ICT01"], 65,
                "kpi: error: Series/ICT01.kpi: ICT01 is not retired, so there is nothing to reinstate; nothing was changed"
            ),
            (
                ["target", "ICT01", "--from", "2021/22 Q1"], 64,
                "kpi: error: VALUE argument: expected a target value, or --none for no target"
            ),
            (
                ["target", "ICT01", "95", "--none", "--from", "2021/22 Q1"], 64,
                "kpi: error: --none: expected either a VALUE or --none, found both"
            ),
            (
                ["import", "--definitions", "bad-defs.csv"], 65,
                "kpi: error: bad-defs.csv:1: header: expected the columns id, title, unit, better and optionally frequency, decimals, theme, source, description, allow_any_percent, cumulative, green_tolerance, target, from, amber, tolerance, recorded_at, by, found \"colour\""
            ),
            (["import", "--update", "values.csv"], 64, "kpi: error: --update: expected only with --definitions"),
            (
                ["record", "ICT01", "2021/22 Q1", "70", "--by", " "], 64,
                "kpi: error: --by: expected a name, found an empty one"
            ),
        ] as [([String], Int32, String)])
    func refused(arguments: [String], status: Int32, firstLine: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try scratch.write("bad-defs.csv", "id,title,unit,better,colour\n")
        try scratch.write("values.csv", "indicator,period,value\n")
        let before = scratch.tree("Series")
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == status)
        #expect(result.firstErrorLine == firstLine)
        #expect(scratch.tree("Series") == before)
    }
}
