import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import KPICharts
import KPIDrawing
import KPIModel
@testable import KPIPack

@Suite struct ChartFilesTests {
    static let date = Timestamp(secondsSince1970: 1_633_046_400)

    static func hostileChart() throws -> ChartLayout {
        let indicator = Indicator(id: try IndicatorID("ICT01"), title: "<script>alert(1)</script> & \"ICT\" 'incidents' 🏗️ مرحبا",
                                  unit: .percent, polarity: .higherIsBetter, definedAt: Timestamp(secondsSince1970: 0))
        let values: [Double] = [88, 91, 93, 90, 92, 94, 89, 85]
        let last = Period(startYear: 2021, quarter: 2)
        let observations = values.enumerated().map { i, v in
            Observation(period: last.advanced(by: i - 7)!, value: try! Figure(parsing: String(Int(v))), recordedAt: date)
        }
        let target = TargetChange(from: Period(startYear: 2019, quarter: 1), target: try Figure(parsing: "90"),
                                  amber: .tolerance(try Figure(parsing: "5")), recordedAt: date)
        let snapshot = IndicatorHistory(indicator: indicator, observations: observations, targetChanges: [target]).asOf(nil)!
        return ChartLayout.make(ChartSpec(snapshot: snapshot, lastPeriod: last, asOfText: date.dateText), measurer: ChartFiles.measurer)
    }

    @Test func svgIsValidXMLWithTitleAndDescriptionEvenForHostileText() throws {
        let layout = try Self.hostileChart()
        let svg = try ChartFiles.render(layout, format: .svg, date: Self.date)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "SVG must be well-formed XML: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<title id=\"chart-title\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ICT&quot;"))
        #expect(text.contains("<desc id=\"chart-desc\">ICT01 "))
        #expect(text.contains("85% in 2021/22 Q2, red: target 90%, worse than last quarter"))
        #expect(!text.contains("<script>"))
    }

    @Test(arguments: OutputFormat.allCases)
    func rendersAreByteIdentical(format: OutputFormat) throws {
        let layout = try Self.hostileChart()
        let first = try ChartFiles.render(layout, format: format, scale: 2, date: Self.date)
        let second = try ChartFiles.render(try Self.hostileChart(), format: format, scale: 2, date: Self.date)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func pdfTextStaysSearchable() throws {
        guard let pdftotext = Support.which("pdftotext") else { return }
        let dir = try Support.temporaryDirectory()
        let pdf = try ChartFiles.render(try Self.hostileChart(), format: .pdf, date: Self.date)
        try ChartFiles.write(pdf, to: dir + "/c.pdf")
        let result = try Support.run(pdftotext, [dir + "/c.pdf", "-"])
        #expect(result.out.contains("Target 90%"))
        #expect(result.out.contains("Figures as of 2021-10-01"))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (20211001"), "the PDF date is the as-of date")
    }

    @Test func writeCreatesDirectoriesAndReplacesAtomically() throws {
        let dir = try Support.temporaryDirectory()
        let path = dir + "/a/b/chart.png"
        try ChartFiles.write([1, 2, 3], to: path)
        try ChartFiles.write([4, 5], to: path)
        #expect(Support.read(path) == [4, 5])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/a/b") == ["chart.png"])
    }

    @Test("kpi chart --out s/x.svg writes into a new one-component relative directory")
    func writeIntoARelativeOneComponentDirectory() throws {
        let dir = try Support.temporaryDirectory()
        let store = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Series").path
        let result = try Support.run(Support.kpi, ["chart", "ICT01", "--store", store, "--out", "s/x.svg"], in: dir)
        #expect(result.status == 0, "\(result.err)")
        #expect(Support.read(dir + "/s/x.svg").count > 1000)
    }

    @Test func anUncreatableDirectoryIsCannotCreate() throws {
        let dir = try Support.temporaryDirectory()
        try ChartFiles.write([1], to: dir + "/file")
        #expect(throws: KPIError(.cannotCreate, "\(dir)/file: cannot create the output directory: a file of that name exists")) {
            try ChartFiles.write([1], to: dir + "/file/chart.png")
        }
    }

    @Test func reproducibleMomentIsTheLatestRecordNotTheClock() throws {
        let indicator = Indicator(id: try IndicatorID("X"), title: "X", unit: .count, polarity: .higherIsBetter,
                                  definedAt: Timestamp(secondsSince1970: 10))
        let history = IndicatorHistory(indicator: indicator, observations: [
            Observation(period: Period(startYear: 2021, quarter: 1), value: try Figure(parsing: "1"), recordedAt: Timestamp(secondsSince1970: 500)),
            Observation(period: Period(startYear: 2021, quarter: 2), value: try Figure(parsing: "2"), recordedAt: Timestamp(secondsSince1970: 300)),
        ])
        #expect(ChartFiles.reproducibleMoment(for: history, asOf: nil) == Timestamp(secondsSince1970: 500))
        #expect(ChartFiles.reproducibleMoment(for: history, asOf: Timestamp(secondsSince1970: 7)) == Timestamp(secondsSince1970: 7))
    }
}
