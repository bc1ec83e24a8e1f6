import Foundation
import KPITestSupport
import Testing

/// The three example stores built from the seed reports' action trackers (examples/): each is
/// clean, shows its statuses as published, renders its pack, and is rebuilt byte for byte by
/// scripts/make-example-stores.sh.
@Suite("The example stores from seeds 000, 001 and 002", .serialized)
struct ExampleStoreTests {
    static let root = KPIProcess.packageRoot

    static func actions(_ name: String, _ extra: String...) throws -> [[String: Any]] {
        let result = try KPIProcess.run(
            ["actions", "--store", "examples/\(name)", "--format", "json"] + extra, in: root)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
    }

    static func byID(_ rows: [[String: Any]]) -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
    }

    /// The seed's rows as the example's CSV copies them: header names to cells.
    static func csvRows(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: root + "/scripts/example-data/" + path, encoding: .utf8)
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            switch c {
            case "\"" where quoted && characters.first == "\"":
                field.unicodeScalars.append("\""); characters.removeFirst()
            case "\"": quoted.toggle()
            case "," where !quoted: records[records.count - 1].append(field); field = ""
            case "\r" where !quoted: break
            case "\n" where !quoted: records[records.count - 1].append(field); field = ""; records.append([])
            default: field.unicodeScalars.append(c)
            }
        }
        let rows = records.filter { !$0.isEmpty }
        let header = rows[0].map { $0.lowercased() }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test(
        "each example store passes kpi check",
        arguments: ["moray-2020-21", "corporate-tracker-2020-21", "orkney-digital-2019-20"])
    func check(_ name: String) throws {
        let result = try KPIProcess.run(["check", "--store", "examples/\(name)"], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(
        "seed 000 (Moray, 2020/21 Q4): 22 actions, exactly the three the report marks overdue, Blue for the four at 100%"
    )
    func moray() throws {
        let rows = try Self.actions("moray-2020-21")
        #expect(rows.count == 22)
        #expect(Set(rows.map { $0["period"] as? String }) == ["2020/21 Q4"])
        let overdue = rows.filter { $0["overdue"] as? Bool == true }.map { $0["ref"] as! String }
        #expect(overdue == ["ICT20-22.Serv- 5.1a", "ICT20-22.Serv- 5.4", "ICT20-22.Strat- 4.3"])
        let blue = rows.filter { $0["status"] as? String == "blue" }.map { $0["ref"] as! String }.sorted()
        #expect(blue == ["HR&OD20- 22.Strat-4.1", "ICT20-22.Serv- 5.2", "ICT20-22.Serv- 5.3", "ICT20-22.Strat- 4.2"])
        // The report gives no officer's status: every status shown is the rules', and says so.
        #expect(rows.allSatisfy { $0["statusSource"] as? String == "rules" })
        // The published progress figures, exactly.
        let csv = try Self.csvRows("moray-2020-21/actions-2020-21-q4.csv")
        let byRef = Dictionary(uniqueKeysWithValues: rows.map { ($0["ref"] as! String, $0) })
        for row in csv {
            let shown = try #require(byRef[row["ref"]!])
            let published = row["progress"]!.replacingOccurrences(of: "%", with: "")
            #expect((shown["progress"] as? Int).map(String.init) ?? "" == published, "\(row["ref"]!)")
            #expect(shown["note"] as? String == row["note"])
        }
        let figures = try KPIProcess.run(
            ["status", "--store", "examples/moray-2020-21", "--format", "csv"], in: Self.root)
        #expect(
            figures.stdout.contains("ICT-REMOTE,Staff accessing the network remotely per day,count,2020/21 Q4,700,"))
        #expect(figures.stdout.contains("ICT-FLEX,% of ICT users classed as flexible workers,percent,2020/21 Q4,75,"))
    }

    @Test("seed 001 (corporate tracker, 2020/21 Q3): every officer's status as published, and the two without one")
    func corporate() throws {
        let rows = Self.byID(try Self.actions("corporate-tracker-2020-21"))
        #expect(rows.count == 28)
        for published in try Self.csvRows("corporate-tracker-2020-21/actions-2020-21-q3.csv") {
            let shown = try #require(rows[published["ref"]!])
            #expect(shown["period"] as? String == "2020/21 Q3")
            if let status = published["status"], !status.isEmpty {
                #expect(shown["status"] as? String == status.lowercased(), "\(published["ref"]!)")
                #expect(shown["statusSource"] as? String == "officer")
            }
            #expect(shown["overdue"] as? Bool == false)
        }
        #expect(rows["1.03.01"]?["status"] as? String == "not-started")
        #expect(rows["1.03.03"]?["status"] as? String == "blue")
        // Green at 0% and 5%, as published; the rules disagree and say so.
        #expect(rows["1.02.03"]?["status"] as? String == "green")
        #expect(rows["1.02.03"]?["suggestedStatus"] as? String == "red")
        #expect(rows["1.02.11"]?["progress"] as? Int == 5)
    }

    @Test("seed 002 (Orkney, 2019/20 Q4): the BRAG statuses as published, Blue for the two completed")
    func orkney() throws {
        let rows = Self.byID(try Self.actions("orkney-digital-2019-20"))
        #expect(rows.count == 12)
        for published in try Self.csvRows("orkney-digital-2019-20/actions-2019-20-q4.csv") {
            let id = String(published["ref"]!.dropLast())  // "1.1.1." gives the id 1.1.1
            let shown = try #require(rows[id])
            #expect(shown["status"] as? String == published["status"]!.dropLast().lowercased(), "\(id)")
            #expect(shown["statusSource"] as? String == "officer")
            #expect(shown["due"] is NSNull)
        }
        #expect(rows.filter { $0.value["status"] as? String == "blue" }.keys.sorted() == ["1.2.1", "8.1.1"])
    }

    @Test(
        "each example renders its pack: actions.csv, actions.md and the web page's tables, all in the manifest",
        arguments: ["moray-2020-21", "corporate-tracker-2020-21", "orkney-digital-2019-20"])
    func pack(_ name: String) throws {
        let scratch = try Scratch()
        let result = try KPIProcess.run(
            ["pack", "--store", Self.root + "/examples/\(name)", "--out", "pack", "--jobs", "2"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try scratch.read("pack/manifest.json")
        #expect(manifest.contains("\"path\": \"actions.csv\""))
        #expect(manifest.contains("\"path\": \"actions.md\""))
        let csv = try scratch.read("pack/actions.csv")
        let json = try Self.actions(name)
        #expect(csv.split(separator: "\r\n").count == json.count + 1)
        let html = try scratch.read("pack/index.html")
        #expect(html.components(separatedBy: "<table class=\"actions\">").count - 1 >= 2)
        #expect(
            html.contains(
                "<dt><span class=\"status status-blue\"><span class=\"shape\" aria-hidden=\"true\">■</span> Blue</span></dt><dd>Complete.</dd>"
            ))
    }

    @Test("seed 000's pack marks exactly its three overdue actions, in the exceptions and in their theme")
    func morayOverdueInThePack() throws {
        let scratch = try Scratch()
        let result = try KPIProcess.run(
            ["pack", "--store", Self.root + "/examples/moray-2020-21", "--out", "pack"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try scratch.read("pack/index.html")
        var marked: [String] = []
        for row in html.components(separatedBy: "<tr>") where row.contains("<strong class=\"overdue\">Overdue</strong>")
        {
            let header = try #require(row.components(separatedBy: "<th scope=\"row\">").dropFirst().first)
            marked.append(String(header.prefix { $0 != "<" }))
        }
        let three = ["ICT20-22.Serv- 5.1a", "ICT20-22.Serv- 5.4", "ICT20-22.Strat- 4.3"]
        #expect(marked.sorted() == (three + three).sorted())
        let csv = try scratch.read("pack/actions.csv")
        #expect(csv.split(separator: "\r\n").filter { $0.contains(",true,") }.count == 3)
    }

    @Test("scripts/make-example-stores.sh rebuilds the shipped stores byte for byte")
    func reproducible() throws {
        let scratch = try Scratch()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root + "/scripts/make-example-stores.sh"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        var environment = ProcessInfo.processInfo.environment
        environment["KPI"] = KPIProcess.binary
        environment["KPI_USER"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for name in ["moray-2020-21", "corporate-tracker-2020-21", "orkney-digital-2019-20"] {
            let built = scratch.tree("examples/\(name)")
            let shipped = FileTree.snapshot(Self.root + "/examples/\(name)", excluding: [".lock"])
            #expect(!built.isEmpty)
            #expect(built == shipped, "examples/\(name) differs from what the script builds")
        }
    }
}
