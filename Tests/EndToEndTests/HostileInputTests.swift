import Foundation
import KPITestSupport
import Testing

/// Hostile input through the real `kpi` binary: each refusal gives one clear, located first
/// line, its documented exit code, no crash, and leaves every byte of the store (and of the
/// directory around it) as it was. Cases already covered by CommandLineTests and ImportTests
/// are not repeated here.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    static let idRule = "expected 1–32 characters of A-Z a-z 0-9 . _ - not starting with . or -"
    static let valueRule = "expected a number such as 85.5"

    /// Runs `kpi` and checks a refusal: exit status, first stderr line (exact, or its prefix
    /// when `prefix` is set), nothing on stdout, no crash, and no byte changed anywhere in
    /// the scratch directory.
    @discardableResult
    static func refused(
        _ scratch: Scratch, _ arguments: [String], _ status: Int32, _ firstLine: String,
        prefix: Bool = false, environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ProcessResult {
        let before = snapshot(scratch)
        let result = try KPIProcess.run(arguments, in: scratch.path, environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        if prefix {
            #expect(
                result.firstErrorLine.hasPrefix(firstLine), "got: \(result.firstErrorLine)",
                sourceLocation: sourceLocation)
        } else {
            #expect(result.firstErrorLine == firstLine, sourceLocation: sourceLocation)
        }
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(
            !result.stderr.contains("Fatal error") && !result.stderr.contains("Swift runtime failure"),
            sourceLocation: sourceLocation)
        #expect(result.stderr.utf8.count < 8_000, "an error message must stay short", sourceLocation: sourceLocation)
        #expect(snapshot(scratch) == before, "a refused command changed a file", sourceLocation: sourceLocation)
        return result
    }

    /// Every file in the scratch directory, store and all, with its bytes (lock files aside).
    static func snapshot(_ scratch: Scratch) -> [String: [UInt8]] {
        scratch.tree(".", excluding: []).filter { !($0.key == ".lock" || $0.key.hasSuffix("/.lock")) }
    }

    // MARK: - Command-line arguments

    static let idCases: [([String], String)] = [
        (["record", "a/b", "2021/22 Q2", "1"], "found \"a/b\""),
        (["record", "..", "2021/22 Q2", "1"], "found \"..\""),
        (["record", "ICT 01", "2021/22 Q2", "1"], "found \"ICT 01\""),
        (["record", "ICT\u{1}01", "2021/22 Q2", "1"], "found \"ICT\\u{1}01\""),
        (["record", "ICT\u{1b}[2J", "2021/22 Q2", "1"], "found \"ICT\\u{1b}[2J\""),
        (["record", "ICTé1", "2021/22 Q2", "1"], "found \"ICTé1\""),
        (
            ["record", String(repeating: "A", count: 33), "2021/22 Q2", "1"],
            "found \"\(String(repeating: "A", count: 33))\" (33 characters)"
        ),
        // Past the 40 characters an error quotes, the count is said once, not twice.
        (
            ["record", String(repeating: "A", count: 41), "2021/22 Q2", "1"],
            "found \"\(String(repeating: "A", count: 40))…\" (41 characters)"
        ),
        (["record", "--", "-ICT01", "2021/22 Q2", "1"], "found \"-ICT01\""),
        (["record", "--", ".hidden", "2021/22 Q2", "1"], "found \".hidden\""),
        (["define", "../evil", "--title", "x", "--unit", "count", "--better", "higher"], "found \"../evil\""),
        (["define", "/tmp/evil", "--title", "x", "--unit", "count", "--better", "higher"], "found \"/tmp/evil\""),
        (["history", "../Series/ICT01"], "found \"../Series/ICT01\""),
        (["chart", "..", "--format", "svg"], "found \"..\""),
    ]

    @Test("hostile indicator ids", arguments: idCases)
    func ids(_ arguments: [String], _ found: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try Self.refused(scratch, arguments, 65, "kpi: error: ID argument: indicator: \(Self.idRule), " + found)
    }

    @Test("an id that looks like an option is a usage error")
    func dashID() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        // ArgumentParser takes "-ICT01" for options and then misses an argument; `--` is the way
        // to pass it (and it is then refused as an id, see "hostile indicator ids").
        try Self.refused(scratch, ["record", "-ICT01", "2021/22 Q2", "1"], 64, "Error: ", prefix: true)
    }

    static let quarter = "period: expected a quarter such as \"2021/22 Q2\", "
    static let anyPeriod =
        "period: expected a period: a quarter such as \"2021/22 Q2\" (or \"Q2 2021/22\", \"Quarter 2 2021/22\", \"2021-22 Q2\"); "
        + "a month such as \"Apr 2021\" (or \"April 2021\", \"Sept 2021\", \"Apr-21\", \"Apr 21\", \"2021-04\", \"04/2021\", \"2021/22 M01\", \"Month 1 2021/22\", \"Period 1 2021/22\"); "
        + "a financial year such as \"2021/22\" (or \"FY 2021/22\", \"FY2021-22\", \"2021/22 full year\"), "

    /// Each period with the error after "PERIOD argument: ".
    static let periodCases: [(String, String)] = [
        (
            "2021/23 Q1",
            quarter + "found \"2021/23 Q1\" (a financial year spans two consecutive years, such as 2021/22)"
        ),
        ("Q0 2021/22", quarter + "found \"Q0 2021/22\" (a quarter is Q1 to Q4)"),
        ("Quarter 5 2021/22", quarter + "found \"Quarter 5 2021/22\" (a quarter is Q1 to Q4)"),
        ("", anyPeriod + "found nothing"),
        ("   ", anyPeriod + "found nothing"),
        (
            "2021/22",
            "period: expected a quarter such as \"2021/22 Q2\" (or \"Q2 2021/22\", \"Quarter 2 2021/22\", \"2021-22 Q2\") for the quarterly indicator ICT01, found the year 2021/22"
        ),
        (
            "Sep 2021",
            "period: expected a quarter such as \"2021/22 Q2\" (or \"Q2 2021/22\", \"Quarter 2 2021/22\", \"2021-22 Q2\") for the quarterly indicator ICT01, found the month Sep 2021"
        ),
        ("Q2", quarter + "found \"Q2\" (no financial year such as 2021/22)"),
        ("2021/22 Q2 Q3", quarter + "found \"2021/22 Q2 Q3\""),
        ("1899/00 Q1", quarter + "found \"1899/00 Q1\" (the year must be between 1900 and 2998)"),
        ("2021/22 Q１", quarter + "found \"2021/22 Q１\""),
        ("2021/22 Q2\n", quarter + "found \"2021/22 Q2\\n\""),
        ("2021/22 Q99999999999999999999999", quarter + "found \"2021/22 Q99999999999999999999999\""),
        ("２０２１/22 Q2", quarter + "found \"２０２１/22 Q2\" (a financial year is written like 2021/22)"),
        ("Sept 99999", "period: expected a month such as \"Apr 2021\", found \"Sept 99999\""),
        (
            "2021/22 M13",
            "period: expected a month such as \"Apr 2021\", found \"2021/22 M13\" (a month of the financial year is 1 to 12)"
        ),
    ]

    @Test("hostile periods", arguments: periodCases)
    func periods(_ period: String, _ message: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try Self.refused(scratch, ["record", "ICT01", period, "85"], 65, "kpi: error: PERIOD argument: " + message)
    }

    static let valueCases: [(String, String)] = [
        ("NaN", "\(Self.valueRule), found \"NaN\""),
        ("nan", "\(Self.valueRule), found \"nan\""),
        ("inf", "\(Self.valueRule), found \"inf\""),
        ("-inf", "\(Self.valueRule), found \"-inf\""),
        ("Infinity", "\(Self.valueRule), found \"Infinity\""),
        ("--5", "\(Self.valueRule), found \"--5\""),
        ("0x10", "\(Self.valueRule), found \"0x10\""),
        ("", "\(Self.valueRule), found nothing"),
        ("1e5", "\(Self.valueRule), found \"1e5\""),
        ("85%", "\(Self.valueRule), found \"85%\""),
        ("+", "\(Self.valueRule), found \"+\""),
        (".", "\(Self.valueRule), found \".\""),
        ("5.", "\(Self.valueRule), found \"5.\""),
        (".5", "\(Self.valueRule), found \".5\""),
        ("8 5", "\(Self.valueRule), found \"8 5\""),
        ("٨٥", "\(Self.valueRule), found \"٨٥\""),
        ("1234567890123456789", "\(Self.valueRule), found \"1234567890123456789\" (at most 18 significant digits)"),
        (
            "0.0000000000000000001",
            "\(Self.valueRule), found \"0.0000000000000000001\" (at most 18 digits after the point)"
        ),
        (
            "0." + String(repeating: "0", count: 130) + "1",
            "\(Self.valueRule), found \"0.\(String(repeating: "0", count: 38))…\" (133 characters) (at most 18 digits after the point)"
        ),
        (
            String(repeating: "9", count: 100_000),
            "\(Self.valueRule), found \"\(String(repeating: "9", count: 40))…\" (100000 characters) (at most 18 significant digits)"
        ),
        ("1000000000000001", "expected a number between -1e15 and 1e15, found \"1000000000000001\""),
    ]

    @Test("hostile values", arguments: valueCases)
    func values(_ value: String, _ problem: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try Self.refused(
            scratch, ["record", "ICT01", "2021/22 Q2", "--", value], 65, "kpi: error: VALUE argument: value: " + problem
        )
    }

    // MARK: - CSV files

    static let csvCases: [(String, String)] = [
        (
            "ICT01,2021/22 Q2,85\n",
            "kpi: error: q.csv:1: header: expected the columns indicator, period, value and optionally note, recorded_at, by, found \"ICT01\""
        ),
        (
            "indicator,period,value\nICT01,2021/22 Q2\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: row: expected 3 fields as in the header, found 2"
        ),
        (
            "indicator,period,value\nICT01,2021/22 Q2,85,86\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: row: expected 3 fields as in the header, found 4"
        ),
        (
            "indicator,\"period,value\nICT01,2021/22 Q2,85\n",
            "kpi: error: q.csv:1: field: expected a closing double quote for the field that starts on this line, found the end of the file"
        ),
        (
            "indicator,period,value\nICT\u{0}01,2021/22 Q2,85\n",
            "kpi: error: q.csv:2: file: expected text, found a NUL byte (is this a spreadsheet file rather than CSV?)"
        ),
        (
            "indicator,period,value\nICT01,2021/22 Q2,85\nICT01,2021/22 Q2,85\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:3: period: expected one row for ICT01 2021/22 Q2, found a second (the first is at line 2); use --revise to apply corrections in order"
        ),
        (
            "indicator,period,value\nICT01,2021/22 Q1,80\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: ICT01 already has a value for 2021/22 Q1 (88, recorded 2021-08-10T00:00:00Z); to correct it, record it again with --revise"
        ),
        (
            "indicator,period,value\n../../etc/passwd,2021/22 Q2,1\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: indicator: \(Self.idRule), found \"../../etc/passwd\""
        ),
        (
            "indicator,period,value\n\(String(repeating: "B", count: 33)),2021/22 Q2,1\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: indicator: \(Self.idRule), found \"\(String(repeating: "B", count: 33))\" (33 characters)"
        ),
        (
            "indicator,period,value\nICT01,2021/22 Q2,NaN\nICT01,2021/22 Q3,inf\nICT01,2021/22 Q4,--5\n",
            "kpi: error: q.csv: 3 bad rows; nothing was imported\nq.csv:2: value: \(Self.valueRule), found \"NaN\"\nq.csv:3: value: \(Self.valueRule), found \"inf\"\nq.csv:4: value: \(Self.valueRule), found \"--5\""
        ),
        (
            "indicator,period,value,recorded_at\nICT01,2021/22 Q2,85,2999-01-01\n",
            "kpi: error: q.csv: 1 bad row; nothing was imported\nq.csv:2: recorded_at: expected a time that is not in the future, found 2999-01-01T00:00:00Z"
        ),
    ]

    @Test("hostile CSV files", arguments: csvCases)
    func csvFiles(_ csv: String, _ expected: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        _ = try scratch.kpi("record", "ICT01", "2021/22 Q1", "88", "--recorded-at", "2021-08-10")
        try scratch.write("q.csv", csv)
        let lines = expected.components(separatedBy: "\n")
        let result = try Self.refused(scratch, ["import", "q.csv"], 65, lines[0])
        #expect(Array(result.stderr.components(separatedBy: "\n").prefix(lines.count)) == lines)
    }

    @Test("invalid UTF-8 in a CSV is located, with its exit code")
    func invalidUTF8() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try Data(Array("indicator,period,value,note\nICT01,2021/22 Q2,85,caf".utf8) + [0xC3, 0x28, 10]).write(
            to: URL(fileURLWithPath: scratch.path + "/q.csv"))
        try Self.refused(
            scratch, ["import", "q.csv"], 65,
            "kpi: error: q.csv:2: file: expected UTF-8 text, found invalid bytes (save the sheet as \"CSV UTF-8\")")
    }

    @Test("a 2 MB value in a CSV gives a short message")
    func hugeValue() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try scratch.write(
            "q.csv", "indicator,period,value\nICT01,2021/22 Q2," + String(repeating: "9", count: 2 << 20) + "\n")
        let result = try Self.refused(
            scratch, ["import", "q.csv"], 65, "kpi: error: q.csv: 1 bad row; nothing was imported")
        #expect(
            result.stderr.components(separatedBy: "\n")[1]
                == "q.csv:2: value: expected a number such as 85.5, found \"9999999999999999999999999999999999999999…\" (2097152 characters) (at most 18 significant digits)"
        )
    }

    /// Every row has a column too many: the cheapest bad row to find, so the test stays quick
    /// in a debug build (about 4 s) while the reader still goes through all 20 MB.
    @Test("a CSV of a million rows is refused whole, listing 20 of them")
    func millionRows() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try scratch.write(
            "big.csv", "indicator,period,value\n" + String(repeating: "ICT01,2021/22 Q2,85,5\n", count: 1_000_000))
        let result = try Self.refused(
            scratch, ["import", "big.csv"], 65, "kpi: error: big.csv: 1000000 bad rows; nothing was imported")
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines[1] == "big.csv:2: row: expected 3 fields as in the header, found 4")
        #expect(lines[20] == "big.csv:21: row: expected 3 fields as in the header, found 4")
        #expect(lines.count == 23 && lines[21] == "… and 999980 more" && lines[22].isEmpty)
    }

    // MARK: - Series files edited by hand

    static let handEditCases: [(String, String, String)] = [
        (
            "append", "colour red\n",
            "Series/ICT01.kpi:8: line: expected a line starting with indicator, title, unit, better, frequency, decimals, allow-any-percent, cumulative, green-tolerance, theme, source, description, target, year-target, value, revise, forecast, revise-forecast, redefine, retire or reinstate, found \"colour\""
        ),
        (
            "append", "indicator ICT01 defined 2020-01-01T00:00:00Z\n",
            "Series/ICT01.kpi:8: indicator: expected one definition per file, found a second indicator line (the first is at line 2)"
        ),
        (
            "append", "unit count\n",
            "Series/ICT01.kpi:8: unit: expected definition lines before the history, found unit after a history line"
        ),
        (
            "prepend", "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\n",
            "Series/ICT01.kpi:1: value: expected the indicator definition first, found a value line before it"
        ),
        (
            "append",
            "value 2021/22 Q1 5 recorded 2021-08-01T00:00:00Z\nvalue 2021/22 Q1 6 recorded 2021-08-02T00:00:00Z\n",
            "Series/ICT01.kpi:9: value: expected one value line for 2021/22 Q1, found a second (the first is at line 8); a correction is a revise line"
        ),
        (
            "append", "revise 2021/22 Q1 6 recorded 2021-08-02T00:00:00Z\n",
            "Series/ICT01.kpi:8: revise: expected an earlier value for 2021/22 Q1 to revise, found none (use a value line)"
        ),
        (
            "append", "value 2021/22 Q1 NaN recorded 2021-08-02T00:00:00Z\n",
            "Series/ICT01.kpi:8: value: expected a number such as 85.5, found \"NaN\""
        ),
        (
            "append", "value 2021/22 Q1 5 recorded 2021-08-02T00:00:00Z note \"\\u{d800}\"\n",
            "Series/ICT01.kpi:8: line: expected an escape such as \\u{1b}"
        ),
        (
            "append", "value 2021/22 Q1 5 recorded 2021-08-02T00:00:00Z note \"unclosed\n",
            "Series/ICT01.kpi:8: line: expected a closing double quote"
        ),
    ]

    @Test("a badly hand-edited Series file is refused by every command and listed by check", arguments: handEditCases)
    func handEdits(_ how: String, _ text: String, _ problem: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let original = try scratch.read("Series/ICT01.kpi")
        try scratch.write("Series/ICT01.kpi", how == "append" ? original + text : text + original)
        for command in [
            ["record", "ICT01", "2021/22 Q3", "85"], ["status"], ["chart", "ICT01", "--format", "svg"], ["export"],
        ] {
            try Self.refused(scratch, command, 65, "kpi: error: " + problem, prefix: problem.hasSuffix("expected"))
        }
        let check = try Self.refused(scratch, ["check"], 65, "kpi: error: Series: 1 problem found")
        #expect(check.stderr.components(separatedBy: "\n")[1].hasPrefix(problem))
    }

    @Test("invalid UTF-8 in a Series file is located")
    func seriesInvalidUTF8() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let handle = try #require(FileHandle(forWritingAtPath: scratch.path + "/Series/ICT01.kpi"))
        handle.seekToEndOfFile()
        handle.write(
            Data(
                Array("value 2021/22 Q1 5 recorded 2021-08-02T00:00:00Z note \"caf".utf8) + [0xC3, 0x28]
                    + Array("\"\n".utf8)))
        handle.closeFile()
        try Self.refused(
            scratch, ["record", "ICT01", "2021/22 Q3", "85"], 65,
            "kpi: error: Series/ICT01.kpi:8: line: expected text that is valid UTF-8")
    }

    // MARK: - Symbolic links

    @Test(
        "a Series file that is a symlink out of the store is never read or written", arguments: ["file", "directory"])
    func symlinkedSeriesFile(_ kind: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let outside = scratch.path + "/outside"
        if kind == "file" {
            try FileManager.default.moveItem(atPath: scratch.path + "/Series/ICT01.kpi", toPath: outside)
        } else {
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
            try FileManager.default.removeItem(atPath: scratch.path + "/Series/ICT01.kpi")
        }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/Series/ICT01.kpi", withDestinationPath: outside)
        let message =
            "kpi: error: Series/ICT01.kpi: cannot read it: it is a symbolic link, and the store keeps only real files"
        try Self.refused(scratch, ["record", "ICT01", "2021/22 Q2", "85"], 65, message)
        try Self.refused(scratch, ["status", "2021/22 Q2"], 65, message)
        try Self.refused(
            scratch, ["define", "ICT01", "--title", "t", "--unit", "count", "--better", "higher"], 65,
            "kpi: error: Series/ICT01.kpi: indicator ICT01 already exists; nothing was changed")
        let check = try Self.refused(scratch, ["check"], 65, "kpi: error: Series: 1 problem found")
        #expect(
            check.stderr.contains(
                "Series/ICT01.kpi: file: expected a regular file, found a symbolic link (the store keeps only real files)"
            ))
    }

    @Test(
        "store files that are symlinks out of the store are refused, never followed",
        arguments: [
            (
                ".journal",
                "kpi: error: Series/.journal: cannot read it: it is a symbolic link, and the store keeps only real files"
            ),
            (
                ".lock",
                "kpi: error: Series/.lock: cannot open it: it is a symbolic link, and the store keeps only real files"
            ),
        ])
    func symlinkedStoreFiles(_ name: String, _ message: String) throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        if name == ".lock" { try FileManager.default.removeItem(atPath: scratch.path + "/Series/.lock") }
        try scratch.write("outside", "kpi-journal 1\ncommit 0\n")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/Series/" + name, withDestinationPath: scratch.path + "/outside")
        try Self.refused(scratch, ["record", "ICT01", "2021/22 Q2", "85"], 65, message)
        try Self.refused(scratch, ["status", "2021/22 Q2"], 65, message)
        #expect(try scratch.read("outside") == "kpi-journal 1\ncommit 0\n")
    }

    @Test("torn bytes are never set aside through a .recovered symlink out of the store")
    func symlinkedRecovered() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        try FileManager.default.createDirectory(atPath: scratch.path + "/outside", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/Series/.recovered", withDestinationPath: scratch.path + "/outside")
        let original = try scratch.read("Series/ICT01.kpi")
        try scratch.write("Series/ICT01.kpi", original + "value 2021/22 Q1 8")
        try Self.refused(
            scratch, ["record", "ICT01", "2021/22 Q2", "85"], 65,
            "kpi: error: Series/.recovered: expected a directory for torn lines set aside, found a symbolic link (the store keeps only real files); nothing was changed"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/outside").isEmpty)
    }

    // MARK: - Read-only store and full disk (need root and mount(8); skipped otherwise)

    @Test("a read-only store can be read but not written", .enabled(if: Mount.available, "needs root and mount(8)"))
    func readOnlyStore() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        _ = try scratch.kpi("record", "ICT01", "2021/22 Q1", "88", "--recorded-at", "2021-08-10")
        let series = scratch.path + "/Series"
        try Mount.run(["--bind", series, series])
        defer { Mount.unmount(series) }
        try Mount.run(["-o", "remount,bind,ro", series])
        try Self.refused(
            scratch, ["record", "ICT01", "2021/22 Q2", "85"], 74,
            "kpi: error: Series/.lock: cannot open the store's lock file for writing: Read-only file system (is the store read-only?)"
        )
        try Self.refused(
            scratch, ["define", "NEW1", "--title", "t", "--unit", "count", "--better", "higher"], 74,
            "kpi: error: Series/.lock: cannot open the store's lock file for writing: Read-only file system (is the store read-only?)"
        )
        let status = try scratch.kpi("status", "--format", "csv")
        #expect(status.status == 0 && status.stdout.contains("ICT01,"))
        #expect(try scratch.kpi("check").status == 0)
    }

    @Test(
        "a full disk refuses the write with exit 74 and changes nothing",
        .enabled(if: Mount.available, "needs root and mount(8)"),
        arguments: ["no room for the journal", "no room for the append"])
    func fullDisk(_ when: String) throws {
        let scratch = try Scratch()
        let disk = scratch.path + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        try Mount.run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk])
        defer { Mount.unmount(disk) }
        for arguments in [
            ["init", "--store", "disk/Series"],
            [
                "define", "ICT01", "--store", "disk/Series", "--title", "t", "--unit", "count", "--better", "higher",
                "--recorded-at", "2020-01-01",
            ],
            [
                "define", "DIG01", "--store", "disk/Series", "--title", "d", "--unit", "count", "--better", "higher",
                "--recorded-at", "2020-01-01",
            ],
        ] {
            #expect(try KPIProcess.run(arguments, in: scratch.path).status == 0)
        }
        // Pad ICT01.kpi to a whole page, so any append needs a new one.
        let series = disk + "/Series/ICT01.kpi"
        let size = try FileManager.default.attributesOfItem(atPath: series)[.size] as! Int
        let pad = "#" + String(repeating: "-", count: 4096 - size - 2) + "\n"
        let handle = try #require(FileHandle(forWritingAtPath: series))
        handle.seekToEndOfFile()
        handle.write(Data(pad.utf8))
        handle.closeFile()
        // Fill the disk; for the second case free one page, which the journal takes.
        let fill = open(disk + "/fill", O_WRONLY | O_CREAT, 0o644)
        let page = [UInt8](repeating: 120, count: 4096)
        var filled = 0
        while page.withUnsafeBytes({ write(fill, $0.baseAddress, 4096) }) == 4096 { filled += 4096 }
        if when == "no room for the append" { ftruncate(fill, off_t(filled - 4096)) }
        close(fill)

        let expected =
            when == "no room for the journal"
            ? "kpi: error: disk/Series/.journal: cannot write it: the disk is full (No space left on device)"
            : "kpi: error: disk/Series/ICT01.kpi: cannot write it: the disk is full (No space left on device); the command was undone and nothing was changed"
        try Self.refused(scratch, ["record", "ICT01", "2021/22 Q2", "85", "--store", "disk/Series"], 74, expected)
        try scratch.write("q.csv", "indicator,period,value\nDIG01,2021/22 Q2,5\nICT01,2021/22 Q2,6\n")
        // The import journals both files; DIG01 has room in its page, ICT01 does not.
        try Self.refused(scratch, ["import", "q.csv", "--store", "disk/Series"], 74, expected)
        #expect(try KPIProcess.run(["check", "--store", "disk/Series"], in: scratch.path).status == 0)

        unlink(disk + "/fill")
        #expect(try KPIProcess.run(["import", "q.csv", "--store", "disk/Series"], in: scratch.path).status == 0)
        #expect(try KPIProcess.run(["check", "--store", "disk/Series"], in: scratch.path).status == 0)
    }

    // MARK: - Injection into reports and charts

    static let hostileTitle =
        "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script> \"><svg onload=alert(1)> & |a|\nb\u{1b}[31m\u{7}"
    static let hostileNotes = [
        "<script>alert('n')</script>\"><svg onload=alert(2)>",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3, then =1+1\r\n=HYPERLINK(\"x\")",
        "a,\u{301}b\"\u{301}c|\u{301}d\n\u{301}e",
    ]

    /// A store with two indicators whose title and notes are hostile, with values for 3 quarters.
    func injectionStore() throws -> Scratch {
        let scratch = try Scratch()
        _ = try scratch.kpi("init")
        for (id, title) in [
            ("INJ1", Self.hostileTitle), ("INJ2", "<b>Bold</b> & \"quoted\" 'apostrophe' \u{202E}reversed"),
        ] {
            let defined = try scratch.kpi(
                "define", id, "--title", title, "--unit", "percent", "--better", "higher",
                "--theme", "<i>theme</i>", "--source", "=cmd|' /C calc'!A0", "--description", "</desc><script>",
                "--target", "90", "--from", "2021/22 Q1", "--amber", "80", "--recorded-at", "2021-01-01")
            #expect(defined.status == 0, "\(defined.stderr)")
            for (index, period) in ["2021/22 Q1", "2021/22 Q2", "2021/22 Q3"].enumerated() {
                let note = Self.hostileNotes[(index + (id == "INJ2" ? 1 : 0)) % Self.hostileNotes.count]
                let recorded = try scratch.kpi(
                    "record", id, period, "\(80 + index * 5)", "--note=" + note, "--recorded-at",
                    "2021-12-0\(index + 1)")
                #expect(recorded.status == 0, "\(recorded.stderr)")
            }
        }
        return scratch
    }

    @Test("hostile titles and notes come out as data in CSV")
    func csvInjection() throws {
        let scratch = try injectionStore()
        let result = try scratch.kpi("status", "--format", "csv")
        #expect(result.status == 0)
        let records = RFC4180.parse(result.stdout)
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.count == 16 }, "\(records)")
        let inj1 = try #require(records.first { $0.first == "INJ1" })
        #expect(inj1[1] == "'" + Self.hostileTitle)
        #expect(inj1[10] == "'" + Self.hostileNotes[2])
        let inj2 = try #require(records.first { $0.first == "INJ2" })
        #expect(inj2[10] == Self.hostileNotes[3], "a comma, quote or line break with a combining mark split the field")
        // No field starts with a formula character unless escaped by an apostrophe.
        for record in records.dropFirst() {
            for field in [record[1], record[10]] {
                #expect(!"=+-@".contains(field.first ?? " "), "\(field)")
            }
        }
        // The export is re-importable and gives the notes back exactly.
        let export = try scratch.kpi("export")
        let rows = RFC4180.parse(export.stdout)
        #expect(rows.count == 7 && rows.allSatisfy { $0.count == 6 })
    }

    @Test("hostile titles and notes come out escaped in Markdown")
    func markdownInjection() throws {
        let scratch = try injectionStore()
        let result = try scratch.kpi("status", "--format", "markdown")
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.count == 7 && lines[6].isEmpty, "a line break in a title or note broke the table: \(lines)")
        for line in lines[2...5] {
            // Table cells: one more unescaped pipe than cells, whatever the text held.
            let pipes = zip(line.unicodeScalars, [" "] + line.unicodeScalars.dropLast()).filter {
                $0 == "|" && $1 != "\\"
            }.count
            #expect(pipes == 9, "\(line)")
        }
        for forbidden in ["<script", "<svg", "<b>", "\u{1b}", "\u{7}", "\r"] {
            #expect(!result.stdout.contains(forbidden), "\(forbidden) in \(result.stdout)")
        }
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("hostile titles come out escaped in SVG charts and tiles", arguments: ["chart", "tile"])
    func svgInjection(_ command: String) throws {
        let scratch = try injectionStore()
        for id in ["INJ1", "INJ2"] {
            var arguments = [command, id, "--format", "svg", "--out", "out/\(id).svg"]
            if command == "chart" {
                arguments += ["--title", "Custom <script>alert(3)</script> & \"><svg onload=alert(4)>"]
            }
            let result = try KPIProcess.run(arguments, in: scratch.path)
            #expect(result.status == 0, "\(result.stderr)")
            let svg = try scratch.read("out/\(id).svg")
            for forbidden in ["<script", "<svg onload", "<b>", "</desc><", "\u{1b}", "\u{7}"] {
                #expect(!svg.contains(forbidden), "\(forbidden) in \(command) \(id)")
            }
            #expect(svg.contains("&lt;"))
            #expect(try XMLCheck.isWellFormed(svg), "\(command) \(id) is not well-formed XML")
        }
    }

    @Test("hostile titles are drawn harmlessly in PNG and PDF", arguments: ["chart", "tile"])
    func rasterAndPDF(_ command: String) throws {
        let scratch = try injectionStore()
        for format in ["png", "pdf"] {
            let result = try scratch.kpi(command, "INJ1", "--format", format, "--out", "out/x.\(format)")
            #expect(result.status == 0, "\(result.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/out/x.\(format)"))
            if format == "png" {
                #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                #expect(data.suffix(8) == Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]))
            } else {
                #expect(data.starts(with: Array("%PDF-".utf8)))
                #expect(String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"))
            }
        }
    }
}

