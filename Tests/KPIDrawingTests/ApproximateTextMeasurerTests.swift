import KPIDrawing
import Testing

@Suite struct ApproximateTextMeasurerTests {
    let measurer = ApproximateTextMeasurer()
    let font = Font(size: 12)

    @Test(arguments: ["", "H", "He", "Hel", "Hell", "Hello", "Hello, world"])
    func longerStringsAreWider(prefix: String) {
        let longer = measurer.measure(prefix + "x", font: font).width
        #expect(longer > measurer.measure(prefix, font: font).width)
    }

    @Test func scalesWithSizeAndWeight() {
        let small = measurer.measure("Quarter 2", font: font)
        let large = measurer.measure("Quarter 2", font: font.withSize(24))
        #expect(abs(large.width - 2 * small.width) < 1e-9)
        #expect(measurer.measure("Quarter 2", font: font.withWeight(.bold)).width > small.width)
        #expect(small.height >= small.ascent + small.descent)
    }

    @Test func isDeterministicAndEmptyIsZeroWide() {
        #expect(measurer.measure("ICT01", font: font) == measurer.measure("ICT01", font: font))
        #expect(measurer.measure("", font: font).width == 0)
        #expect(measurer.measure("iii", font: font).width < measurer.measure("MMM", font: font).width)
    }
}
