import KPIActions
import KPIModel
import Testing

@Suite("An update's progress, stage and status kept consistent")
struct ActionUpdateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var progress: String?
        var stage: Stage?
        var status: ActionStatus?
        /// The progress and stage stored, or the error's text.
        var result: Result<(String?, Stage?), FieldError>
        var testDescription: String {
            "progress \(progress ?? "–"), stage \(stage?.rawValue ?? "–"), status \(status?.rawValue ?? "–")"
        }
    }

    static func ok(_ progress: String?, _ stage: Stage?) -> Result<(String?, Stage?), FieldError> {
        .success((progress, stage))
    }
    static func error(_ field: String, _ text: String) -> Result<(String?, Stage?), FieldError> {
        .failure(FieldError(field: field, text))
    }

    static let cases: [Case] = [
        Case(progress: "140", result: error("progress", "expected a percentage from 0 to 100, found 140")),
        Case(progress: "-5", result: error("progress", "expected a percentage from 0 to 100, found -5")),
        Case(progress: "100", result: ok("100", .completed)),
        Case(stage: .completed, result: ok("100", .completed)),
        Case(progress: "100", stage: .completed, result: ok("100", .completed)),
        Case(
            progress: "60", stage: .completed,
            result: error(
                "stage",
                "expected progress 100 for a completed action, found progress 60 (give the progress reached, or another stage)"
            )),
        Case(
            progress: "100", stage: .inProgress,
            result: error("stage", "expected completed with progress 100, found in-progress")),
        Case(progress: "40", result: ok("40", .inProgress)),
        Case(progress: "0.5", result: ok("0.5", .inProgress)),
        Case(progress: "0", result: ok("0", nil)),
        Case(progress: "0", stage: .notStarted, result: ok("0", .notStarted)),
        Case(
            progress: "40", stage: .notStarted,
            result: error("stage", "expected progress 0 for an action not started, found progress 40")),
        Case(progress: "40", stage: .onHold, result: ok("40", .onHold)),
        Case(progress: "40", stage: .cancelled, result: ok("40", .cancelled)),
        Case(
            progress: "60", status: .blue,
            result: error(
                "status", "expected stage completed or progress 100 with blue (blue means complete), found progress 60")
        ),
        Case(
            status: .blue,
            result: error(
                "status", "expected stage completed or progress 100 with blue (blue means complete), found neither")),
        Case(
            stage: .inProgress, status: .blue,
            result: error(
                "status",
                "expected stage completed or progress 100 with blue (blue means complete), found stage in-progress")),
        Case(stage: .completed, status: .blue, result: ok("100", .completed)),
        Case(progress: "100", status: .blue, result: ok("100", .completed)),
        Case(progress: "20", status: .green, result: ok("20", .inProgress)),
        Case(result: ok(nil, nil)),
    ]

    @Test("consistency", arguments: cases)
    func consistency(_ row: Case) {
        let result = Result { () throws(FieldError) in
            try ActionUpdate.consistent(progress: row.progress.map(figure), stage: row.stage, status: row.status)
        }
        switch (result, row.result) {
        case let (.success(got), .success(expected)):
            #expect(got.progress?.text == expected.0)
            #expect(got.stage == expected.1)
        case let (.failure(got), .failure(expected)):
            #expect(got == expected)
        default:
            Issue.record("expected \(row.result), got \(result)")
        }
    }

    @Test(
        "progress may be written as a spreadsheet writes percentages",
        arguments: [("40", "40"), ("40%", "40"), ("40 %", "40"), ("12.5%", "12.5")])
    func progressCells(_ text: String, _ expected: String) throws {
        #expect(try ActionUpdate.progress(parsing: text).text == expected)
    }

    @Test("a progress cell that is not a number says so")
    func badProgress() {
        #expect(throws: FieldError(field: "progress", "expected a number such as 85.5, found \"most\"")) {
            try ActionUpdate.progress(parsing: "most")
        }
    }
}

@Suite("Stage and status words as people write them")
struct ActionWordTests {
    @Test(
        "stages",
        arguments: [
            ("In progress", Stage.inProgress), ("in_progress", .inProgress), ("IN-PROGRESS", .inProgress),
            ("in  progress", .inProgress),
            ("not started", .notStarted), ("Not-Started", .notStarted), ("Completed", .completed),
            ("Completed.", .completed),
            ("on hold", .onHold), ("ON_HOLD", .onHold), ("Cancelled", .cancelled),
        ])
    func stages(_ text: String, _ stage: Stage) throws {
        #expect(try Stage(parsing: text) == stage)
    }

    @Test(
        "statuses",
        arguments: [
            ("Green", ActionStatus.green), ("AMBER", .amber), ("Amber.", .amber), ("red", .red), ("Blue.", .blue),
            (" blue ", .blue),
        ])
    func statuses(_ text: String, _ status: ActionStatus) throws {
        #expect(try ActionStatus(officerParsing: text) == status)
    }

    @Test("unknown words are refused, naming what was expected")
    func unknown() {
        #expect(
            throws: FieldError(
                field: "stage", "expected not started, in progress, completed, on hold or cancelled, found \"done\"")
        ) {
            try Stage(parsing: "done")
        }
        #expect(throws: FieldError(field: "status", "expected blue, green, amber or red, found \"purple\"")) {
            try ActionStatus(officerParsing: "purple")
        }
        // The rules' own states are never typed by an officer.
        #expect(throws: FieldError(field: "status", "expected blue, green, amber or red, found \"no update\"")) {
            try ActionStatus(officerParsing: "no update")
        }
    }

    @Test("output writes them lower case with hyphens")
    func canonical() {
        #expect(Stage.allCases.map(\.rawValue) == ["not-started", "in-progress", "completed", "on-hold", "cancelled"])
        #expect(
            ActionStatus.allCases.map(\.rawValue) == [
                "blue", "green", "amber", "red", "not-started", "no-update", "unrated",
            ])
    }
}

@Suite("The id an import derives from a published ref")
struct ActionIDTests {
    @Test(
        "derivation",
        arguments: [
            ("HR&OD20- 22.Strat-4.1", "HR-OD20--22.Strat-4.1"),
            ("ICT20-22.Strat- 4.1", "ICT20-22.Strat--4.1"),
            ("ICT20-22.Serv- 5.1a", "ICT20-22.Serv--5.1a"),
            ("1.01.02", "1.01.02"),
            ("1.1.1.", "1.1.1"),
            ("  (a)  ", "a"),
            ("-.x.-", "x"),
            ("Café crème", "Caf-cr-me"),
            ("A & B", "A-B"),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"),
        ])
    func derived(_ ref: String, _ id: String) {
        #expect(ActionID.derived(fromReference: ref)?.rawValue == id)
    }

    @Test("a ref with nothing usable gives no id")
    func nothing() {
        #expect(ActionID.derived(fromReference: "&&&") == nil)
        #expect(ActionID.derived(fromReference: "") == nil)
        #expect(ActionID.derived(fromReference: "..") == nil)
    }
}
