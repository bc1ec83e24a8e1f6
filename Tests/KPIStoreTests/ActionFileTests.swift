import Foundation
import KPIActions
import KPIModel
import Testing

@testable import KPIStore

@Suite("Action files: written, read back and checked")
struct ActionFileTests {
    static let path = "Series/A1.action"

    static func parse(_ text: String) -> ActionFile {
        ActionFileParser.parse(Array(text.utf8), path: path, expectedID: try! ActionID("A1"))
    }

    static let header = """
        action A1 defined 2020-04-01T00:00:00Z by "Performance team"
        ref "HR&OD20- 22.Strat-4.1"
        title "Developing workforce"

        """

    @Test("every line the writer makes reads back as it was")
    func roundTrip() throws {
        let action = Action(
            id: try ActionID("A1"), ref: "HR&OD20- 22.Strat-4.1", title: "Say \"hello\"\nthen go",
            theme: "HR: Strategic",
            owner: "Chief Officer", start: day("2020-04-01"), due: day("2021-04-30"), description: "Why",
            definedAt: t("2020-04-01"), definedBy: "Ann")
        let first = ActionUpdate(
            period: q("2020/21 Q3"), progress: f("40"), stage: .inProgress, status: .amber,
            note: "Slipped\nbecause", recordedAt: t("2021-01-20"), by: "Ann")
        let replaced = ActionUpdate(
            period: q("2020/21 Q3"), progress: f("45"), stage: .inProgress, status: .green,
            due: day("2021-06-30"), recordedAt: t("2021-02-01"), isRevision: true)
        let change = ActionChange(
            title: "Developing the workforce", owner: "", start: .some(nil), due: day("2021-05-31"),
            recordedAt: t("2021-03-01"), note: "Typo", by: "Ann")
        let text =
            ActionLine.definition(action) + ActionLine.update(first) + ActionLine.update(replaced)
            + ActionLine.redefinition(change)
        let file = Self.parse(text)
        #expect(file.problems.isEmpty, "\(file.problems)")
        let history = try file.requireHistory()
        #expect(history.action == action)
        #expect(history.updates == [first, replaced])
        #expect(history.changes == [change])
        #expect(file.updateLines == [10, 11])
        let now = history.definition(asOf: nil)
        #expect(now.title == "Developing the workforce")
        #expect(now.owner == nil)
        #expect(now.start == nil)
        #expect(now.due == day("2021-05-31"))
        #expect(history.definition(asOf: t("2021-02-15")) == action)
        #expect(history.asOf(t("2021-01-25"))?.updates[q("2020/21 Q3")]?.progress == f("40"))
        #expect(history.asOf(nil)?.updates[q("2020/21 Q3")]?.progress == f("45"))
    }

