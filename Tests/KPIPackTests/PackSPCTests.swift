import Foundation
import KPIModel
import KPISPC
import KPITestSupport
import Testing

/// Signal or noise in the pack: indicators with enough points carry the SPC words and chart.
@Suite("SPC in the committee pack", .serialized)
struct PackSPCTests {
    /// A store with SICK (18 quarters, a rising run at the end: special cause concern) and
    /// SHORT (12 quarters: too few for SPC in the pack).
    static func store(in directory: String) throws -> String {
        let store = directory + "/Series"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        try "format 1\nyear-start-month 4\n".write(toFile: store + "/store.conf", atomically: true, encoding: .utf8)
        let values = [
            "2.1", "2.3", "2.0", "2.4", "2.2", "2.1", "2.5", "2.3", "2.2", "2.0", "2.1", "2.4", "2.6", "2.7", "2.8",
            "2.9", "2.95", "3.0",
        ]
        for (id, count) in [("SICK", 18), ("SHORT", 12)] {
            var lines = [
                "indicator \(id) defined 2017-01-01T00:00:00Z", "title \"\(id) days lost\"", "unit days",
                "better lower",
                "target 2017/18 Q1 2.2 tolerance 10 recorded 2017-01-01T00:00:00Z",
            ]
            let first = Period(startYear: 2021, quarter: 2).advanced(by: -(count - 1))!
            for index in 0..<count {
                lines.append(
                    "value \(first.advanced(by: index)!) \(values[18 - count + index]) recorded 2021-11-01T00:00:00Z")
            }
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: store + "/\(id).kpi", atomically: true, encoding: .utf8)
        }
        return store
    }

    @Test("13 or more points: SPC words on the page, tile, summary and web page, and the XmR chart files")
    func spcInPack() throws {
        let scratch = try Scratch(), dir = scratch.path
        let store = try Self.store(in: dir)
        let result = try KPIProcess.run(["pack", "--store", store, "--out", "pack"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let files = FileTree.snapshot(dir + "/pack")
        #expect(files["charts/SICK-spc.png"] != nil && files["charts/SICK-spc.svg"] != nil)
        #expect(files["charts/SHORT-spc.png"] == nil)
        let manifest = String(decoding: files["manifest.json"]!, as: UTF8.self)
        #expect(manifest.contains("\"charts/SICK-spc.png\""))
        let html = String(decoding: files["index.html"]!, as: UTF8.self)
        let words = "Variation: special cause: concern · Assurance: hit and miss"
        #expect(html.contains("<p class=\"signal\">Signal or noise (SPC): \(words)</p>"))
        #expect(html.contains("<p>SPC: \(words)</p>"))
        #expect(html.contains("SICK: SPC points; mean 2.42 days, process limits 1.93 days to 2.90 days"))
        #expect(html.components(separatedBy: "Signal or noise (SPC)").count == 2, "only SICK has enough points")
        let text = try Tool.output(try Tool.pdftotext(), [dir + "/pack/pack.pdf", "-"])
        #expect(text.contains("Signal or noise (SPC): Variation: special cause: concern"))
        #expect(text.contains("SPC: special cause: concern · hit and miss"))
    }
}
