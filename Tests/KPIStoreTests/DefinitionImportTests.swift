import Foundation
import KPIModel
import Testing

@testable import KPIStore

/// `kpi import --definitions`: a council's indicator list from a spreadsheet.
@Suite("Definitions import")
struct DefinitionImportTests {
    static let header = "id,title,unit,better,decimals,theme,target,from,amber,tolerance,recorded_at,by\n"
    static let rows = """
        ICT01,"% of ICT incidents resolved in under 2 days",percent,higher,,IT,90,2020/21 Q1,85,,2020-01-01,
        HR01,Sickness absence,days,lower,2,HR,,,,,2020-01-01,Ann

        """

    /// A scratch folder without a store in it, and the path a store would take.
    func scratch() throws -> (root: String, store: String) {
        let root = NSTemporaryDirectory() + "kpi-defs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return (root, root + "/Series")
    }

    func write(_ text: String, in root: String) throws -> String {
        let path = root + "/defs.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a new store from a spreadsheet; the same file again changes nothing")
    func createsStoreThenIdempotent() throws {
        let (root, directory) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = try write(Self.header + Self.rows, in: root)
        let first = try DefinitionImport.run(
            path: path, directory: directory, update: false, by: "Importer", now: t("2022-01-01"))
        #expect(first.createdStore)
        #expect(first.defined == 2 && first.targets == 1)
        let store = try Store(opening: directory)
        let ict01 = try String(contentsOfFile: directory + "/ICT01.kpi", encoding: .utf8)
        #expect(ict01.contains("indicator ICT01 defined 2020-01-01T00:00:00Z by \"Importer\"\n"))
        #expect(ict01.contains("target 2020/21 Q1 90 amber 85 recorded 2020-01-01T00:00:00Z by \"Importer\"\n"))
        #expect(try String(contentsOfFile: directory + "/HR01.kpi", encoding: .utf8).contains("by \"Ann\""))
        let before = try Self.contents(directory)
        let again = try DefinitionImport.run(
            path: path, directory: directory, update: false, by: "Importer", now: t("2022-01-02"))
        #expect(again == DefinitionImport.Outcome(unchanged: 2))
        #expect(try Self.contents(directory) == before)
        #expect(try store.check().isEmpty)
    }

    @Test("a row that differs is refused without --update, naming id and fields; with --update it is a redefinition")
    func update() throws {
        let (root, directory) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try DefinitionImport.run(
            path: try write(Self.header + Self.rows, in: root), directory: directory, update: false, by: nil)
        let before = try Self.contents(directory)
        let changed =
            Self.header + """
                ICT01,ICT incidents fixed in 2 days,percent,higher,,Digital,92,2021/22 Q1,,5,2021-03-01,
                HR01,Sickness absence,days,lower,,,,,,,2020-01-01,

                """
        let path = try write(changed, in: root)
        let error = errorMessage {
            _ = try DefinitionImport.run(path: path, directory: directory, update: false, by: nil)
        }
        #expect(error?.kind == .badData)
        #expect(
            error?.message.replacingOccurrences(of: root + "/", with: "") == """
                defs.csv: 1 bad row; nothing was imported
                defs.csv:2: id: ICT01 is already defined with a different title, theme; use --update to record the change, or make the row match
                """)
        #expect(try Self.contents(directory) == before)
        let outcome = try DefinitionImport.run(path: path, directory: directory, update: true, by: "Bo")
        #expect(outcome.redefined == 1 && outcome.unchanged == 1 && outcome.targets == 1)
        let text = try String(contentsOfFile: directory + "/ICT01.kpi", encoding: .utf8)
        #expect(
            text.hasSuffix(
                """
                redefine title "ICT incidents fixed in 2 days" theme "Digital" recorded 2021-03-01T00:00:00Z by "Bo"
                target 2021/22 Q1 92 tolerance 5 recorded 2021-03-01T00:00:00Z by "Bo"

                """))
    }

    @Test(
        "bad rows are all listed with file:line and field; nothing is written and no store is created",
        arguments: [
            (
                "id,title,unit,better,owner\n",
                [
                    "defs.csv:1: header: expected the columns id, title, unit, better and optionally frequency, decimals, theme, source, description, allow_any_percent, cumulative, green_tolerance, target, from, amber, tolerance, recorded_at, by, found \"owner\""
                ]
            ),
            (
                "id,title,unit\n",
                [
                    "defs.csv:1: header: expected the columns id, title, unit, better and optionally frequency, decimals, theme, source, description, allow_any_percent, cumulative, green_tolerance, target, from, amber, tolerance, recorded_at, by, found no better column"
                ]
            ),
            (
                "id,title,unit,better\nA,One,percent,higher\nA,Two,percent,higher\n",
                [
                    "defs.csv: 1 bad row; nothing was imported",
                    "defs.csv:3: id: expected one row for A, found a second (the first is at line 2)",
                ]
            ),
            (
                "id,title,unit,better,target,from\nA,One,furlongs,higher,,\nB,,count,up,,\nC,Three,count,higher,5,\n",
                [
                    "defs.csv: 3 bad rows; nothing was imported",
                    "defs.csv:2: unit: expected one of percent, count, days, gbp, number, found \"furlongs\"",
                    "defs.csv:3: title: expected a title, found an empty cell",
                    "defs.csv:4: from: expected the first period the target applies to, such as \"2021/22 Q1\", found an empty cell",
                ]
            ),
            (
                "id,title,unit,better,target,from,amber\nA,One,percent,higher,90,2021/22 Q1,95\n",
                [
                    "defs.csv: 1 bad row; nothing was imported",
                    "defs.csv:2: amber: expected a threshold at or below the target 90 because higher is better, found 95",
                ]
            ),
            (
                "id,title,unit,better,decimals,allow_any_percent\nA,One,percent,higher,9,\nB,Two,percent,higher,,perhaps\n",
                [
                    "defs.csv: 2 bad rows; nothing was imported",
                    "defs.csv:2: decimals: expected a whole number from 0 to 6, found \"9\"",
                    "defs.csv:3: allow_any_percent: expected true or false, found \"perhaps\"",
                ]
            ),
        ] as [(String, [String])])
    func refused(csv: String, expected: [String]) throws {
        let (root, directory) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = try write(csv, in: root)
        let error = errorMessage {
            _ = try DefinitionImport.run(path: path, directory: directory, update: false, by: nil)
        }
        #expect(error?.kind == .badData)
        #expect(
            error?.message.replacingOccurrences(of: root + "/", with: "").split(separator: "\n").map(String.init)
                == expected)
        #expect(!FileManager.default.fileExists(atPath: directory), "a refused import must not leave a store behind")
    }

    @Test("a target already stored is not added again, even when a later line replaced it")
    func identicalTargetNotRepeated() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.store.addTarget(
            TargetChange(from: q("2020/21 Q1"), value: f("95"), recordedAt: t("2020-06-01")), to: id("ICT01"))
        let before = try test.contents()
        try test.write(
            "defs.csv",
            "id,title,unit,better,theme,target,from,amber\nICT01,% of ICT incidents resolved in under 2 days,percent,higher,IT and Digital Services,90,2020/21 Q1,85\n"
        )
        let outcome = try DefinitionImport.run(
            path: test.root + "/defs.csv", directory: test.directory, update: false, by: nil)
        #expect(outcome.unchanged == 1 && outcome.targets == 0)
        #expect(try test.contents() == before)
    }

    static func contents(_ directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name != ".lock" {
            result[name] = FileManager.default.contents(atPath: directory + "/" + name)
        }
        return result
    }
}