    @Test(
        "a hand-edited file's problems are each reported with their line",
        arguments: [
            (
                "update 2020/21 Q4 progress 140 recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: progress: expected a percentage from 0 to 100, found 140"
            ),
            (
                "update 2020/21 Q4 progress 60 stage completed recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: stage: expected progress 100 for a completed action, found progress 60 (give the progress reached, or another stage)"
            ),
            (
                "update 2020/21 Q4 progress 60 status blue recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: status: expected stage completed or progress 100 with blue (blue means complete), found progress 60"
            ),
            (
                "update 2020/21 Q4 stage done recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: stage: expected one of not-started, in-progress, completed, on-hold, cancelled, found \"done\""
            ),
            (
                "update 2020/21 Q4 status no-update recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: status: expected one of blue, green, amber, red, found \"no-update\""
            ),
            (
                "update 2020/21 Q4 due 30/04/2021 recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: due: expected the canonical form 2021-04-30, found \"30/04/2021\""
            ),
            (
                "update 2020/21 Q4 due 2021-02-31 recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: due: expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021, found \"2021-02-31\" (no such date: February 2021 has 28 days)"
            ),
            (
                "update 2020/21 Q4 progress 10\n",
                "Series/A1.action:4: recorded: expected \"recorded 2021-05-12T09:00:00Z\" on every update line, found none"
            ),
            (
                "update 2020/21 Q4 progress 10 recorded 2021-05-01T00:00:00Z\nupdate 2020/21 Q4 progress 20 recorded 2021-05-02T00:00:00Z\n",
                "Series/A1.action:5: update: expected one update line for 2020/21 Q4, found a second (the first is at line 4); a replacement is a revise line"
            ),
            (
                "revise 2020/21 Q4 progress 20 recorded 2021-05-02T00:00:00Z\n",
                "Series/A1.action:4: revise: expected an earlier update for 2020/21 Q4 to replace, found none (use an update line)"
            ),
            (
                "update 2020/21 Q4 progress 10 recorded 2021-05-01T00:00:00Z\nrevise 2020/21 Q4 progress 20 recorded 2021-04-02T00:00:00Z\n",
                "Series/A1.action:5: recorded: expected a revision recorded at or after the update it replaces (2021-05-01T00:00:00Z, line 4), found 2021-04-02T00:00:00Z"
            ),
            (
                "redefine recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: redefine: expected at least one of title, ref, theme, owner, start, due, description, found none"
            ),
            (
                "owner \"late\"\n",
                "Series/A1.action:4: owner: expected definition lines before the history, found owner after a history line"
            ),
            (
                "value 2020/21 Q4 85 recorded 2021-05-01T00:00:00Z\n",
                "Series/A1.action:4: line: expected a line starting with action, ref, title, theme, owner, start, due, description, update, revise or redefine, found \"value\""
            ),
        ])
    func problems(_ history: String, _ message: String) {
        // The owner line needs a history line before it to be out of place.
        let body =
            history.hasPrefix("owner")
            ? "update 2020/21 Q4 progress 10 recorded 2021-05-01T00:00:00Z\n" + history : history
        let file = Self.parse(Self.header + body)
        let expected = history.hasPrefix("owner") ? message.replacingOccurrences(of: ":4:", with: ":5:") : message
        #expect(file.problems.map(\.message) == [expected])
    }

    @Test("a definition must name the file's action and have a title")
    func definitionProblems() {
        #expect(
            Self.parse("action B2 defined 2020-04-01T00:00:00Z\ntitle \"x\"\n").problems.map(\.message)
                == ["Series/A1.action:1: action: expected the id A1 to match the file name, found B2"])
        #expect(
            Self.parse("action A1 defined 2020-04-01T00:00:00Z\n").problems.map(\.message)
                == ["Series/A1.action:1: title: expected a title line in the definition, found none"])
        #expect(
            Self.parse("title \"x\"\n").problems.map(\.message).first
                == "Series/A1.action:1: title: expected the action line first, found title before it")
    }

    @Test("the example in docs/series-format.md reads without a problem")
    func documentedExample() throws {
        let doc = try String(
            contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("docs/series-format.md").path, encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## An action file").dropFirst().first)
        let example = try #require(section.components(separatedBy: "```").dropFirst().first).drop { $0 == "\n" }
        let file = ActionFileParser.parse(
            Array(example.utf8), path: "doc", expectedID: try ActionID("ICT20-22.Serv--5.4"))
        #expect(file.problems.map(\.message) == [])
        let history = try file.requireHistory()
        #expect(history.updates.count == 3)
        #expect(history.definition(asOf: nil).owner == "Digital Services")
    }

    @Test("a journal may name action files, and nothing else new")
    func journalNames() throws {
        let good = Array(
            "kpi-journal 1\nappend HR-OD20--22.Strat-4.1.action 0 6\nvalue\n\nappend ICT01.kpi 10 6\nvalue\n\ncommit 2\n"
                .utf8)
        let journal = try #require(Journal.decode(good))
        #expect(journal.appends.map(\.name) == ["HR-OD20--22.Strat-4.1.action", "ICT01.kpi"])
        for bad in ["../x.action", ".action", "a b.action", "ICT01.actions", "ICT01.action.kpi/.."] {
            #expect(
                Journal.decode(Array("kpi-journal 1\nappend \(bad) 0 6\nvalue\n\ncommit 1\n".utf8)) == nil, "\(bad)")
        }
    }
}

func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
