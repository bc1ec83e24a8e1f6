import Foundation
import KPIActions
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIStore
import KPITestSupport
import Testing

@testable import KPIPack

/// The Actions part of the pack, laid out as values: for the three example stores and for
/// hostile, long trackers, nothing overlaps or leaves the page, the structure is well formed,
/// every action is in a table once per place it belongs, and the contents lead to every part.
@Suite("Pack: the Actions part")
struct PackActionsTests {
    static let examples = ["moray-2020-21", "corporate-tracker-2020-21", "orkney-digital-2019-20"]

    /// The pack content of an example store, read as `kpi pack` reads it.
    static func example(_ name: String) throws -> PackContent {
        let store = try Store(opening: KPIProcess.packageRoot + "/examples/\(name)")
        let contents = try store.read()
        return try PackContent(
            snapshots: try contents.snapshots(asOf: nil), actions: try contents.actions(asOf: nil),
            actionRules: contents.settings.actionRules, period: nil, asOf: nil, title: nil, committee: nil,
            only: nil, financialYear: contents.settings.financialYear, storeName: name)
    }

    static func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

    /// `count` actions in three themes: hostile refs and titles, long and multi-paragraph
    /// updates, revised due dates, overdue ones, officer's statuses that differ from the rules'.
    static func tracker(count: Int, noteLines: Int = 3) throws -> PackContent {
        var snapshots: [ActionSnapshot] = []
        for n in 0..<count {
            let hostile = n % 5 == 0
            let action = Action(
                id: try ActionID(String(format: "ACT%02d", n)),
                ref: hostile ? "HR&OD20- 22.Strat-\(n) " + PackFixtures.hostileTitle : "REF-\(n)",
                title: hostile
                    ? PackFixtures.hostileTitle + String(repeating: " very long", count: 10)
                    : "Action \(n): deliver the thing that was promised in the plan",
                theme: n % 4 == 3 ? nil : ["Strategic Objectives", "Service Level Objectives", "Digital"][n % 3],
                owner: n % 2 == 0 ? "Head of Service \(n)" : nil,
                due: Calendar(n).due, definedAt: time("2020-04-01"))
            let note = (0..<(noteLines + n % 4)).map {
                "• Paragraph \($0) of the officer's update, which explains progress in a sentence or two."
            }
            .joined(separator: "\n")
            let update = ActionUpdate(
                period: Period(startYear: 2020, quarter: n % 7 == 2 ? 3 : 4),
                progress: try Figure(parsing: "\(n * 13 % 101)"), stage: n * 13 % 101 == 100 ? .completed : .inProgress,
                status: n % 3 == 0 ? .green : nil, due: n % 6 == 1 ? Calendar(n + 1).due : nil,
                note: hostile ? PackFixtures.hostileNote + "\n" + note : note, recordedAt: time("2021-05-01"))
            snapshots.append(ActionHistory(action: action, updates: [update]).asOf(nil)!)
        }
        return try PackContent(
            snapshots: [], actions: snapshots, period: nil, asOf: nil, title: nil, committee: "Audit Committee",
            only: nil, financialYear: .april, storeName: "Series")
    }

    /// A due date a few months either side of 31 March 2021.
    struct Calendar {
        let n: Int
        init(_ n: Int) { self.n = n }
        var due: CalendarDate { CalendarDate(year: 2021, month: 1 + n % 12, day: 28)! }
    }

    @Test("nothing overlaps or leaves the page, and the structure is well formed", arguments: examples)
    func exampleLayout(_ name: String) throws {
        let pack = PackPages.make(try Self.example(name), measurer: LayoutRenderer.measurer)
        #expect(PackPagesTests.layoutProblems(pack.pages) == [])
        #expect(PackStructureTests.problems(pack.pages) == [])
    }

    @Test("hostile and long trackers lay out cleanly too", arguments: [1, 7, 30])
    func trackerLayout(_ count: Int) throws {
        let pack = PackPages.make(try Self.tracker(count: count), measurer: LayoutRenderer.measurer)
        #expect(PackPagesTests.layoutProblems(pack.pages) == [])
        #expect(PackStructureTests.problems(pack.pages) == [])
    }

    @Test("an update too long for a page is cut, saying where the rest is; a row is never split")
    func longUpdate() throws {
        let content = try Self.tracker(count: 2, noteLines: 400)
        let pack = PackPages.make(content, measurer: LayoutRenderer.measurer)
        #expect(PackPagesTests.layoutProblems(pack.pages) == [])
        let cut = pack.pages.flatMap(\.labels).filter {
            $0.text == "The update continues in the pack's web page (index.html) and actions.md."
        }
        #expect(cut.count == 4, "both actions, in the exceptions and in their theme")
        let html = PackHTML.make(content, charts: [:], spcCharts: [:])
        #expect(html.contains("Paragraph 399 of the officer&#39;s update"))
    }