/// mount(8) for the read-only and full-disk tests: available when running as root where
/// mounting is allowed (the CI container); the tests are skipped otherwise.
enum Mount {
    static let available: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = NSTemporaryDirectory() + "kpi-mount-probe-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: false)) != nil
        else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? run(["-t", "tmpfs", "-o", "size=16k", "tmpfs", probe])) != nil else { return false }
        unmount(probe)
        return true
    }()

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mount \(arguments) failed"])
        }
    }

    static func unmount(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = ["-l", path]
        try? process.run()
        process.waitUntilExit()
    }
}

/// A strict RFC 4180 reader for checking kpi's CSV output (CRLF records, quoted fields).
enum RFC4180 {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",": record.append(String(field)); field = String.UnicodeScalarView()
            case "\r" where scalars.first == "\n":
                scalars.removeFirst()
                record.append(String(field)); field = String.UnicodeScalarView()
                records.append(record); record = []
            default: field.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(String(field)); records.append(record) }
        return records
    }
}

/// Well-formedness of an SVG document, checked with Python's XML parser; without Python the
/// test fails, saying what to install.
enum XMLCheck {
    static func isWellFormed(_ text: String) throws -> Bool {
        let python = try Tool.require("python3", package: "python3")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        input.fileHandleForWriting.write(Data(text.utf8))
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
