import Foundation
import KPICairo
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICharts

/// The XmR chart compared pixel for pixel with a reference rendering.
///
/// Exact, like ``SnapshotTests``: any changed pixel fails, and a missing reference fails too. To
/// re-record after a deliberate change, run `KPI_RECORD_REFERENCES=1 swift test --filter
/// SPCReferenceImageTests`, look at References/spc-ae01-rebased.png, and commit it.
@Suite struct SPCReferenceImageTests {
    static let size = Size(width: 640, height: 400)
    static let referenceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("References").path

    @Test func theRebasedAAndEChartMatchesItsReferenceExactly() throws {
        let c = SPCFixtures.cases.first { $0.name.hasPrefix("the same rebased") }!
        let layout = SPCFixtures.layout(c, size: Self.size)
        let png = try CairoRenderer.renderPNG(width: Self.size.width, height: Self.size.height) { layout.draw(on: $0) }
        try ReferenceImage.check(png, named: "spc-ae01-rebased", in: Self.referenceDirectory)
    }
}
