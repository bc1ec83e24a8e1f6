import Foundation
import KPITestSupport
import Testing

@Suite("kpi end to end", .serialized)
struct CommandLineTests {
    @Test(
        "every command has help with an example",
        arguments: [
            "init", "define", "redefine", "target", "record", "import", "retire", "reinstate", "status", "history",
            "export", "check", "spc",
        ])
    func help(_ command: String) throws {
        let scratch = try Scratch()
        let result = try scratch.kpi(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
    }

    @Test("record, revise and status: stdout, stderr's first line and exit codes")
    func recordAndStatus() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        var result = try scratch.kpi(
            "record", "ICT01", "Q2 2021/22", "85", "--recorded-at", "2021-11-10", "--note", "Seed 004: amber")
        #expect(result.status == 0)
        #expect(result.stdout == "Recorded ICT01 2021/22 Q2: 85\n")
        result = try scratch.kpi("record", "ICT01", "2021/22 Q2", "86", "--recorded-at", "2021-11-11")
        #expect(result.status == 65)
        #expect(
            result.firstErrorLine
                == "kpi: error: command line: ICT01 already has a value for 2021/22 Q2 (85, recorded 2021-11-10T00:00:00Z); to correct it, record it again with --revise"
        )
        result = try scratch.kpi("record", "ICT01", "2021/22 Q2", "91", "--revise", "--recorded-at", "2021-12-01")
        #expect(result.stdout == "Revised ICT01 2021/22 Q2: 91\n")
        result = try scratch.kpi("status", "--format", "csv")
        #expect(
            result.stdout
                == "id,title,unit,period,value,target,amberThreshold,status,vsPreviousQuarter,vsSameQuarterLastYear,note,annualTarget,forecast,forecastStatus,variance,variancePercent\r\nICT01,ICT incidents resolved in under 2 days,percent,2021/22 Q2,91,90,85,green,unknown,unknown,,90,,missing,1,1.1\r\n"
        )
        result = try scratch.kpi("status", "--format", "csv", "--as-of", "2021-11-30")
        #expect(result.stdout.contains("2021/22 Q2,85,90,85,amber,unknown,unknown,Seed 004: amber"))
        result = try scratch.kpi("status", "--as-of", "2021-11-09")
        #expect(result.status == 66)
        #expect(
            result.firstErrorLine
                == "kpi: error: Series: no values recorded as of 2021-11-09, so there is no latest period; give a PERIOD or record values first"
        )
    }

    @Test(
        "each kind of failure has its documented exit code and one clear first line",
        arguments: [
            (
                ["record", "ICT01", "Q5 2021/22", "85"], 65,
                "kpi: error: PERIOD argument: period: expected a quarter such as \"2021/22 Q2\", found \"Q5 2021/22\" (a quarter is Q1 to Q4)"
            ),
            (
                ["record", "ICT01", "2021/22 Q2", "85,5"], 65,
                "kpi: error: VALUE argument: value: expected a number such as 85.5, found \"85,5\" (use a point for decimals and no thousands separators)"
            ),
            (
                ["record", "ICT01", "2021/22 Q2", "1e400"], 65,
                "kpi: error: VALUE argument: value: expected a number such as 85.5, found \"1e400\""
            ),
            (
                ["record", "../etc/passwd", "2021/22 Q2", "1"], 65,
                "kpi: error: ID argument: indicator: expected 1–32 characters of A-Z a-z 0-9 . _ - not starting with . or -, found \"../etc/passwd\""
            ),
            (
                ["record", "NOPE", "2021/22 Q2", "1"], 66,
                "kpi: error: Series/NOPE.kpi: no indicator NOPE in this store; define it first with kpi define NOPE"
            ),
            (
                ["record", "ICT01", "2021/22 Q2", "50", "--recorded-at", "2021-11-10T09:00:00"], 65,
                "kpi: error: --recorded-at: date: expected a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z, found \"2021-11-10T09:00:00\" (add Z for UTC or an offset such as +01:00)"
            ),
            (
                ["status", "--store", "nowhere"], 66,
                "kpi: error: nowhere: no store here (no such directory); create one with kpi init or pass --store DIR"
            ),
            (
                ["status", "--format", "xml"], 64,
                "kpi: error: --format: expected table, csv, json or markdown, found \"xml\""
            ),
            (
                ["status", "--as-of", "last week"], 65,
                "kpi: error: --as-of: date: expected a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z, found \"last week\""
            ),
            (["import", "missing.csv"], 66, "kpi: error: missing.csv: no such file to import"),
            (["record", "ICT01"], 64, "Error: Missing expected argument '<period>'"),
            (["frobnicate"], 64, "Error: Unexpected argument 'frobnicate'"),
            (
                ["target", "ICT01", "95", "--from", "2022/23 Q1", "--amber", "96"], 65,
                "kpi: error: command line: amber: expected a threshold at or below the target 95 because higher is better, found 96"
            ),
            (
                ["define", "X1", "--title", "T", "--unit", "furlongs", "--better", "higher"], 65,
                "kpi: error: --unit: unit: expected one of percent, count, days, gbp, number, found \"furlongs\""
            ),
            (
                ["define", "X1", "--title", "T", "--unit", "count", "--better", "higher", "--target", "5"], 64,
                "kpi: error: --target and --from: expected both or neither"
            ),
            (
                ["init", "--store", "Series/store.conf/x"], 73,
                "kpi: error: Series/store.conf: cannot create the directory: a file of that name exists"
            ),
        ])
    func failures(_ arguments: [String], _ status: Int32, _ firstLine: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let before = scratch.tree("Series")
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == status)
        #expect(result.firstErrorLine == firstLine)
        #expect(!result.stderr.contains("Fatal error"))
        #expect(scratch.tree("Series") == before, "a rejected command changed the store")
    }

    @Test("a negative value goes after --")
    func negativeValue() throws {
        let scratch = try Scratch()
        _ = try scratch.kpi("init")
        _ = try scratch.kpi(
            "define", "NET01", "--title", "Net change", "--unit", "number", "--better", "higher", "--recorded-at",
            "2020-01-01")
        let result = try scratch.kpi("record", "NET01", "2021/22 Q2", "--recorded-at", "2021-11-01", "--", "-3.5")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try scratch.read("Series/NET01.kpi").contains(
                "value 2021/22 Q2 -3.5 recorded 2021-11-01T00:00:00Z by \"tester\"\n"))
        let target = try scratch.kpi(
            "target", "NET01", "--from", "2021/22 Q1", "--recorded-at", "2021-03-01", "--", "-5")
        #expect(target.status == 0, "\(target.stderr)")
    }

    @Test("an unreadable Series file is an I/O error, exit 74")
    func ioError() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/Series/BROKEN.kpi", withIntermediateDirectories: false)
        let result = try scratch.kpi("status", "2021/22 Q2")
        #expect(result.status == 74)
        #expect(result.firstErrorLine.hasPrefix("kpi: error: Series/BROKEN.kpi: cannot read it: "))
    }

    @Test("a writer that cannot get the lock gives up with exit 75")
    func busy() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let fd = open(scratch.path + "/Series/.lock", O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let before = scratch.tree("Series")
        let result = try scratch.kpi("record", "ICT01", "2021/22 Q2", "85", environment: ["KPI_LOCK_TIMEOUT": "0.3"])
        #expect(result.status == 75)
        #expect(
            result.firstErrorLine
                == "kpi: error: Series: store busy: another kpi command has held its lock for 0.3 s; try again when it has finished"
        )
        #expect(scratch.tree("Series") == before)
    }

    @Test("8 processes recording at once lose no line")
    func concurrentWriters() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let periods = [
            "2019/20 Q1", "2019/20 Q2", "2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2", "2020/21 Q3",
            "2020/21 Q4",
        ]
        let running = try periods.enumerated().map { index, period in
            try KPIProcess.start(
                ["record", "ICT01", period, "\(80 + index)", "--recorded-at", "2021-01-0\(index + 1)"], in: scratch.path
            )
        }
        let results = running.map { $0.wait() }
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        let text = try scratch.read("Series/ICT01.kpi")
        for (index, period) in periods.enumerated() {
            #expect(
                text.contains("value \(period) \(80 + index) recorded 2021-01-0\(index + 1)T00:00:00Z by \"tester\"\n"))
        }
        #expect(text.components(separatedBy: "\nvalue ").count == 9)
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test(
        "an import killed after its journal is written is completed by the next command",
        arguments: ["journal-written", "applied"])
    func crashedImport(_ point: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        _ = try scratch.kpi(
            "define", "DIG01", "--title", "Website users", "--unit", "count", "--better", "higher", "--recorded-at",
            "2020-01-01")
        try scratch.write(
            "q.csv",
            "indicator,period,value,recorded_at\nICT01,2021/22 Q1,88,2021-08-10\nDIG01,2021/22 Q1,\"189,981\",2021-08-12\n"
        )
        let killed = try scratch.kpi("import", "q.csv", environment: ["KPI_CRASH_AT": point])
        #expect(killed.status == -9)
        let status = try scratch.kpi("status", "--format", "csv")
        #expect(status.status == 0)
        if point == "journal-written" {
            #expect(
                status.firstErrorLine
                    == "kpi: warning: Series/.journal: completed an interrupted command from its journal (ICT01.kpi, DIG01.kpi)"
            )
        }
        #expect(status.stdout.contains("DIG01,Website users,count,2021/22 Q1,189981,"))
        #expect(
            status.stdout.contains("ICT01,ICT incidents resolved in under 2 days,percent,2021/22 Q1,88,90,85,amber,"))
        #expect(try scratch.kpi("check").status == 0)
        #expect(try scratch.read("Series/ICT01.kpi").components(separatedBy: "2021/22 Q1 88").count == 2)
    }

    @Test("an import appended slowly for the kill loop (KPI_CRASH_AT=slow-append) writes the same bytes")
    func slowAppend() throws {
        let csv =
            "indicator,period,value,note,recorded_at\nICT01,2021/22 Q1,88,\"A note long enough to take \"\"several\"\" 16-byte writes\",2021-08-10\nICT01,2021/22 Q2,90,,2021-11-10\n"
        var files: [String] = []
        for environment in [[:], ["KPI_CRASH_AT": "slow-append"]] {
            let scratch = try Scratch()
            try scratch.makeStore()
            try scratch.write("q.csv", csv)
            #expect(try scratch.kpi("import", "q.csv", environment: environment).status == 0)
            files.append(try scratch.read("Series/ICT01.kpi"))
        }
        #expect(files[0].contains("value 2021/22 Q2 90 recorded 2021-11-10T00:00:00Z by \"tester\"\n"))
        #expect(files[1] == files[0])
    }
}
