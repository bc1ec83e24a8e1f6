import Foundation
import KPIModel
import KPITestSupport
import Testing

@Suite("kpi pack end to end", .serialized)
struct PackCommandTests {
    func pack(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> ProcessResult
    {
        try KPIProcess.run(["pack"] + arguments, in: directory, environment: environment)
    }

    @Test("the sample store's pack has every file, valid and consistent")
    func samplePack() throws {
        let scratch = try Scratch(), dir = scratch.path
        let result = try pack(
            ["--store", KPIProcess.sampleStore, "--committee", "Finance & Resources <Scrutiny>"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Wrote Charts/2021-22-Q2/: 11 indicators (2 red, 4 amber, 4 on target, 1 no target), "))
        let packDir = dir + "/Charts/2021-22-Q2"
        let files = FileTree.snapshot(packDir)
        // The quarterly indicators, and the monthly BEN01 and annual SAT01 beside them.
        let ids = ["BEN01", "DIG01", "DIG02", "HR01", "HR02", "HR03", "ICT01", "ICT02", "ICT03", "ICT04", "SAT01"]
        // BEN01's 24 months are enough for SPC (13 points or more): its XmR chart and words join the pack.
        let spcIDs = ["BEN01"]
        var expected: Set = ["pack.pdf", "index.html", "tiles.png", "summary.csv", "summary.md", "manifest.json"]
        for id in ids {
            expected.formUnion(["charts/\(id).png", "charts/\(id).svg", "tiles/\(id).png", "tiles/\(id).svg"])
        }
        for id in spcIDs { expected.formUnion(["charts/\(id)-spc.png", "charts/\(id)-spc.svg"]) }
        #expect(Set(files.keys) == expected)

        for id in ids {
            #expect(PNGFile.size(files["charts/\(id).png"]!).map { [$0.width, $0.height] } == [800, 400])
            #expect(PNGFile.size(files["tiles/\(id).png"]!).map(\.width) == 320)
        }
        #expect(PNGFile.size(files["tiles.png"]!).map(\.width) == 24 * 2 + 3 * 320 + 2 * 16)

        // The PDF: pages, searchable text, the as-of date.
        let pdfinfo = try Tool.pdfinfo()
        let info = try Tool.run(pdfinfo, [packDir + "/pack.pdf"])
        #expect(info.stdout.contains("Pages:"))
        #expect(info.stdout.contains("Tagged:          yes\n"))
        #expect(info.stdout.contains("Title:           Quarterly performance report – 2021/22 Q2\n"))
        // The structure tree: Human Resources, all of whose indicators are exceptions, is still in the contents.
        let tree = try Tool.run(pdfinfo, ["-struct-text", packDir + "/pack.pdf"]).stdout
        #expect(tree.hasPrefix("Document\n  H1 (block)\n    \"Quarterly performance report\"\n"))
        #expect(tree.contains("      Link (inline)\n") && tree.contains("\"Human Resources: under Exceptionspage 2\""))
        #expect(tree.components(separatedBy: "\n  Figure\n").count - 1 == 2 * ids.count + spcIDs.count)
        let text = try Tool.run(try Tool.pdftotext(), ["-layout", packDir + "/pack.pdf", "-"]).stdout
        for phrase in [
            "Quarterly performance report", "Exceptions: red and amber indicators", "All indicators at a glance",
            "Summary of all indicators", "Figures as of 2021-11-12", "HR01", "Sickness absence", "Page 1 of",
        ] {
            #expect(text.contains(phrase), "pack.pdf lacks \(phrase)")
        }

        // The web page: every image has alt text equal to the chart's SVG description.
        let html = String(decoding: files["index.html"]!, as: UTF8.self)
        #expect(HTMLCheck.problems(html).isEmpty, "\(HTMLCheck.problems(html))")
        let images = HTMLCheck.images(html)
        #expect(images.count == ids.count + spcIDs.count)
        #expect(images.allSatisfy { $0.alt.count > 40 && $0.src.hasPrefix("data:image/png;base64,") })
        let svg = String(decoding: files["charts/HR01.svg"]!, as: UTF8.self)
        let hrAlt = try #require(images.first { $0.alt.hasPrefix("HR01 ") }?.alt)
        let desc = try #require(
            svg.range(of: "<desc id=\"chart-desc\">").flatMap { start in
                svg.range(of: "</desc>").map { svg[start.upperBound..<$0.lowerBound] }
            })
        #expect(HTMLCheck.unescaped(hrAlt) == HTMLCheck.unescaped(String(desc)))
        #expect(html.contains("Finance &amp; Resources &lt;Scrutiny&gt;"))
        #expect(!html.contains("<script"))

        // The manifest lists every other file with its digest.
        let manifest = try JSONSerialization.jsonObject(with: Data(files["manifest.json"]!)) as! [String: Any]
        #expect(manifest["period"] as? String == "2021/22 Q2")
        #expect((manifest["storeSHA256"] as? String)?.hasPrefix("sha256:") == true)
        let listed = manifest["files"] as! [[String: Any]]
        #expect(Set(listed.map { $0["path"] as! String }) == expected.subtracting(["manifest.json"]))
        for entry in listed {
            let path = entry["path"] as! String
            #expect(entry["sha256"] as? String == SHA256.hex(files[path]!), "\(path)")
        }
        let csv = String(decoding: files["summary.csv"]!, as: UTF8.self)
        #expect(
            csv.hasPrefix(
                "id,title,unit,period,value,target,amberThreshold,status,vsPreviousQuarter,vsSameQuarterLastYear,note,annualTarget,forecast,forecastStatus,variance,variancePercent\r\n"
            ))
    }

    @Test("a month's pack: the monthly indicators only, in Charts/2021-09/, saying which month throughout")
    func monthlyPack() throws {
        let scratch = try Scratch(), dir = scratch.path
        let result = try pack(["--store", KPIProcess.sampleStore, "Sep 2021"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Wrote Charts/2021-09/: 1 indicator (1 amber), "))
        let files = FileTree.snapshot(dir + "/Charts/2021-09")
        #expect(
            Set(files.keys) == [
                "pack.pdf", "index.html", "tiles.png", "summary.csv", "summary.md", "manifest.json",
                "charts/BEN01.png", "charts/BEN01.svg", "charts/BEN01-spc.png", "charts/BEN01-spc.svg",
                "tiles/BEN01.png", "tiles/BEN01.svg",
            ])
        let manifest = try JSONSerialization.jsonObject(with: Data(files["manifest.json"]!)) as! [String: Any]
        #expect(manifest["period"] as? String == "Sep 2021")
        #expect(
            manifest["asOf"] as? String == "2021-10-20T09:00:00Z",
            "as of the monthly figures, not the later quarterly ones")
        let svg = String(decoding: files["charts/BEN01.svg"]!, as: UTF8.self)
        #expect(svg.contains("Trend chart of 24 months, Oct 2019 to Sep 2021"))
        let html = String(decoding: files["index.html"]!, as: UTF8.self)
        #expect(HTMLCheck.problems(html).isEmpty, "\(HTMLCheck.problems(html))")
        #expect(html.contains("<h2 id=\"counts\">This month</h2>"))
        #expect(html.contains("Direction of travel against the previous month and the same month last year"))
        #expect(html.contains("<caption>BEN01: the last 24 months</caption>"))
        try scratch.write("m.pdf", files["pack.pdf"]!)
        let text = try Tool.run(try Tool.pdftotext(), ["-layout", dir + "/m.pdf", "-"]).stdout
        for phrase in [
            "Monthly performance report", "September 2021", "This month", "22.4 days in Sep 2021",
            "Worse than last month (Aug 2021: 21.2 days)", "Worse than Sep last year (Sep 2020: 18.9 days)",
        ] {
            #expect(text.contains(phrase), "pack.pdf lacks \(phrase)")
        }
        // A quarterly indicator has no month's pack of its own.
        let quarterly = try pack(["--store", KPIProcess.sampleStore, "Sep 2021", "--only", "HR01"], in: dir)
        #expect(quarterly.status == 66)
        #expect(
            quarterly.stderr
                == "kpi: error: PERIOD argument: no monthly indicators to report for Sep 2021; a month's pack holds monthly indicators only\n"
        )
    }

