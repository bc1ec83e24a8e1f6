import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPITestSupport
import Testing

@testable import KPICharts

/// kpi's PNG writer around libdeflate (`PNGEncoder.standard`, what `kpi chart`, `kpi tile` and the pack use)
/// against Cairo's own writer on real chart and tile layouts: both files must decode to the same
/// straight pixels, and to the pixels Cairo drew.
@Suite struct PNGWriterTests {
    static let layouts: [(name: String, layout: @Sendable () -> any RenderableLayout)] = [
        (
            "chart, amber, 8 quarters",
            {
                let c = Fixtures.cases[0]
                return ChartLayout.make(
                    ChartSpec(snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, asOfText: "2021-10-01"),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "chart, 40 quarters with gaps",
            {
                let c = Fixtures.cases.first { $0.name == "40 quarters with gaps" }!
                return ChartLayout.make(
                    ChartSpec(
                        snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, periods: 40, asOfText: "2021-10-01"),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "tile, red",
            {
                let c = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!
                return TileLayout.make(
                    TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod), measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "tile, no target",
            {
                let c = Fixtures.cases.first { $0.name == "one value" }!
                return TileLayout.make(
                    TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod), measurer: CairoTextMeasurer.shared)
            }
        ),
    ]

    @Test(arguments: layouts.indices, [1.0, 2.0])
    func decodesToTheSamePixelsAsCairosWriter(index: Int, scale: Double) throws {
        let layout = Self.layouts[index].layout()
        let size = layout.size
        let draw: (any Canvas) throws -> Void = { layout.draw(on: $0) }
        let ours = try CairoRenderer.renderPNG(width: size.width, height: size.height, scale: scale, draw: draw)
        let cairos = try CairoRenderer.renderPNG(
            width: size.width, height: size.height, scale: scale, encoder: .cairo, draw: draw)
        let drawn = try CairoRenderer.renderImage(width: size.width, height: size.height, scale: scale, draw: draw)
        let decodedOurs = try RasterImage(png: ours), decodedCairo = try RasterImage(png: cairos)
        #expect(decodedOurs.width == drawn.width && decodedOurs.height == drawn.height)
        #expect(decodedOurs.straightPixels == decodedCairo.straightPixels, "\(Self.layouts[index].name)")
        #expect(decodedOurs.straightPixels == drawn.straightPixels, "\(Self.layouts[index].name)")
    }

    @Test(arguments: layouts.indices)
    func transparentBackgroundDecodesToTheSamePixels(index: Int) throws {
        let layout = Self.layouts[index].layout()
        let size = layout.size
        // The layout's text over nothing (antialiased edges are semi-transparent), then a
        // half-transparent veil: the whole layout would paint its opaque background first.
        let labels = (layout as? ChartLayout)?.labels ?? (layout as? TileLayout)?.labels ?? []
        #expect(!labels.isEmpty)
        let draw: (any Canvas) throws -> Void = { canvas in
            for label in labels { label.draw(on: canvas) }
            canvas.fill(
                .rect(Rect(x: 0, y: 0, width: size.width / 2, height: size.height)),
                color: Color(red: 0.1, green: 0.4, blue: 0.7, alpha: 0.35))
        }
        let ours = try CairoRenderer.renderPNG(width: size.width, height: size.height, background: nil, draw: draw)
        let cairos = try CairoRenderer.renderPNG(
            width: size.width, height: size.height, background: nil, encoder: .cairo, draw: draw)
        #expect(try RasterImage(png: ours).straightPixels == RasterImage(png: cairos).straightPixels)
    }
}
