import Foundation
import KPITestSupport
import Testing

/// Action trackers through the real `kpi` binary: define, update, revise, import, `kpi actions`
/// as of any date, and every refusal with its exact first line, exit code and an unchanged store.
@Suite("Action commands", .serialized)
struct ActionCommandTests {
    /// A store with one indicator-free action, due 30 April 2021, and its Q3 and Q4 updates.
    static func tour() throws -> Scratch {
        let scratch = try Scratch()
        #expect(try scratch.kpi("init").status == 0)
        let define = try scratch.kpi(
            "action", "define", "HR-4.1", "--ref", "HR&OD20- 22.Strat-4.1",
            "--title", "Review and develop the council's workforce strategy and plan",
            "--theme", "Strategic Objectives", "--owner", "Head of HR", "--due", "30-Apr- 2021",
            "--recorded-at", "2020-04-01", "--by", "Ann Smith")
        #expect(define.status == 0, "\(define.stderr)")
        #expect(define.stdout == "Defined action HR-4.1 in Series/HR-4.1.action\n")
        let q3 = try scratch.kpi(
            "action", "update", "HR-4.1", "Q3 2020/21", "--progress", "40%", "--stage", "In progress",
            "--status", "Green", "--note", "Draft plan with the unions", "--recorded-at", "2021-01-20")
        #expect(q3.status == 0, "\(q3.stderr)")
        #expect(q3.stdout == "Recorded the update for HR-4.1 2020/21 Q3\n")
        let q4 = try scratch.kpi(
            "action", "update", "HR-4.1", "2020/21 Q4", "--progress", "60", "--status", "amber",
            "--note", "Committee date moved", "--recorded-at", "2021-05-12")
        #expect(q4.status == 0, "\(q4.stderr)")
        return scratch
    }