    @Test("a generated store of 40 indicators: every file valid, and byte-identical with one job or several")
    func generatedFortyReproducible() throws {
        let scratch = try Scratch(), dir = scratch.path
        let store = try PackFixtures.generatedStore(in: dir, count: 40)
        let one = try pack(["--store", store, "--out", "one", "--jobs", "1"], in: dir)
        let many = try pack(["--store", store, "--out", "many", "--jobs", "4"], in: dir)
        let again = try pack(["--store", store, "--out", "many", "--jobs", "3"], in: dir)
        #expect(one.status == 0 && many.status == 0 && again.status == 0, "\(one.stderr)\(many.stderr)\(again.stderr)")
        let first = FileTree.snapshot(dir + "/one")
        #expect(first.count == 40 * 4 + 6)
        #expect(first == FileTree.snapshot(dir + "/many"))

        for n in 0..<40 {
            let id = String(format: "GEN%02d", n)
            #expect(PNGFile.size(first["charts/\(id).png"] ?? []).map { [$0.width, $0.height] } == [800, 400])
            // A money indicator's tile is taller by its variance row (when it has a target).
            #expect(
                PNGFile.size(first["tiles/\(id).png"] ?? []).map { [$0.width, $0.height] } == [
                    320, n % 4 == 3 && n % 7 != 3 ? 198 : 180,
                ])
            #expect(
                String(decoding: first["charts/\(id).svg"] ?? [], as: UTF8.self).contains(
                    "<desc id=\"chart-desc\">\(id) "))
        }
        let html = String(decoding: first["index.html"]!, as: UTF8.self)
        #expect(HTMLCheck.problems(html).isEmpty, "\(HTMLCheck.problems(html))")
        #expect(HTMLCheck.images(html).count == 40)
        #expect(HTMLCheck.images(html).allSatisfy { !$0.alt.isEmpty })
        let pages = try Tool.run(try Tool.pdfinfo(), [dir + "/one/pack.pdf"]).stdout
            .split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
        #expect((pages ?? 0) >= 10)
        let text = try Tool.run(try Tool.pdftotext(), [dir + "/one/pack.pdf", "-"]).stdout
        #expect(text.contains("Page \(pages ?? 0) of \(pages ?? 0)"))
        #expect(text.contains("GEN39"))
    }

    @Test("a pack as of before a revision shows the value as it stood then")
    func asOfBeforeRevision() throws {
        let scratch = try Scratch(), dir = scratch.path
        // HR01 2021/22 Q1 was 1.91, revised to 2.04 on 2021-09-17.
        let before = try pack(
            ["--store", KPIProcess.sampleStore, "2021/22 Q1", "--as-of", "2021-09-16", "--out", "before"], in: dir)
        let after = try pack(
            ["--store", KPIProcess.sampleStore, "2021/22 Q1", "--as-of", "2021-09-17", "--out", "after"], in: dir)
        #expect(before.status == 0 && after.status == 0, "\(before.stderr)\(after.stderr)")
        let old = try String(contentsOfFile: dir + "/before/summary.csv", encoding: .utf8)
        let new = try String(contentsOfFile: dir + "/after/summary.csv", encoding: .utf8)
        #expect(old.contains("HR01,Sickness absence: days lost per FTE,days,2021/22 Q1,1.91,"))
        #expect(new.contains("HR01,Sickness absence: days lost per FTE,days,2021/22 Q1,2.04,"))
        let html = try String(contentsOfFile: dir + "/before/index.html", encoding: .utf8)
        #expect(html.contains("Figures as of <time datetime=\"2021-09-16\">"))
    }

    @Test("hostile titles and notes are escaped in the web page, SVG and CSV")
    func hostileText() throws {
        let scratch = try Scratch(), dir = scratch.path
        let store = try PackFixtures.generatedStore(in: dir, count: 6)
        let result = try pack(["--store", store, "--out", "p"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: dir + "/p/index.html", encoding: .utf8)
        #expect(HTMLCheck.problems(html).isEmpty, "\(HTMLCheck.problems(html))")
        #expect(!html.contains("<script>") && !html.contains("<svg onload") && !html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let svg = try String(contentsOfFile: dir + "/p/charts/GEN00.svg", encoding: .utf8)
        #expect(!svg.contains("<script>") && !svg.contains("<svg onload"))
        let csv = try String(contentsOfFile: dir + "/p/summary.csv", encoding: .utf8)
        #expect(csv.contains(",\"'<script>") == false && csv.contains("'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")"))
    }

    @Test("a pack killed half way leaves the previous pack intact, and the next run cleans up")
    func killedRun() throws {
        let scratch = try Scratch(), dir = scratch.path
        let first = try pack(["--store", KPIProcess.sampleStore, "--out", "p"], in: dir)
        #expect(first.status == 0)
        let before = FileTree.snapshot(dir + "/p")
        let killed = try pack(
            ["--store", KPIProcess.sampleStore, "--out", "p", "--title", "A different title"], in: dir,
            environment: ["KPI_CRASH_AT": "pack-rendered"])
        #expect(killed.status != 0)
        #expect(FileTree.snapshot(dir + "/p") == before)
        let again = try pack(
            ["--store", KPIProcess.sampleStore, "--out", "p", "--title", "A different title"], in: dir)
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["p"])
        #expect(FileTree.snapshot(dir + "/p") != before)
    }

    @Test(
        "errors are one clear line with a documented exit code",
        arguments: [
            (
                ["2030/31 Q1"], 66,
                "kpi: error: PERIOD argument: no indicator has a value and no action an update for 2030/31 Q1; the latest quarter with values is 2021/22 Q2"
            ),
            (
                ["--only", "ICT01,NOPE"], 66,
                "kpi: error: --only: expected indicators in STORE, found NOPE, which is not there"
            ),
            (
                ["--out", "file/pack"], 73,
                "kpi: error: file: cannot create the output directory: a file of that name exists"
            ),
            (["--jobs", "0"], 64, "kpi: error: --jobs: expected a whole number from 1 to 256, found 0"),
            (
                ["Q9 2021/22"], 65,
                "kpi: error: PERIOD argument: period: expected a quarter such as \"2021/22 Q2\", found \"Q9 2021/22\" (a quarter is Q1 to Q4)"
            ),
        ])
    func errors(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let scratch = try Scratch(), dir = scratch.path
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/file"))
        let result = try pack(["--store", KPIProcess.sampleStore] + arguments, in: dir)
        #expect(result.status == status)
        #expect(
            result.stderr.split(separator: "\n").first.map(String.init)
                == message.replacingOccurrences(of: "STORE", with: KPIProcess.sampleStore))
    }

    @Test("an empty store is exit 66")
    func emptyStore() throws {
        let scratch = try Scratch(), dir = scratch.path
        _ = try KPIProcess.run(["init"], in: dir)
        let result = try pack([], in: dir)
        #expect(result.status == 66)
        #expect(
            result.stderr.hasPrefix(
                "kpi: error: Series: no indicators or actions; define some with kpi define or kpi action define first"))
    }
}
