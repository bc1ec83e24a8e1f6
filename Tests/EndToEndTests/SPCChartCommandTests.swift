import Foundation
import KPITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `kpi chart ID --spc` run as a person runs it: the XmR chart in each format, reproducibly,
/// with its alternative text, and the refusals of options that do not go together.
@Suite("kpi chart --spc end to end", .serialized)
struct SPCChartCommandTests {
    @Test func theXmRChartInEveryFormatIsReproducibleAndDescribed() throws {
        let scratch = try SPCCommandTests.makeStore()
        for format in ["png", "svg", "pdf"] {
            let first = try scratch.kpi("chart", "AE01", "--spc", "--format", format)
            #expect(first.status == 0, "\(format): \(first.stderr)")
            #expect(first.stdout == "Wrote Charts/AE01-spc.\(format)\n")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/Charts/AE01-spc.\(format)"))
            #expect(try scratch.kpi("chart", "AE01", "--spc", "--format", format).status == 0)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/Charts/AE01-spc.\(format)")) == bytes,
                "\(format) is byte-identical for the same store")
            switch format {
            case "png":
                #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            case "svg":
                #expect(XMLParser(data: bytes).parse())
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.contains("A&amp;E four-hour breaches, trust RQM: common cause variation</title>"))
                #expect(
                    text.contains(
                        "XmR chart of 24 points from 2016/17 Q1 to 2021/22 Q4. Mean 1,545.2, process limits 740.4 to 2,349.9. Variation: common cause"
                    ))
            default:
                let text = try Tool.output(try Tool.pdftotext(), [scratch.path + "/Charts/AE01-spc.pdf", "-"])
                #expect(text.contains("A&E four-hour breaches, trust RQM: common cause variation"), "\(text)")
                #expect(text.contains("Variation: common cause") && text.contains("Assurance: hit and miss"))
                #expect(
                    text.contains(
                        "Limits: mean ± 2.66 × average moving range; rules: outside limits, 7-point trend, 2 of 3 near a limit, 7-point shift"
                    ))
            }
        }
    }

    @Test func periodsRebaseAndSettingsShapeTheChart() throws {
        let scratch = try SPCCommandTests.makeStore()
        let result = try scratch.kpi(
            "chart", "AE01", "--spc", "--periods", "12", "--rebase", "2020/21 Q1", "--shift", "6",
            "--format", "svg", "--out", "c.svg")
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try scratch.read("c.svg")
        #expect(svg.contains("XmR chart of 12 points from 2019/20 Q1 to 2021/22 Q4. Up to 2019/20 Q4: mean"))
        #expect(svg.contains("Rebased from 2020/21 Q1: mean"))
    }

    @Test(
        "refusals",
        arguments: [
            (
                ["chart", "AE01", "--spc", "--quarters", "8"], 64,
                "kpi: error: --quarters: expected --periods with --spc"
            ),
            (
                ["chart", "AE01", "--spc", "--periods", "1"], 64,
                "kpi: error: --periods: expected a whole number of 2 or more, found 1"
            ),
            (
                ["chart", "AE01", "--periods", "12", "--quarters", "12"], 64,
                "kpi: error: --periods and --quarters: expected one of them, found both"
            ),
            (
                ["chart", "AE01", "--no-screen-outliers"], 64,
                "kpi: error: --rebase, --shift, --trend, --fix-after, --[no-]screen-outliers: expected only with --spc"
            ),
            (
                ["chart", "AE01", "--spc", "--width", "400"], 64,
                "kpi: error: --width: expected a number of points from 560 to 10000, found 400.0"
            ),
            (
                ["chart", "AE01", "--spc", "--fix-after", "5"], 64,
                "kpi: error: --fix-after: fix-after: expected a whole number of points, 12 or more (limits from fewer points are unstable), found 5"
            ),
            (
                ["chart", "AE01", "--spc", "--rebase", "2030/31 Q1"], 65,
                "kpi: error: --rebase: rebase: expected a period within the series, 2016/17 Q1 to 2021/22 Q4, found 2030/31 Q1"
            ),
            (
                ["chart", "AE01", "--spc", "--period", "2016/17 Q1"], 65,
                "kpi: error: Series/AE01.kpi: values: expected at least 2 values to compute process limits, found 1 (2016/17 Q1) to 2016/17 Q1"
            ),
        ])
    func refusals(_ arguments: [String], _ status: Int32, _ firstLine: String) throws {
        let scratch = try SPCCommandTests.makeStore()
        let result = try KPIProcess.run(arguments, in: scratch.path)
        #expect(result.status == status)
        #expect(result.firstErrorLine == firstLine)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/Charts"), "nothing written")
    }
}
