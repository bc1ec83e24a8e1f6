import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPITestSupport
import Testing

@testable import KPICharts

/// A few reference charts and tiles, rendered with Cairo and compared pixel for pixel.
///
/// The renderer is deterministic, so the comparison is exact: a recoloured mark, a moved label
/// or a different footer fails. A missing reference fails too. To change the pictures on
/// purpose, run `KPI_RECORD_REFERENCES=1 swift test --filter SnapshotTests` (which fails, saying
/// what it recorded), look at the new files in References/, and commit them. A FreeType or
/// DejaVu update that moves antialiasing is such a change: re-record after looking.
@Suite struct SnapshotTests {
    static let references: [(name: String, size: Size, layout: @Sendable (Size) -> any RenderableLayout)] = [
        (
            "chart-ict01-amber-higher", Size(width: 480, height: 260),
            { size in
                let c = Fixtures.cases[0]
                return ChartLayout.make(
                    ChartSpec(
                        snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, size: size, asOfText: "2021-10-01"),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "chart-sick01-lower-red", Size(width: 480, height: 260),
            { size in
                let c = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!
                return ChartLayout.make(
                    ChartSpec(
                        snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, size: size, asOfText: "2021-10-01"),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "tile-sick01-red", TileSpec.defaultSize,
            { size in
                let c = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!
                return TileLayout.make(
                    TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod, size: size),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
        (
            "tile-web-no-target", TileSpec.defaultSize,
            { size in
                let snapshot = Fixtures.snapshot(
                    id: "WEB01", title: "Website users", unit: .count,
                    values: [160230, 171002, 210554, nil, 185000, 179333, 189981, 175776])
                return TileLayout.make(
                    TileSpec(snapshot: snapshot, period: Fixtures.lastPeriod, size: size),
                    measurer: CairoTextMeasurer.shared)
            }
        ),
    ]

    static let referenceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("References").path

    @Test(arguments: references.indices)
    func matchesTheReference(index: Int) throws {
        let reference = Self.references[index]
        let layout = reference.layout(reference.size)
        let png = try CairoRenderer.renderPNG(width: reference.size.width, height: reference.size.height) {
            layout.draw(on: $0)
        }
        try ReferenceImage.check(png, named: reference.name, in: Self.referenceDirectory)
    }
}
