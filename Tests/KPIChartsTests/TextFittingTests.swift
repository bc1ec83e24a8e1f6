import KPICairo
import KPIDrawing
import Testing

@testable import KPICharts

@Suite struct TextFittingTests {
    let font = Font(size: 12)

    @Test(arguments: [
        ("a\nb\tc", "a b c"), ("  spaced   out  ", "spaced out"), ("\u{202E}evil\u{202C}", "evil"),
        ("bell\u{07}", "bell"), ("<script>&\"'", "<script>&\"'"), ("مرحبا 🏗️", "مرحبا 🏗️"),
    ])
    func cleanRemovesControlsAndKeepsText(input: String, expected: String) {
        #expect(TextFitting.clean(input) == expected)
    }

    @Test(arguments: [10.0, 40.0, 120.0, 400.0])
    func truncateFitsTheWidth(width: Double) {
        let measurer = CairoTextMeasurer.shared
        let text = TextFitting.truncate(
            "Percentage of major planning applications determined in time", width: width, font: font, measurer: measurer
        )
        #expect(measurer.measure(text, font: font).width <= width)
        #expect(text.isEmpty || text.hasSuffix("…") || width == 400)
    }

    @Test func wrapUsesAtMostTheLinesAllowedAndEllipsisBeyond() {
        let measurer = ApproximateTextMeasurer()
        let lines = TextFitting.wrap(
            String(repeating: "word ", count: 60), width: 120, font: font, maxLines: 2, measurer: measurer)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { measurer.measure($0, font: font).width <= 120 })
        let long = TextFitting.wrap(
            String(repeating: "W", count: 80), width: 100, font: font, maxLines: 2, measurer: measurer)
        #expect(long.count == 2 && long.allSatisfy { measurer.measure($0, font: font).width <= 100 })
        #expect(
            TextFitting.wrap("Website users", width: 300, font: font, maxLines: 2, measurer: measurer) == [
                "Website users"
            ])
    }
}
