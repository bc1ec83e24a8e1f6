import Foundation
import KPITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// End to end: the built `kpi` writes charts and tiles in every format, reproducibly.
@Suite(.serialized) struct ChartCommandTests {
    /// A store with an amber percent indicator and a no-target count, in a fresh directory.
    static func makeStore() throws -> Scratch {
        let scratch = try Scratch()
        func run(_ args: [String]) throws {
            let result = try KPIProcess.run(args, in: scratch.path)
            #expect(result.status == 0, "kpi \(args.joined(separator: " ")): \(result.stderr)")
        }
        try run(["init"])
        try run([
            "define", "ICT01", "--title", "% of ICT incidents resolved in under 2 days", "--unit", "percent",
            "--better", "higher", "--target", "90", "--from", "2020/21 Q1", "--tolerance", "10", "--recorded-at",
            "2021-04-01",
        ])
        for (i, v) in ["88", "91", "93", "90", "92", "94", "89", "85"].enumerated() {
            let period = [
                "2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2", "2020/21 Q3", "2020/21 Q4", "2021/22 Q1",
                "2021/22 Q2",
            ][i]
            try run(["record", "ICT01", period, v, "--recorded-at", "2021-10-0\(i + 1)"])
        }
        try run([
            "define", "WEB01", "--title", "Website users", "--unit", "count", "--better", "higher", "--recorded-at",
            "2021-04-01",
        ])
        try run(["record", "WEB01", "2021/22 Q1", "189981", "--recorded-at", "2021-07-10"])
        try run(["record", "WEB01", "2021/22 Q2", "175776", "--recorded-at", "2021-10-10"])
        return scratch
    }

    @Test func chartAndTileInAllThreeFormatsAreReproducible() throws {
        let scratch = try Self.makeStore()
        let pdftotext = try Tool.pdftotext()
        for command in ["chart", "tile"] {
            for format in ["png", "svg", "pdf"] {
                let out = "Charts/\(command)-ICT01.\(format)"
                let first = try scratch.kpi(command, "ICT01", "--out", out)
                #expect(first.status == 0, "\(command) \(format): \(first.stderr)")
                #expect(first.stdout == "Wrote \(out)\n")
                let bytes = scratch.bytes(out)
                #expect(!bytes.isEmpty)
                let again = try scratch.kpi(command, "ICT01", "--out", out)
                #expect(again.status == 0)
                #expect(scratch.bytes(out) == bytes, "\(command) \(format) must be byte-identical")
                switch format {
                case "png": #expect(Array(bytes.prefix(8)) == PNGFile.signature)
                case "svg":
                    #expect(XMLParser(data: Data(bytes)).parse())
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(
                        text.contains("<title id=\"chart-title\">")
                            && text.contains(
                                "<desc id=\"chart-desc\">ICT01 % of ICT incidents resolved in under 2 days: 85% in 2021/22 Q2, amber: target 90%, worse than last quarter"
                            ))
                default:
                    let text = try Tool.run(pdftotext, [scratch.path + "/" + out, "-"]).stdout
                    #expect(
                        text.contains(
                            command == "chart"
                                ? "% of ICT incidents resolved in under 2 days fell to 85% (amber)" : "Target 90%"),
                        "\(text)")
                }
            }
        }
    }

    @Test func defaultsWriteUnderChartsAndHonourAsOf() throws {
        let scratch = try Self.makeStore()
        let chart = try scratch.kpi("chart", "WEB01", "--format", "svg", "--as-of", "2021-08-01")
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(chart.stdout == "Wrote Charts/WEB01.svg\n")
        let svg = String(decoding: scratch.bytes("Charts/WEB01.svg"), as: UTF8.self)
        #expect(svg.contains("189,981 in 2021/22 Q1"), "as of August only Q1 was known")
        let tile = try scratch.kpi("tile", "WEB01")
        #expect(tile.stdout == "Wrote Charts/WEB01-tile.png\n")
    }

    @Test(
        "the format comes from --format, else --out's extension, else PNG",
        arguments: [
            ([], "Charts/ICT01.png", "png"), (["--format", "svg"], "Charts/ICT01.svg", "svg"),
            (["--out", "out/x.PDF"], "out/x.PDF", "pdf"), (["--format", "png", "--out", "a.png"], "a.png", "png"),
            (["--format", "SVG", "--out", "a.svg"], "a.svg", "svg"),
            // A new one-component relative directory (Foundation's path helpers once trapped on it).
            (["--out", "s/x.svg"], "s/x.svg", "svg"),
        ])
    func formatAndPath(_ options: [String], _ path: String, _ format: String) throws {
        let scratch = try Self.makeStore()
        let result = try KPIProcess.run(["chart", "ICT01"] + options, in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Wrote \(path)\n")
        let bytes = scratch.bytes(path)
        let magic: [String: [UInt8]] = [
            "png": PNGFile.signature, "svg": Array("<?xml".utf8), "pdf": Array("%PDF-".utf8),
        ]
        #expect(bytes.starts(with: magic[format]!), "\(path) is not a \(format)")
    }

    @Test(
        "errors have the documented exit codes and say what was expected",
        arguments: [
            (
                ["--out", "blocker/c.png"], 73,
                "kpi: error: blocker: cannot create the output directory: a file of that name exists"
            ),
            (["--quarters", "41"], 64, "kpi: error: --quarters: expected a whole number from 1 to 40, found 41"),
            (["--format", "gif"], 64, "kpi: error: --format: expected png, svg or pdf, found \"gif\""),
            (
                ["--format", "png", "--out", "a.svg"], 64,
                "kpi: error: --format: expected svg to match --out \"a.svg\", found png"
            ),
            (
                ["--out", "chart"], 64,
                "kpi: error: --out: expected a file ending in .png, .svg or .pdf (or give --format), found \"chart\""
            ),
            (["--scale", "9"], 64, "kpi: error: --scale: expected a number from 0.25 to 8, found 9.0"),
        ])
    func errors(_ options: [String], _ status: Int32, _ message: String) throws {
        let scratch = try Self.makeStore()
        try scratch.write("blocker", "x")
        let result = try KPIProcess.run(["chart", "ICT01"] + options, in: scratch.path)
        #expect(result.status == status)
        #expect(result.stderr == message + "\n")
    }

    @Test func missingIndicatorsAndMismatchedTilesAreRefused() throws {
        let scratch = try Self.makeStore()
        #expect(try scratch.kpi("tile", "ICT01", "--format", "pdf", "--out", "t.png").status == 64)
        #expect(try scratch.kpi("chart", "NOPE").status == 66)
    }
}
