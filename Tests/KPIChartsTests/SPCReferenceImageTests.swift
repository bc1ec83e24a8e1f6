import Foundation
import Testing
import KPICairo
import KPIDrawing
@testable import KPICharts

/// The XmR chart compared pixel for pixel with a reference rendering.
///
/// Exact: any changed pixel fails, and the rendering is written to the temporary directory
/// for a person to look at. To re-record after a deliberate change, look at the written PNG and
/// copy it over References/spc-ae01-rebased.png (the failure message gives both paths); a
/// missing reference fails the same way, so it is never recorded silently.
@Suite struct SPCReferenceImageTests {
    static let size = Size(width: 640, height: 400)
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("References/spc-ae01-rebased.png")

    @Test func theRebasedAAndEChartMatchesItsReferenceExactly() throws {
        let c = SPCFixtures.cases.first { $0.name.hasPrefix("the same rebased") }!
        let layout = SPCFixtures.layout(c, size: Self.size)
        let draw: (any Canvas) throws -> Void = { layout.draw(on: $0) }
        let actual = try CairoRenderer.renderImage(width: Self.size.width, height: Self.size.height, draw: draw)
        let expected = FileManager.default.contents(atPath: Self.reference.path).flatMap { try? RasterImage(png: Array($0)) }
        let differing = expected.map { expected in
            expected.width == actual.width && expected.height == actual.height
                ? zip(actual.pixels, expected.pixels).filter { $0 != $1 }.count : actual.pixels.count
        }
        guard differing != 0 else { return }
        let candidate = FileManager.default.temporaryDirectory.appendingPathComponent("spc-ae01-rebased-actual.png")
        try Data(try CairoRenderer.renderPNG(width: Self.size.width, height: Self.size.height, draw: draw)).write(to: candidate)
        Issue.record("""
            \(differing.map { "\($0) pixels differ from" } ?? "no reference at") \(Self.reference.path); \
            the rendering is at \(candidate.path): look at it, and if it is right, copy it there to re-record
            """)
    }
}
