import Testing

@testable import KPIModel

/// The one renderer of every error, and the parts an error is made of: where, which field,
/// expected and found, notes and detail lines.
@Suite("Errors as values")
struct KPIErrorTests {
    typealias Problem = KPIError.Problem

    static let cases: [(KPIError, String)] = [
        (
            KPIError(
                .badData, at: .line("Series/ICT01.kpi", 14), field: "value",
                .expected("a number such as 85.5", found: "\"85,5\"")),
            "Series/ICT01.kpi:14: value: expected a number such as 85.5, found \"85,5\""
        ),
        (
            KPIError(.usage, at: .option("--from and --year"), .expected("one of them", found: "both")),
            "--from and --year: expected one of them, found both"
        ),
        (
            KPIError(.usage, at: .option("--target and --from"), .expected("both or neither")),
            "--target and --from: expected both or neither"
        ),
        (
            KPIError(.missing, at: .argument("PERIOD"), .statement("no indicator has a value for 2030/31 Q1")),
            "PERIOD argument: no indicator has a value for 2030/31 Q1"
        ),
        (
            KPIError(
                .badData, at: .commandLine, field: "recorded-at",
                .expected("a time that is not in the future", found: "2099-01-01T00:00:00Z")),
            "command line: recorded-at: expected a time that is not in the future, found 2099-01-01T00:00:00Z"
        ),
        (
            KPIError(
                .usage, at: .command("action update"), .expected("at least one of --progress, --note", found: "none")),
            "action update: expected at least one of --progress, --note, found none"
        ),
        (
            KPIError(
                .missing, at: .path("Series"),
                .statement("no store here (no such directory)").hint("create one with kpi init")),
            "Series: no store here (no such directory); create one with kpi init"
        ),
        (
            KPIError(
                .badData, at: .path("Series"),
                .statement("already a kpi store").aside("store.conf exists").nothingChanged),
            "Series: already a kpi store (store.conf exists); nothing was changed"
        ),
        (KPIError(.badData, .statement("refused to write a line")), "refused to write a line"),
        (
            KPIError(
                .badData, at: .within(.line("q2.csv", 4), .line("Series/ICT01.kpi", 9)), field: "value",
                .expected("a number")),
            "q2.csv:4: Series/ICT01.kpi:9: value: expected a number"
        ),
        (
            KPIError(
                .badData, at: .path("q2.csv"), .statement("2 bad rows").outcome("nothing was imported"),
                details: ["q2.csv:2: a", "q2.csv:3: b"]),
            "q2.csv: 2 bad rows; nothing was imported\nq2.csv:2: a\nq2.csv:3: b"
        ),
        (KPIError(.io, at: .indicator(try! IndicatorID("ICT01")), .statement("cairo failed")), "ICT01: cairo failed"),
        (
            KPIError(
                .badData, at: .path("x.kpi"), field: "values",
                .expected("at least 2 values", found: "none").continued("from 2021/22 Q1")),
            "x.kpi: values: expected at least 2 values, found none from 2021/22 Q1"
        ),
    ]

    @Test(
        "one renderer: LOCATION: FIELD: PROBLEM, each part only when there is one, then the detail lines",
        arguments: cases)
    func rendering(_ error: KPIError, _ text: String) {
        #expect(error.message == text)
        #expect(error.description == text)
    }

    @Test("locating a field error only adds the location; the field and problem stay parts")
    func located() {
        let field = FieldError(
            field: "period", .expected("a quarter such as \"2021/22 Q2\"", found: "\"Q9\"").aside("no financial year"))
        let error = field.located(.option("--from"))
        #expect(error.kind == .badData)
        #expect(error.location == .option("--from"))
        #expect(error.field == "period")
        #expect(error.problem == field.problem)
        #expect(error.message == "--from: " + field.description)
        #expect(field.located(.option("--shift"), kind: .usage).kind == .usage)
    }

    @Test("an error placed inside a row keeps its own location after the row's")
    func within() {
        let bare = KPIError(.badData, field: "value", .expected("a number"))
        #expect(bare.within(.line("q.csv", 3)).location == .line("q.csv", 3))
        let placed = KPIError(.badData, at: .line("Series/A.kpi", 5), .statement("broken"))
        #expect(placed.within(.line("q.csv", 3)).message == "q.csv:3: Series/A.kpi:5: broken")
        #expect(placed.within(.line("q.csv", 3)).location?.file == "q.csv")
    }

    @Test("a note added later goes after the problem and before the detail lines")
    func adding() {
        let error = KPIError(
            .io, at: .path("Series/A.kpi"), .statement("cannot write it: disk full"), details: ["more"])
        #expect(
            error.adding(.outcome("the command was undone")).message
                == "Series/A.kpi: cannot write it: disk full; the command was undone\nmore")
    }

    @Test("a parser's error carries what was expected and what was found as parts")
    func parts() {
        #expect(throws: FieldError.self) { try Figure(parsing: "85,5") }
        do {
            _ = try Figure(parsing: "85,5")
        } catch {
            #expect(error.field == "value")
            #expect(error.problem.expected == "a number such as 85.5")
            #expect(error.problem.found == "\"85,5\"")
            #expect(error.problem.notes == [.aside("use a point for decimals and no thousands separators")])
        }
    }

    @Test("equal when the exit code and the words are: a test may state an error by its text")
    func equality() {
        let built = KPIError(.missing, at: .path("Series/X.kpi"), .statement("no indicator X in this store"))
        #expect(built == KPIError(.missing, "Series/X.kpi: no indicator X in this store"))
        #expect(built != KPIError(.badData, "Series/X.kpi: no indicator X in this store"))
    }

    @Test(
        "found text is quoted as a Series file quotes it, cut short past 40 characters with its count once",
        arguments: [
            ("85,5", false, "\"85,5\""),
            ("say \"hi\"\n", false, "\"say \\\"hi\\\"\\n\""),
            (String(repeating: "A", count: 33), true, "\"\(String(repeating: "A", count: 33))\" (33 characters)"),
            (String(repeating: "A", count: 41), true, "\"\(String(repeating: "A", count: 40))…\" (41 characters)"),
            (String(repeating: "A", count: 41), false, "\"\(String(repeating: "A", count: 40))…\" (41 characters)"),
        ])
    func quoting(_ text: String, _ counted: Bool, _ expected: String) {
        #expect(quoted(text, counted: counted) == expected)
    }
}