    static func json(_ result: ProcessResult) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
    }

    @Test("kpi actions --format json gives the documented keys, in order, for the latest period")
    func jsonKeys() throws {
        let scratch = try Self.tour()
        let result = try scratch.kpi("actions", "--format", "json")
        let keys = result.stdout.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        #expect(
            keys == [
                "id", "ref", "title", "theme", "owner", "due", "originalDue", "period", "progress", "stage", "status",
                "statusSource", "suggestedStatus", "overdue", "expectedProgress", "note",
            ])
        let row = try #require(try Self.json(result).first)
        #expect(row["id"] as? String == "HR-4.1")
        #expect(row["ref"] as? String == "HR&OD20- 22.Strat-4.1")
        #expect(row["due"] as? String == "2021-04-30")
        #expect(row["originalDue"] is NSNull)
        #expect(row["period"] as? String == "2020/21 Q4")
        #expect(row["progress"] as? Int == 60)
        #expect(row["stage"] as? String == "in-progress")
        #expect(row["status"] as? String == "amber")
        #expect(row["statusSource"] as? String == "officer")
        // 1 April 2020 to 30 April 2021 is 394 days; 364 of them by 31 March: 92.4% expected,
        // and 60 is under 70% of that.
        #expect(row["suggestedStatus"] as? String == "red")
        #expect(row["expectedProgress"] as? Double == 92.4)
        #expect(row["overdue"] as? Bool == false)
        #expect(row["note"] as? String == "Committee date moved")
    }

    @Test("--as-of shows the tracker as it stood, and the latest period then")
    func asOf() throws {
        let scratch = try Self.tour()
        let then = try #require(
            try Self.json(scratch.kpi("actions", "--format", "json", "--as-of", "2021-02-01")).first)
        #expect(then["period"] as? String == "2020/21 Q3")
        #expect(then["status"] as? String == "green")
        #expect(then["progress"] as? Int == 40)
        // Asking for Q4 as it stood then: the Q3 update is the latest, so Q4 awaits its update.
        let q4Then = try #require(
            try Self.json(scratch.kpi("actions", "2020/21 Q4", "--format", "json", "--as-of", "2021-02-01")).first)
        #expect(q4Then["status"] as? String == "no-update")
        #expect(q4Then["statusSource"] as? String == "rules")
        #expect(q4Then["period"] as? String == "2020/21 Q3")
        let before = try scratch.kpi("actions", "--as-of", "2020-03-01")
        #expect(before.status == 66)
        #expect(
            before.firstErrorLine
                == "kpi: error: Series: no values or action updates recorded as of 2020-03-01, so there is no latest period; give a PERIOD or record updates first"
        )
    }

    @Test("--revise replaces the whole update; the old one stays for --as-of; --due records a revised due date")
    func revise() throws {
        let scratch = try Self.tour()
        let revised = try scratch.kpi(
            "action", "update", "HR-4.1", "2020/21 Q4", "--progress", "70", "--due", "30/06/2021",
            "--revise", "--recorded-at", "2021-05-20")
        #expect(revised.status == 0, "\(revised.stderr)")
        #expect(revised.stdout == "Replaced the update for HR-4.1 2020/21 Q4\n")
        let now = try #require(try Self.json(scratch.kpi("actions", "--format", "json")).first)
        #expect(now["progress"] as? Int == 70)
        #expect(
            now["status"] as? String == "amber",
            "the replacement gives no status: the rules' amber (70 of 80 expected by the new due date)")
        #expect(now["statusSource"] as? String == "rules")
        #expect(now["note"] is NSNull, "a revision replaces the whole update")
        #expect(now["due"] as? String == "2021-06-30")
        #expect(now["originalDue"] as? String == "2021-04-30")
        let before = try #require(
            try Self.json(scratch.kpi("actions", "--format", "json", "--as-of", "2021-05-15")).first)
        #expect(before["progress"] as? Int == 60)
        #expect(before["originalDue"] is NSNull)
        let file = try scratch.read("Series/HR-4.1.action")
        #expect(
            file.hasSuffix(
                "revise 2020/21 Q4 progress 70 stage in-progress due 2021-06-30 recorded 2021-05-20T00:00:00Z by \"tester\"\n"
            ))
        #expect(try scratch.kpi("check").stdout == "Series: 0 indicators, 1 action, no problems\n")
    }

    @Test("the table, CSV and Markdown forms, and --theme")
    func forms() throws {
        let scratch = try Self.tour()
        let table = try scratch.kpi("actions")
        #expect(table.stdout.hasPrefix("Actions for 2020/21 Q4 (January to March 2021)\n1 action, 0 overdue."))
        #expect(table.stdout.contains("◆ Amber  rules: Red"))
        let csv = try scratch.kpi("actions", "--format", "csv")
        #expect(
            csv.stdout.hasPrefix(
                "id,ref,title,theme,owner,due,originalDue,period,progress,stage,status,statusSource,suggestedStatus,overdue,expectedProgress,note\r\n"
            ))
        #expect(csv.stdout.contains("HR-4.1,HR&OD20- 22.Strat-4.1,"))
        let markdown = try scratch.kpi("actions", "--format", "markdown")
        #expect(
            markdown.stdout.contains(
                "| HR&amp;OD20- 22.Strat-4.1 | Review and develop the council's workforce strategy and plan | Head of HR | 30 Apr 2021 | 60% | ◆ Amber | rules: Red | Committee date moved |"
            ))
        #expect(try scratch.kpi("actions", "--theme", "strategic objectives", "--format", "csv").stdout == csv.stdout)
        let wrongTheme = try scratch.kpi("actions", "--theme", "Finance")
        #expect(wrongTheme.status == 66)
        #expect(
            wrongTheme.firstErrorLine
                == "kpi: error: --theme: expected the theme of an action in Series, found \"Finance\"; the themes are \"Strategic Objectives\""
        )
    }

    // MARK: - Refusals: exact first line, exit code, and not a byte changed

    static let refusals: [([String], Int32, String)] = [
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--progress", "140", "--revise"], 65,
            "kpi: error: --progress: progress: expected a percentage from 0 to 100, found 140"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--progress", "60", "--status", "blue", "--revise"], 65,
            "kpi: error: --status: status: expected stage completed or progress 100 with blue (blue means complete), found progress 60"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--progress", "60", "--stage", "completed", "--revise"], 65,
            "kpi: error: --stage: stage: expected progress 100 for a completed action, found progress 60 (give the progress reached, or another stage)"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--due", "31/02/2021", "--revise"], 65,
            "kpi: error: --due: due: expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021, found \"31/02/2021\" (no such date: February 2021 has 28 days)"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--stage", "done"], 65,
            "kpi: error: --stage: stage: expected not started, in progress, completed, on hold or cancelled, found \"done\""
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4", "--progress", "65"], 65,
            "kpi: error: command line: HR-4.1 already has an update for 2020/21 Q4 (recorded 2021-05-12T00:00:00Z); to replace it, give the whole update again with --revise"
        ),
        (
            ["action", "update", "HR-9.9", "2020/21 Q4", "--progress", "10"], 66,
            "kpi: error: Series/HR-9.9.action: no action HR-9.9 in this store; define it first with kpi action define HR-9.9 or kpi action import"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q4"], 64,
            "kpi: error: action update: expected at least one of --progress, --stage, --status, --due, --note, found none"
        ),
        (
            ["action", "update", "HR-4.1", "2020/21 Q9", "--progress", "10"], 65,
            "kpi: error: PERIOD argument: period: expected a quarter such as \"2021/22 Q2\", found \"2020/21 Q9\" (a quarter is Q1 to Q4)"
        ),
        (
            [
                "action", "update", "HR-4.1", "2020/21 Q4", "--progress", "10", "--revise", "--recorded-at",
                "2021-05-01",
            ], 65,
            "kpi: error: command line: recorded-at: expected a time at or after the update it replaces (recorded 2021-05-12T00:00:00Z), found 2021-05-01T00:00:00Z"
        ),
        (
            ["action", "define", "HR-4.1", "--title", "Again"], 65,
            "kpi: error: Series/HR-4.1.action: action HR-4.1 already exists; change it with kpi action redefine HR-4.1; nothing was changed"
        ),
        (
            ["action", "define", "HR-4.2", "--title", "Other", "--ref", "HR&OD20- 22.Strat-4.1"], 65,
            "kpi: error: --ref: ref \"HR&OD20- 22.Strat-4.1\" is already the ref of action HR-4.1 (Series/HR-4.1.action); a ref names one action; nothing was changed"
        ),
        (
            ["action", "define", "HR/4.2", "--title", "Other"], 65,
            "kpi: error: ID argument: action: expected 1–32 characters of A-Z a-z 0-9 . _ - not starting with . or -, found \"HR/4.2\""
        ),
        (
            ["action", "define", "HR-4.2", "--title", " "], 65,
            "kpi: error: --title: expected a title, found an empty one"
        ),
        (
            ["action", "redefine", "HR-4.1"], 64,
            "kpi: error: action redefine: expected at least one of --title, --ref, --theme, --owner, --start, --due, --description, found none"
        ),
        (
            ["actions", "--format", "pdf"], 64,
            "kpi: error: --format: expected table, csv, json or markdown, found \"pdf\""
        ),
    ]

    @Test("refused with a located message, its exit code and the store unchanged", arguments: refusals)
    func refused(_ arguments: [String], _ status: Int32, _ firstLine: String) throws {
        let scratch = try Self.tour()
        try HostileInputTests.refused(scratch, arguments, status, firstLine)
    }

    @Test("an import with a colliding ref and a bad row is refused whole, every bad row listed")
    func refusedImport() throws {
        let scratch = try Self.tour()
        try scratch.write(
            "q1.csv",
            """
            ref,title,period,progress,status,due
            HR 4.1,Look-alike,2021/22 Q1,10,,
            ICT-1,New action,2021/22 Q1,60%,Blue,
            ICT-2,Another,2021/22 Q1,10,,31/02/2021

            """)
        let result = try HostileInputTests.refused(
            scratch, ["action", "import", "q1.csv"], 65, "kpi: error: q1.csv: 3 bad rows; nothing was imported")
        #expect(
            result.stderr == """
                kpi: error: q1.csv: 3 bad rows; nothing was imported
                q1.csv:2: ref: "HR 4.1" gives the id HR-4.1, which is already the action with ref "HR&OD20- 22.Strat-4.1" in the \
                store (Series/HR-4.1.action); give an id column to tell them apart
                q1.csv:3: status: expected stage completed or progress 100 with blue (blue means complete), found progress 60
                q1.csv:4: due: expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021, found "31/02/2021" (no such date: February 2021 has 28 days)

                """)
    }

    @Test("an action import lands with an indicator import's guarantees: all or nothing, then kpi check passes")
    func importThenCheck() throws {
        let scratch = try Self.tour()
        try scratch.write(
            "q1.csv",
            "id,title,period,progress,recorded_at\nHR-4.1,,2021/22 Q1,80,2021-08-01\nICT-1,New action,2021/22 Q1,20%,2021-08-01\n"
        )
        let result = try scratch.kpi("action", "import", "q1.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Imported actions from q1.csv: 1 defined, 2 updates recorded\n")
        #expect(try scratch.kpi("check").stdout == "Series: 0 indicators, 2 actions, no problems\n")
        let rows = try Self.json(scratch.kpi("actions", "--format", "json"))
        #expect(rows.map { $0["id"] as? String } == ["HR-4.1", "ICT-1"])
        #expect(rows[0]["overdue"] as? Bool == true, "due 30 April 2021, at 80% at the end of June")
    }

    @Test("kpi check lists every problem in a hand-edited action file")
    func check() throws {
        let scratch = try Self.tour()
        let path = scratch.path + "/Series/HR-4.1.action"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(
            Data(
                "update 2021/22 Q1 progress 140 recorded 2021-08-01T00:00:00Z\nupdate 2021/22 Q2 stage sleeping recorded 2021-11-01T00:00:00Z\n"
                    .utf8))
        handle.closeFile()
        let result = try scratch.kpi("check")
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                kpi: error: Series: 2 problems found
                Series/HR-4.1.action:10: progress: expected a percentage from 0 to 100, found 140
                Series/HR-4.1.action:11: stage: expected one of not-started, in-progress, completed, on-hold, cancelled, found "sleeping"

                """)
        let actions = try scratch.kpi("actions")
        #expect(actions.status == 65)
        #expect(
            actions.firstErrorLine
                == "kpi: error: Series/HR-4.1.action:10: progress: expected a percentage from 0 to 100, found 140 (and 1 more problem; run kpi check to see them all)"
        )
    }

    @Test(
        "an action import killed mid-write is completed by the next command, whole",
        arguments: ["journal-written", "half-appended", "applied"])
    func crashedImport(_ point: String) throws {
        let scratch = try Self.tour()
        try scratch.write(
            "q1.csv",
            "id,title,period,progress,recorded_at\nHR-4.1,,2021/22 Q1,80,2021-08-01\nICT-1,New action,2021/22 Q1,20%,2021-08-01\nICT-2,Another,2021/22 Q1,5,2021-08-01\n"
        )
        let killed = try scratch.kpi("action", "import", "q1.csv", environment: ["KPI_CRASH_AT": point])
        #expect(killed.status == -9)
        let after = try scratch.kpi("actions", "2021/22 Q1", "--format", "json")
        if point != "applied" {
            #expect(
                after.firstErrorLine
                    == "kpi: warning: Series/.journal: completed an interrupted command from its journal (ICT-1.action, ICT-2.action, HR-4.1.action)"
            )
        }
        let rows = try Self.json(after)
        #expect(rows.map { $0["id"] as? String } == ["HR-4.1", "ICT-1", "ICT-2"])
        #expect(rows.map { $0["progress"] as? Int } == [80, 20, 5])
        #expect(try scratch.kpi("check").stdout == "Series: 0 indicators, 3 actions, no problems\n")
        #expect(try scratch.read("Series/HR-4.1.action").components(separatedBy: "update 2021/22 Q1").count == 2)
    }

    @Test("an action may share its id with an indicator: they are different files")
    func sharedID() throws {
        let scratch = try Scratch()
        try scratch.makeStore()
        let define = try scratch.kpi(
            "action", "define", "ICT01", "--title", "Restore the service desk to full establishment", "--due",
            "2022-03-31")
        #expect(define.status == 0, "\(define.stderr)")
        #expect(try scratch.kpi("action", "update", "ICT01", "2021/22 Q2", "--progress", "50").status == 0)
        #expect(try scratch.kpi("record", "ICT01", "2021/22 Q2", "85").status == 0)
        #expect(try scratch.kpi("check").stdout == "Series: 1 indicator, 1 action, no problems\n")
        #expect(try Self.json(scratch.kpi("actions", "--format", "json")).first?["progress"] as? Int == 50)
        #expect(
            try scratch.kpi("status", "--format", "csv").stdout.contains(
                "ICT01,ICT incidents resolved in under 2 days,percent,2021/22 Q2,85,"))
    }
}
