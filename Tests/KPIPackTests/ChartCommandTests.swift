import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// End to end: the built `kpi` writes charts and tiles in every format, reproducibly.
@Suite(.serialized) struct ChartCommandTests {
    /// A store with an amber percent indicator and a no-target count, in a fresh directory.
    static func makeStore() throws -> String {
        let dir = try Support.temporaryDirectory()
        let kpi = Support.kpi
        func run(_ args: [String]) throws {
            let result = try Support.run(kpi, args, in: dir)
            #expect(result.status == 0, "kpi \(args.joined(separator: " ")): \(result.err)")
        }
        try run(["init"])
        try run(["define", "ICT01", "--title", "% of ICT incidents resolved in under 2 days", "--unit", "percent",
                 "--better", "higher", "--target", "90", "--from", "2020/21 Q1", "--tolerance", "10", "--recorded-at", "2021-04-01"])
        for (i, v) in ["88", "91", "93", "90", "92", "94", "89", "85"].enumerated() {
            let period = ["2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2", "2020/21 Q3", "2020/21 Q4", "2021/22 Q1", "2021/22 Q2"][i]
            try run(["record", "ICT01", period, v, "--recorded-at", "2021-10-0\(i + 1)"])
        }
        try run(["define", "WEB01", "--title", "Website users", "--unit", "count", "--better", "higher", "--recorded-at", "2021-04-01"])
        try run(["record", "WEB01", "2021/22 Q1", "189981", "--recorded-at", "2021-07-10"])
        try run(["record", "WEB01", "2021/22 Q2", "175776", "--recorded-at", "2021-10-10"])
        return dir
    }

    @Test func chartAndTileInAllThreeFormatsAreReproducible() throws {
        let dir = try Self.makeStore()
        for command in ["chart", "tile"] {
            for format in ["png", "svg", "pdf"] {
                let out = "Charts/\(command)-ICT01.\(format)"
                let first = try Support.run(Support.kpi, [command, "ICT01", "--out", out], in: dir)
                #expect(first.status == 0, "\(command) \(format): \(first.err)")
                #expect(first.out == "Wrote \(out)\n")
                let bytes = Support.read(dir + "/" + out)
                #expect(!bytes.isEmpty)
                let again = try Support.run(Support.kpi, [command, "ICT01", "--out", out], in: dir)
                #expect(again.status == 0)
                #expect(Support.read(dir + "/" + out) == bytes, "\(command) \(format) must be byte-identical")
                switch format {
                case "png": #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                case "svg":
                    #expect(XMLParser(data: Data(bytes)).parse())
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(text.contains("<title id=\"chart-title\">") && text.contains("<desc id=\"chart-desc\">ICT01 % of ICT incidents resolved in under 2 days: 85% in 2021/22 Q2, amber: target 90%, worse than last quarter"))
                default:
                    if let pdftotext = Support.which("pdftotext") {
                        let text = try Support.run(pdftotext, [dir + "/" + out, "-"]).out
                        #expect(text.contains(command == "chart" ? "% of ICT incidents resolved in under 2 days fell to 85% (amber)" : "Target 90%"), "\(text)")
                    }
                }
            }
        }
    }

    @Test func defaultsWriteUnderChartsAndHonourAsOf() throws {
        let dir = try Self.makeStore()
        let chart = try Support.run(Support.kpi, ["chart", "WEB01", "--format", "svg", "--as-of", "2021-08-01"], in: dir)
        #expect(chart.status == 0, "\(chart.err)")
        #expect(chart.out == "Wrote Charts/WEB01.svg\n")
        let svg = String(decoding: Support.read(dir + "/Charts/WEB01.svg"), as: UTF8.self)
        #expect(svg.contains("189,981 in 2021/22 Q1"), "as of August only Q1 was known")
        let tile = try Support.run(Support.kpi, ["tile", "WEB01"], in: dir)
        #expect(tile.out == "Wrote Charts/WEB01-tile.png\n")
    }

    @Test func errorsHaveTheDocumentedExitCodes() throws {
        let dir = try Self.makeStore()
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/blocker"))
        let blocked = try Support.run(Support.kpi, ["chart", "ICT01", "--out", "blocker/c.png"], in: dir)
        #expect(blocked.status == 73)
        #expect(blocked.err == "kpi: error: blocker: cannot create the output directory: a file of that name exists\n")
        let quarters = try Support.run(Support.kpi, ["chart", "ICT01", "--quarters", "41"], in: dir)
        #expect(quarters.status == 64)
        #expect(quarters.err == "kpi: error: --quarters: expected a whole number from 1 to 40, found 41\n")
        let mismatch = try Support.run(Support.kpi, ["tile", "ICT01", "--format", "pdf", "--out", "t.png"], in: dir)
        #expect(mismatch.status == 64)
        let missing = try Support.run(Support.kpi, ["chart", "NOPE"], in: dir)
        #expect(missing.status == 66)
    }
}
