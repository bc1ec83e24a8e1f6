import Foundation
import KPIActions
import KPIModel
import Testing

@testable import KPIStore

@Suite("Action import: the seeds' trackers and every refusal")
struct ActionImportTests {
    static let exampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/example-data").path

    static func importing(_ test: TestStore, _ csv: String, revise: Bool = false) throws -> ActionImport.Outcome {
        try test.write("tracker.csv", csv)
        return try ActionImport.run(
            path: test.root + "/tracker.csv", directory: test.directory, revise: revise, by: "tester")
    }

    static func history(_ test: TestStore, _ id: String) throws -> ActionHistory {
        try test.store.readActionFile(try ActionID(id)).requireHistory()
    }

    @Test("seed 000 (Moray): refs with stray spaces and &, dates as 30-Apr- 2021, % cells, an empty progress cell")
    func moray() throws {
        let test = try TestStore()
        let outcome = try ActionImport.run(
            path: Self.exampleData + "/moray-2020-21/actions-2020-21-q4.csv", directory: test.directory,
            revise: false, by: "Performance team")
        #expect(outcome.defined == 22)
        #expect(outcome.updates == 22)
        let first = try Self.history(test, "HR-OD20--22.Strat-4.1")
        #expect(first.action.ref == "HR&OD20- 22.Strat-4.1")
        #expect(first.action.due == day("2021-04-30"))
        #expect(
            first.action.theme == "Human Resources & Organisational Development service plan: 4.0 Strategic Objectives")
        #expect(first.updates.map(\.progress) == [f("100")])
        #expect(first.updates.map(\.stage) == [.completed])
        #expect(first.updates.map(\.period) == [q("2020/21 Q4")])
        #expect(first.updates.map(\.recordedAt) == [t("2021-05-20")])
        #expect(first.updates.map(\.by) == ["Performance team"])
        let video = try Self.history(test, "ICT20-22.Serv--5.4")
        #expect(video.action.ref == "ICT20-22.Serv- 5.4")
        #expect(video.action.due == day("2020-12-24"))
        #expect(video.updates.map(\.progress) == [f("60")])
        #expect(video.updates.map(\.stage) == [.inProgress])
        let safety = try Self.history(test, "HR-OD20--22.Serv-5.2")
        #expect(safety.updates.map(\.progress) == [nil])
        #expect(safety.updates.first?.note?.hasPrefix("The central health and safety team") == true)
        let ids = try test.store.actionIDs().map(\.rawValue)
        #expect(ids.count == 22)
        #expect(ids.contains("HR-OD20--22.Strat-4.3a") && ids.contains("ICT20-22.Strat--4.1"))
    }

    @Test(
        "seed 001 (corporate tracker): 30 June 2020, stages in any case, Green/Amber, paragraphs, missing status cells")
    func corporate() throws {
        let test = try TestStore()
        let outcome = try ActionImport.run(
            path: Self.exampleData + "/corporate-tracker-2020-21/actions-2020-21-q3.csv",
            directory: test.directory, revise: false, by: nil)
        #expect(outcome.defined == 28)
        let councilTax = try Self.history(test, "1.01.01")
        #expect(councilTax.action.due == day("2020-06-30"))
        #expect(councilTax.action.owner == "Finance")
        #expect(councilTax.action.theme == "Central directorate")
        #expect(councilTax.updates.first?.status == .green)
        #expect(councilTax.updates.first?.stage == .completed)
        let notStarted = try Self.history(test, "1.03.01")
        #expect(notStarted.updates.first?.stage == .notStarted)
        #expect(notStarted.updates.first?.progress == f("0"))
        #expect(notStarted.updates.first?.status == nil)
        #expect(notStarted.updates.first?.note == nil)
        let monitoring = try Self.history(test, "1.01.03")
        #expect(monitoring.updates.first?.note?.components(separatedBy: "\n\n").count == 3)
        #expect(try Self.history(test, "1.01.04").updates.first?.status == .amber)
    }

    @Test("seed 002 (Orkney): refs ending in a full stop, Amber. with its full stop, Blue only for the completed")
    func orkney() throws {
        let test = try TestStore()
        _ = try ActionImport.run(
            path: Self.exampleData + "/orkney-digital-2019-20/actions-2019-20-q4.csv", directory: test.directory,
            revise: false, by: nil)
        let platform = try Self.history(test, "1.1.1")
        #expect(platform.action.ref == "1.1.1.")
        #expect(platform.updates.first?.status == .amber)
        #expect(platform.updates.first?.progress == nil)
        #expect(platform.action.due == nil)
        let blue = try test.store.actionIDs().filter {
            try Self.history(test, $0.rawValue).updates.first?.status == .blue
        }
        #expect(blue.map(\.rawValue) == ["1.2.1", "8.1.1"])
        #expect(try Self.history(test, "8.1.1").updates.first?.stage == .completed)
    }

    @Test("two refs that give one id are refused, naming both")
    func twoRefsOneID() throws {
        let test = try TestStore()
        let before = try test.contents()
        let error = errorMessage {
            _ = try Self.importing(
                test, "ref,title,period,progress\nHR&OD 1,One,2020/21 Q4,10\nHR/OD 1,Two,2020/21 Q4,20\n")
        }
        #expect(error?.kind == .badData)
        #expect(
            error?.message == """
                \(test.root)/tracker.csv: 1 bad row; nothing was imported
                \(test.root)/tracker.csv:3: ref: "HR/OD 1" and "HR&OD 1" (line 2) both give the id HR-OD-1; give an id column to tell them apart
                """)
        #expect(try test.contents() == before)
    }

    @Test("a ref giving the id of a different action already in the store is refused, naming both")
    func refCollidesWithStore() throws {
        let test = try TestStore()
        try test.store.defineAction(
            Action(id: try ActionID("HR-OD-1"), ref: "HR/OD 1", title: "One", definedAt: t("2020-04-01")))
        let before = try test.contents()
        let error = errorMessage {
            _ = try Self.importing(test, "ref,title,period,progress\nHR&OD 1,Two,2020/21 Q4,20\n")
        }
        #expect(
            error?.message == """
                \(test.root)/tracker.csv: 1 bad row; nothing was imported
                \(test.root)/tracker.csv:2: ref: "HR&OD 1" gives the id HR-OD-1, which is already the action with ref "HR/OD 1" in the store (\(test.directory)/HR-OD-1.action); give an id column to tell them apart
                """)
        #expect(try test.contents() == before)
    }

    @Test("one ref on two actions is refused, in the file and against the store")
    func oneRefTwoActions() throws {
        let test = try TestStore()
        let error = errorMessage {
            _ = try Self.importing(test, "id,ref,title,period\nA1,1.01,One,2020/21 Q4\nA2,1.01,Two,2020/21 Q4\n")
        }
        #expect(
            error?.message.split(separator: "\n").last
                == "\(test.root)/tracker.csv:3: ref: \"1.01\" is the ref of A1 at line 2 and of A2 here; a ref names one action"
        )
        try test.store.defineAction(
            Action(id: try ActionID("A1"), ref: "1.01", title: "One", definedAt: t("2020-04-01")))
        let before = try test.contents()
        let stored = errorMessage { _ = try Self.importing(test, "id,ref,title,period\nA2,1.01,Two,2020/21 Q4\n") }
        #expect(
            stored?.message.split(separator: "\n").last
                == "\(test.root)/tracker.csv:2: ref: \"1.01\" is already the ref of action A1 in the store (\(test.directory)/A1.action); a ref names one action"
        )
        let defined = errorMessage {
            try test.store.defineAction(
                Action(id: try ActionID("A3"), ref: "1.01", title: "Three", definedAt: t("2020-04-01")))
        }
        #expect(
            defined?.message
                == "--ref: ref \"1.01\" is already the ref of action A1 (\(test.directory)/A1.action); a ref names one action; nothing was changed"
        )
        #expect(try test.contents() == before)
    }

    @Test("every bad row is listed, located, and nothing is imported")
    func badRows() throws {
        let test = try TestStore()
        let before = try test.contents()
        let csv = """
            id,title,period,progress,status,due
            A1,Good,2020/21 Q4,50%,green,30/06/2021
            A2,Too far,2020/21 Q4,140%,,
            A3,Blue too soon,2020/21 Q4,60,Blue,
            A4,No such day,2020/21 Q4,10,,31/02/2021
            A5,Bad word,2020/21 Q4,10,purple,
            ,No id,2020/21 Q4,10,,

            """
        let error = errorMessage { _ = try Self.importing(test, csv) }
        #expect(error?.kind == .badData)
        let path = test.root + "/tracker.csv"
        #expect(
            error?.message == """
                \(path): 5 bad rows; nothing was imported
                \(path):3: progress: expected a percentage from 0 to 100, found 140
                \(path):4: status: expected stage completed or progress 100 with blue (blue means complete), found progress 60
                \(path):5: due: expected a date such as 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021, found "31/02/2021" (no such date: February 2021 has 28 days)
                \(path):6: status: expected blue, green, amber or red, found "purple"
                \(path):7: id: expected an id or a ref to name the action, found empty cells
                """)
        #expect(try test.contents() == before)
    }

    @Test("a second update for a period needs --revise, which replaces it")
    func revise() throws {
        let test = try TestStore()
        _ = try Self.importing(test, "id,title,period,progress,recorded_at\nA1,One,2020/21 Q4,40,2021-05-01\n")
        let before = try test.contents()
        let error = errorMessage {
            _ = try Self.importing(test, "id,title,period,progress,recorded_at\nA1,One,2020/21 Q4,45,2021-05-10\n")
        }
        #expect(
            error?.message.split(separator: "\n").last
                == "\(test.root)/tracker.csv:2: A1 already has an update for 2020/21 Q4 (recorded 2021-05-01T00:00:00Z); to replace it, import with --revise"
        )
        #expect(try test.contents() == before)
        let inFile = errorMessage {
            _ = try Self.importing(test, "id,title,period,progress\nA2,Two,2020/21 Q4,10\nA2,Two,2020/21 Q4,20\n")
        }
        #expect(
            inFile?.message.split(separator: "\n").last
                == "\(test.root)/tracker.csv:3: period: expected one row for A2 2020/21 Q4, found a second (the first is at line 2); use --revise to apply corrections in order"
        )
        let outcome = try Self.importing(
            test, "id,title,period,progress,recorded_at\nA1,One,2020/21 Q4,45,2021-05-10\n", revise: true)
        #expect(outcome.updates == 1)
        let history = try Self.history(test, "A1")
        #expect(history.updates.map(\.isRevision) == [false, true])
        #expect(history.asOf(nil)?.updates[q("2020/21 Q4")]?.progress == f("45"))
        #expect(history.asOf(t("2021-05-05"))?.updates[q("2020/21 Q4")]?.progress == f("40"))
    }

    @Test("a due date that moves is recorded as a revised due date, the original kept")
    func revisedDue() throws {
        let test = try TestStore()
        _ = try Self.importing(
            test,
            """
            id,title,period,progress,due
            A1,One,2020/21 Q3,20,30-Apr-2021
            A1,One,2020/21 Q4,40,30 April 2021
            A1,One,2021/22 Q1,60,31/07/2021

            """)
        let history = try Self.history(test, "A1")
        #expect(history.action.due == day("2021-04-30"))
        #expect(history.updates.map(\.due) == [nil, nil, day("2021-07-31")])
        let assessed = ActionRules().assess(history.asOf(nil)!, period: q("2021/22 Q1"))
        #expect(assessed.due == day("2021-07-31"))
        #expect(assessed.originalDue == day("2021-04-30"))
        #expect(!assessed.overdue)
        #expect(ActionRules().assess(history.asOf(nil)!, period: q("2020/21 Q4")).originalDue == nil)
    }

    @Test("a row that disagrees with the stored definition is refused, naming the fields")
    func definitionDiffers() throws {
        let test = try TestStore()
        _ = try Self.importing(test, "id,title,owner,period,progress\nA1,One,Finance,2020/21 Q3,20\n")
        let before = try test.contents()
        let error = errorMessage {
            _ = try Self.importing(test, "id,title,owner,period,progress\nA1,One!,HR,2020/21 Q4,40\n")
        }
        #expect(
            error?.message.split(separator: "\n").last
                == "\(test.root)/tracker.csv:2: title: A1 is already defined in the store (\(test.directory)/A1.action) with a different title, owner; change it with kpi action redefine A1, or make the row match"
        )
        #expect(try test.contents() == before)
        // Empty cells agree with anything.
        #expect(try Self.importing(test, "id,title,owner,period,progress\nA1,,,2020/21 Q4,40\n").updates == 1)
    }

    @Test("updates may be back-filled before the action was defined, and a row with nothing to say only defines")
    func backFilled() throws {
        let test = try TestStore()
        let outcome = try Self.importing(
            test,
            """
            id,title,period,progress,recorded_at
            A1,One,2021/22 Q1,,2021-07-01
            A1,One,2020/21 Q4,40,2021-05-01

            """)
        #expect(outcome.defined == 1)
        #expect(outcome.updates == 1)
        let history = try Self.history(test, "A1")
        #expect(history.action.definedAt == t("2021-05-01"))
        #expect(history.updates.map(\.period) == [q("2020/21 Q4")])
    }

    @Test("a header without an id or a ref column is refused at its line")
    func header() throws {
        let test = try TestStore()
        let error = errorMessage { _ = try Self.importing(test, "title,period\nOne,2020/21 Q4\n") }
        #expect(
            error?.message
                == "\(test.root)/tracker.csv:1: header: expected an id or a ref column to name each action, found neither"
        )
    }

    @Test("an action import creates the store when there is none, and only when the file is good")
    func createsStore() throws {
        let test = try TestStore()
        let directory = test.root + "/New"
        try test.write("bad.csv", "id,title,period,progress\nA1,One,2020/21 Q4,140\n")
        #expect(
            errorMessage {
                _ = try ActionImport.run(path: test.root + "/bad.csv", directory: directory, revise: false, by: nil)
            } != nil)
        #expect(!FileManager.default.fileExists(atPath: directory))
        try test.write("good.csv", "id,title,period,progress\nA1,One,2020/21 Q4,40\n")
        let outcome = try ActionImport.run(path: test.root + "/good.csv", directory: directory, revise: false, by: nil)
        #expect(outcome.createdStore)
        #expect(try Store(opening: directory).actionIDs().map(\.rawValue) == ["A1"])
    }
}