    @Test(
        "every action appears once in its theme's table, and the exceptions are red, overdue or awaiting update",
        arguments: examples)
    func everyActionInItsTable(_ name: String) throws {
        let content = try Self.example(name)
        let themed = content.actionThemes.flatMap(\.actions).map(\.action.id)
        #expect(themed.sorted() == content.actions.map(\.action.id).sorted())
        #expect(content.actionExceptions.allSatisfy { $0.status == .red || $0.overdue || $0.status == .noUpdate })
        #expect(
            Set(content.actionExceptions.map(\.action.id))
                == Set(content.actions.filter(\.isException).map(\.action.id)))
        let pages = PackPages.make(content, measurer: LayoutRenderer.measurer).pages
        let refs = pages.flatMap(\.labels).map(\.text)
        for assessment in content.actions {
            let first = PackPages.ActionColumn.ref
            let lines = TextFitting.wrap(
                TextFitting.clean(assessment.action.displayRef), width: first.width, font: PackPages.Style.small,
                maxLines: 4, measurer: LayoutRenderer.measurer)
            let expected = assessment.isException ? 2 : 1
            #expect(refs.filter { $0 == lines[0] }.count >= expected, "\(assessment.action.id)")
        }
    }

    @Test("seed 000's pack flags exactly the three overdue actions, each in the exceptions and in its theme")
    func morayOverdue() throws {
        let content = try Self.example("moray-2020-21")
        #expect(
            content.actionExceptions.prefix(3).map(\.action.displayRef) == [
                "ICT20-22.Serv- 5.1a", "ICT20-22.Serv- 5.4", "ICT20-22.Strat- 4.3",
            ])
        let pages = PackPages.make(content, measurer: LayoutRenderer.measurer).pages
        let flags = pages.flatMap(\.labels).filter { $0.text == "Overdue" }
        #expect(flags.count == 6)
        #expect(flags.allSatisfy { $0.font == PackPages.Style.smallBold && $0.color == StatusPalette.tileText(.red) })
    }

    @Test("the contents, bookmarks and links lead to every part of the actions")
    func contents() throws {
        let content = try Self.example("moray-2020-21")
        let pack = PackPages.make(content, measurer: LayoutRenderer.measurer)
        let titles = pack.outline.map(\.title)
        #expect(
            Array(titles.suffix(6)) == [
                "Actions: progress on the plan", "Action exceptions: red, overdue or awaiting update",
                "Actions: Human Resources & Organisational Development service plan: 4.0 Strategic Objectives",
                "Actions: Human Resources & Organisational Development service plan: 5.0 Service Level Objectives",
                "Actions: ICT service plan: 4.0 Strategic Objectives",
                "Actions: ICT service plan: 5.0 Service Level Objectives",
            ])
        var links: [String] = [], destinations: Set<String> = []
        for page in pack.pages {
            for element in page.elements {
                if case .beginTag(.link(let destination)) = element { links.append(destination) }
                if case .beginTag(.destination(let name)) = element { destinations.insert(name) }
            }
        }
        #expect(links == pack.outline.map(\.destination))
        #expect(Set(links).isSubset(of: destinations))
    }

    @Test("a store of actions alone makes a pack of the cover and its actions, and no indicator files")
    func actionsOnly() throws {
        let content = try Self.example("orkney-digital-2019-20")
        #expect(content.assessments.isEmpty)
        #expect(content.period.description == "2019/20 Q4")
        #expect(content.asOf.description == "2020-02-28T00:00:00Z")
        let pack = PackPages.make(content, measurer: LayoutRenderer.measurer)
        #expect(pack.outline.map(\.title).first == "Actions: progress on the plan")
        let cover = pack.pages[0].labels.map(\.text)
        #expect(cover.contains("12 actions, 0 overdue (Blue means complete):"))
        #expect(!cover.contains("How to read this pack"))
        let scratch = try Scratch()
        let directory = scratch.path
        _ = try PackWriter.write(content, to: directory + "/pack", storeHash: "sha256:test", jobs: 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/pack").sorted()
        #expect(files == ["actions.csv", "actions.md", "index.html", "manifest.json", "pack.pdf"])
        let manifest = try String(contentsOfFile: directory + "/pack/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"indicators\": [],\n  \"actions\": [\"1.1.1\", \"1.2.1\", \"1.3.1\""))
    }

    @Test("the web page's action tables are real tables, progress as text as well as a bar, and escape everything")
    func html() throws {
        let content = try Self.tracker(count: 6)
        let html = PackHTML.make(content, charts: [:], spcCharts: [:])
        #expect(HTMLCheck.problems(html) == [])
        #expect(!html.contains("<script>alert"))
        #expect(
            html.contains(
                "<thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Progress</th><th scope=\"col\">Status</th><th scope=\"col\">Latest update</th></tr></thead>"
            ))
        #expect(
            html.contains(
                "<td class=\"progress\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:13%\"></span></span> 13%</td>"
            ))
        #expect(html.contains("<span class=\"rules\">officer: Green · rules: Red, overdue</span>"))
        #expect(html.contains("<span class=\"revised\">revised from 28 Feb 2021</span>"))
    }
}
