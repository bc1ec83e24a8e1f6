import Foundation
import KPITestSupport
import Testing

/// `examples/improvement-service-2009`: seed 003's Appendix 1 as a store. Its figures must be
/// the report's, its pack must show the £45,594 underspend and every line's variance, and its
/// build script must make exactly the files committed.
@Suite("The Improvement Service 2009 example store (seed 003)", .serialized)
struct BudgetExampleTests {
    static let store = KPIProcess.packageRoot + "/examples/improvement-service-2009"

    /// Appendix 1 as printed: planned spend to date, actual spend to date, revised budget
    /// (= projection to year end), printed variance, printed % variance.
    static let appendix: [(id: String, planned: Int, actual: Int, budget: Int, printed: String, percent: String)] = [
        ("STAFF1", 202_863, 202_311, 405_740, "(552)", "(0%)"),
        ("STAFF2", 109_198, 106_202, 229_551, "(2,996)", "(3%)"),
        ("STAFF3", 163_994, 161_967, 327_995, "(2,027)", "(1%)"),
        ("STAFF4", 116_546, 76_244, 233_103, "(40,301)", "(35%)"),
        ("STAFF5", 116_345, 116_412, 217_458, "67", "0%"), ("STAFF6", 309_091, 311_145, 519_602, "2,054", "1%"),
        ("STAFF", 1_018_035, 974_280, 1_933_449, "(43,755)", "(4%)"),
        ("CORP1", 147_785, 144_293, 340_500, "(3,492)", "(2%)"), ("CORP2", 19_996, 20_028, 40_000, "32", "0%"),
        ("CORP3", 40_242, 41_553, 81_500, "1,311", "3%"), ("CORP", 208_023, 205_875, 462_000, "(2,148)", "(1%)"),
        ("PROG1", 20_000, 20_000, 105_574, "0", "0%"), ("PROG2", 452_514, 453_258, 649_058, "744", "0%"),
        ("PROG3", 65_270, 65_265, 166_593, "(5)", "(0%)"), ("PROG4", 23_749, 23_304, 51_715, "(445)", "(2%)"),
        ("PROG5", 41_602, 41_617, 87_171, "15", "0%"), ("PROG", 603_135, 603_444, 1_060_111, "309", "0%"),
        ("CONT1", 50_000, 50_000, 50_000, "0", "0%"), ("TOTAL", 1_879_193, 1_833_599, 3_505_560, "(45,594)", "(2%)"),
    ]

    @Test("its status for 2009/10 Q2 is Appendix 1: actual, planned, budget, forecast; variance is actual less planned")
    func figures() throws {
        let scratch = try Scratch()
        #expect(try scratch.kpi("check", "--store", Self.store).status == 0)
        let result = try scratch.kpi("status", "2009/10 Q2", "--store", Self.store, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == Self.appendix.count)
        for line in Self.appendix {
            let row = try #require(rows.first { $0["id"] as? String == line.id }, "\(line.id)")
            #expect(row["value"] as? Int == line.actual, "\(line.id)")
            #expect(row["target"] as? Int == line.planned, "\(line.id)")
            #expect(row["annualTarget"] as? Int == line.budget, "\(line.id)")
            #expect(
                row["forecast"] as? Int == line.budget,
                "\(line.id): the projection to year end (the total: 'a fully spent Budget')")
            #expect(row["forecastStatus"] as? String == "green", "\(line.id)")
            #expect(row["variance"] as? Int == line.actual - line.planned, "\(line.id)")
            #expect(row["vsPreviousQuarter"] as? String == "not-comparable", "\(line.id)")
            // The report's own figures are quoted, never corrected.
            #expect(
                (row["note"] as? String)?.contains("variance \(line.printed), \(line.percent)") == true
                    || (row["note"] as? String)?.contains("variance as \(line.printed), \(line.percent)") == true,
                "\(line.id): \(row["note"] ?? "")")
        }
        let total = try #require(rows.first { $0["id"] as? String == "TOTAL" })
        #expect(total["variance"] as? Int == -45_594)
        #expect(total["variancePercent"] as? Double == -2.4)
        #expect(total["status"] as? String == "amber")
        let knowledge = try #require(rows.first { $0["id"] as? String == "STAFF4" })
        #expect(knowledge["variance"] as? Int == -40_302, "actual less planned, though the report prints (40,301)")
        #expect(knowledge["status"] as? String == "red")
    }

    @Test("its pack shows the £45,594 underspend and every line's variance, in the PDF and on the web page")
    func pack() throws {
        let scratch = try Scratch()
        let result = try scratch.kpi("pack", "--store", Self.store)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Wrote Charts/2009-10-Q2/: 19 indicators (1 red, 8 amber, 10 on target), "))
        let pdf = try Tool.output(try Tool.pdftotext(), [scratch.path + "/Charts/2009-10-Q2/pack.pdf", "-"])
        let html = try scratch.read("Charts/2009-10-Q2/index.html")
        for line in Self.appendix {
            let variance = line.actual - line.planned
            var digits = String(abs(variance)), pounds = ""
            while digits.count > 3 { pounds = "," + digits.suffix(3) + pounds; digits = String(digits.dropLast(3)) }
            pounds = digits + pounds
            let words = variance == 0 ? "on plan" : "£\(pounds) \(variance < 0 ? "under" : "over") plan"
            #expect(pdf.contains(words), "\(line.id): \(words)")
            #expect(html.contains(words), "\(line.id): \(words)")
        }
        #expect(pdf.contains("£45,594 under plan (2.4%)"))
        #expect(pdf.contains("Forecast year-end"))
        #expect(
            html.contains(
                "alt=\"TOTAL Total expenditure: £1,833,599 in 2009/10 Q2, amber: target £1,879,193, £45,594 under plan (2.4%), not comparable with last quarter (year to date), no figure for Q2 last year, forecast year-end: green (£3,505,560). Year-to-date chart of 2009/10 by quarter"
            ),
            "the total's chart's text alternative")
    }

    @Test("build.sh makes exactly the committed files")
    func reproducible() throws {
        let scratch = try Scratch()
        let copy = scratch.path + "/example"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.store + "/build.sh", toPath: copy + "/build.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [copy + "/build.sh"]
        process.environment = ["KPI": KPIProcess.binary, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.store).filter {
            $0.hasSuffix(".kpi") || $0 == "store.conf"
        }
        let built = try FileManager.default.contentsOfDirectory(atPath: copy).filter {
            $0.hasSuffix(".kpi") || $0 == "store.conf"
        }
        #expect(Set(committed) == Set(built))
        for name in committed {
            #expect(
                FileManager.default.contents(atPath: Self.store + "/" + name)
                    == FileManager.default.contents(atPath: copy + "/" + name), "\(name)")
        }
    }
}
