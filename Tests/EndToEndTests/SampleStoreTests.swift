import Foundation
import KPITestSupport
import Testing

@Suite("The shipped sample store", .serialized)
struct SampleStoreTests {
    @Test("it passes kpi check and shows 2021/22 Q2 with the seed figures")
    func sampleStatus() throws {
        let scratch = try Scratch()
        try scratch.copySampleStore()
        #expect(try scratch.kpi("check").status == 0)
        let json = try scratch.kpi("status", "--format", "json")
        #expect(json.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count >= 10)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
        for row in rows {
            #expect(
                Set(row.keys) == [
                    "id", "title", "unit", "period", "value", "target", "amberThreshold", "status", "vsPreviousQuarter",
                    "vsSameQuarterLastYear", "note",
                    "annualTarget", "forecast", "forecastStatus", "variance", "variancePercent", "frequency",
                ])
            // Each indicator at its own frequency: the quarter, its latest month, the latest year ended.
            let expected = ["monthly": "Sep 2021", "annual": "2020/21"][row["frequency"] as! String] ?? "2021/22 Q2"
            #expect(row["period"] as? String == expected)
        }
        #expect(byID["BEN01"]?["frequency"] as? String == "monthly")
        #expect(byID["BEN01"]?["status"] as? String == "amber")
        #expect(byID["SAT01"]?["frequency"] as? String == "annual")
        #expect(byID["SAT01"]?["vsPreviousQuarter"] as? String == "improving")
        #expect(byID["ICT01"]?["value"] as? Int == 85)
        #expect(byID["ICT01"]?["status"] as? String == "amber")
        #expect(byID["DIG01"]?["value"] as? Int == 175776)
        #expect(byID["DIG01"]?["vsPreviousQuarter"] as? String == "worsening")
        #expect(byID["HR01"]?["vsPreviousQuarter"] as? String == "worsening")
        #expect(byID["HR01"]?["vsSameQuarterLastYear"] as? String == "worsening")
        #expect(byID["ICT03"]?["status"] as? String == "no-target")
        #expect(rows.map { $0["id"] as! String } == rows.map { $0["id"] as! String }.sorted())
        let statuses = Set(rows.map { $0["status"] as! String })
        #expect(statuses.isSuperset(of: ["red", "amber", "green", "no-target"]))
    }

    @Test("a pack made as of before a revision shows the old value")
    func asOfBeforeRevision() throws {
        let scratch = try Scratch()
        try scratch.copySampleStore()
        let series = try scratch.read("Series/HR01.kpi")
        let revise = try #require(series.split(separator: "\n").first { $0.hasPrefix("revise 2021/22 Q1") })
        let value = try #require(series.split(separator: "\n").first { $0.hasPrefix("value 2021/22 Q1") })
        let revisedAt = String(revise.split(separator: " ")[5])
        let before = try scratch.kpi(
            "status", "2021/22 Q1", "--format", "csv", "--as-of", String(revisedAt.prefix(10)) + "T00:00:00Z")
        let after = try scratch.kpi("status", "2021/22 Q1", "--format", "csv", "--as-of", revisedAt)
        let hr = { (text: String) in
            text.split(separator: "\r\n").first { $0.hasPrefix("HR01,") }.map { String($0.split(separator: ",")[4]) }
        }
        #expect(hr(before.stdout) == String(value.split(separator: " ")[3]))
        #expect(hr(after.stdout) == String(revise.split(separator: " ")[3]))
        #expect(hr(before.stdout) != hr(after.stdout))
    }

    @Test("exporting and importing into a fresh store rebuilds the same history")
    func exportImportRoundTrip() throws {
        let scratch = try Scratch()
        try scratch.copySampleStore()
        let export = try scratch.kpi("export")
        #expect(export.status == 0)
        try scratch.write("all.csv", export.stdout)
        // A second store with the same definitions and targets, and no values.
        try FileManager.default.createDirectory(atPath: scratch.path + "/Copy", withIntermediateDirectories: false)
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/Series")
        where !name.hasPrefix(".") {
            let text = try scratch.read("Series/" + name)
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
                !$0.hasPrefix("value ") && !$0.hasPrefix("revise ")
            }
            try scratch.write("Copy/" + name, kept.joined(separator: "\n"))
        }
        let imported = try scratch.kpi("import", "all.csv", "--revise", "--store", "Copy")
        #expect(imported.status == 0, "\(imported.stderr)")
        for asOf in ["2021-09-01", "2021-11-11", "2026-01-01"] {
            let original = try scratch.kpi("status", "--format", "json", "--as-of", asOf)
            let copy = try scratch.kpi("status", "--format", "json", "--as-of", asOf, "--store", "Copy")
            #expect(original.stdout == copy.stdout)
        }
        #expect(try scratch.kpi("export", "--store", "Copy").stdout == export.stdout)
        for id in ["HR01", "ICT01"] {
            #expect(
                try scratch.kpi("history", id, "--revisions").stdout
                    == scratch.kpi("history", id, "--revisions", "--store", "Copy").stdout)
        }
    }
}
