import KPIDrawing
import Testing

@testable import KPICairo

@Suite struct CairoTextMeasurerTests {
    let measurer = CairoTextMeasurer.shared
    let font = Font(size: 12)

    @Test func helloAtTwelvePointIsSane() {
        let metrics = measurer.measure("Hello", font: font)
        #expect(metrics.width > 25 && metrics.width < 40, "width \(metrics.width)")
        #expect(metrics.ascent > 8 && metrics.ascent < 13, "ascent \(metrics.ascent)")
        #expect(metrics.descent > 1 && metrics.descent < 5, "descent \(metrics.descent)")
        #expect(metrics.height >= metrics.ascent + metrics.descent)
    }

    @Test(arguments: ["", "H", "He", "Hel", "Hell", "Hello", "Hello, world"])
    func longerStringsAreWider(prefix: String) {
        #expect(measurer.measure(prefix + "x", font: font).width > measurer.measure(prefix, font: font).width)
    }

    @Test func boldIsWiderAndSizeScalesLinearly() {
        let regular = measurer.measure("Quarter 2 2021/22", font: font)
        #expect(measurer.measure("Quarter 2 2021/22", font: font.withWeight(.bold)).width > regular.width)
        let double = measurer.measure("Quarter 2 2021/22", font: font.withSize(24))
        #expect(abs(double.width - 2 * regular.width) < 0.01, "hint metrics off should scale linearly")
    }

    @Test func freshMeasurerAgreesWithSharedCache() {
        let text = "Sickness absence (days lost per FTE)"
        #expect(CairoTextMeasurer().measure(text, font: font) == measurer.measure(text, font: font))
        #expect(measurer.measure(text, font: font) == measurer.measure(text, font: font))
    }

    @Test(arguments: [1.0, 2.0])
    func agreesWithTheDrawingContextInPNG(scale: Double) throws {
        var pairs: [(TextMetrics, TextMetrics)] = []
        _ = try CairoRenderer.renderImage(width: 50, height: 50, scale: scale) { canvas in
            let cairo = try #require(canvas as? CairoCanvas)
            for text in ["85%", "Website users", "£1.834M"] {
                pairs.append((canvas.measure(text, font: font), cairo.nativeMetrics(text, font: font)))
            }
        }
        for (shared, native) in pairs { #expect(abs(shared.width - native.width) < 1e-6) }
    }

    @Test func agreesWithTheDrawingContextInPDFAndSVG() throws {
        var pairs: [(TextMetrics, TextMetrics)] = []
        let draw: (any Canvas) throws -> Void = { canvas in
            let cairo = try #require(canvas as? CairoCanvas)
            pairs.append((canvas.measure("ICT01 85%", font: font), cairo.nativeMetrics("ICT01 85%", font: font)))
        }
        _ = try CairoRenderer.renderPDF(
            width: 100, height: 100, metadata: PDFMetadata(creationDate: "2021-09-30"), draw: draw)
        _ = try CairoRenderer.renderSVG(width: 100, height: 100, title: "t", description: "d", draw: draw)
        #expect(pairs.count == 2)
        for (shared, native) in pairs { #expect(abs(shared.width - native.width) < 1e-6) }
    }

    @Test func isSafeToUseConcurrently() async {
        let texts = (0..<64).map { "Quarter \($0 % 4 + 1) 20\($0)/\($0 + 1)" }
        let font = self.font
        let expected = texts.map { CairoTextMeasurer().measure($0, font: font).width }
        let widths = await withTaskGroup(of: (Int, Double).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask { (i, CairoTextMeasurer.shared.measure(text, font: font).width) }
            }
            return await group.reduce(into: [Int: Double]()) { $0[$1.0] = $1.1 }
        }
        #expect(texts.indices.map { widths[$0] } == expected)
    }
}
