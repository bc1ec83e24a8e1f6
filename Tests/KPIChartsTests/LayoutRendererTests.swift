import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Chart layouts rendered to files by KPICairo's `LayoutRenderer`: valid, accessible,
/// reproducible, with searchable PDF text.
@Suite struct LayoutRendererTests {
    static let date = Timestamp(secondsSince1970: 1_633_046_400)

    static func hostileChart() throws -> ChartLayout {
        let indicator = Indicator(
            id: try IndicatorID("ICT01"), title: "<script>alert(1)</script> & \"ICT\" 'incidents' 🏗️ مرحبا",
            unit: .percent, polarity: .higherIsBetter, definedAt: Timestamp(secondsSince1970: 0))
        let values: [Double] = [88, 91, 93, 90, 92, 94, 89, 85]
        let last = Period(startYear: 2021, quarter: 2)
        let observations = values.enumerated().map { i, v in
            Observation(
                period: last.advanced(by: i - 7)!, value: try! Figure(parsing: String(Int(v))), recordedAt: date)
        }
        let target = TargetChange(
            from: Period(startYear: 2019, quarter: 1), value: try Figure(parsing: "90"),
            amber: .tolerance(try Figure(parsing: "5")), recordedAt: date)
        let snapshot = IndicatorHistory(indicator: indicator, observations: observations, targetChanges: [target]).asOf(
            nil)!
        return ChartLayout.make(
            ChartSpec(snapshot: snapshot, lastPeriod: last, asOfText: date.dateText), measurer: LayoutRenderer.measurer)
    }

    @Test func svgIsValidXMLWithTitleAndDescriptionEvenForHostileText() throws {
        let svg = try LayoutRenderer.render(try Self.hostileChart(), as: .svg, date: Self.date.description)
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
        let first = try LayoutRenderer.render(
            try Self.hostileChart(), as: format, scale: 2, date: Self.date.description)
        let second = try LayoutRenderer.render(
            try Self.hostileChart(), as: format, scale: 2, date: Self.date.description)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func pdfTextStaysSearchable() throws {
        let pdftotext = try Tool.pdftotext()
        let scratch = try Scratch()
        let pdf = try LayoutRenderer.render(try Self.hostileChart(), as: .pdf, date: Self.date.description)
        try scratch.write("c.pdf", pdf)
        let result = try Tool.run(pdftotext, [scratch.path + "/c.pdf", "-"])
        #expect(result.stdout.contains("Target 90%"))
        #expect(result.stdout.contains("Figures as of 2021-10-01"))
        #expect(
            String(decoding: pdf, as: UTF8.self).contains("/CreationDate (20211001"), "the PDF date is the as-of date")
    }

    @Test func reproducibleMomentIsTheLatestRecordNotTheClock() throws {
        let indicator = Indicator(
            id: try IndicatorID("X"), title: "X", unit: .count, polarity: .higherIsBetter,
            definedAt: Timestamp(secondsSince1970: 10))
        let history = IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(
                    period: Period(startYear: 2021, quarter: 1), value: try Figure(parsing: "1"),
                    recordedAt: Timestamp(secondsSince1970: 500)),
                Observation(
                    period: Period(startYear: 2021, quarter: 2), value: try Figure(parsing: "2"),
                    recordedAt: Timestamp(secondsSince1970: 300)),
            ])
        #expect(ChartSpec.reproducibleMoment(for: history, asOf: nil) == Timestamp(secondsSince1970: 500))
        #expect(
            ChartSpec.reproducibleMoment(for: history, asOf: Timestamp(secondsSince1970: 7))
                == Timestamp(secondsSince1970: 7))
    }
}
