import Foundation
import Testing
import KPICairo
import KPIDrawing
import KPIModel
@testable import KPICharts

/// Pixel comparisons of a few reference charts and tiles, rendered with Cairo.
///
/// Honest snapshots: a missing reference fails the test and writes the candidate to a temporary
/// path printed in the failure, for a person to inspect and copy into References/. Comparison is
/// tolerant (per-channel difference and a share of differing pixels) so a FreeType or DejaVu
/// update that moves antialiasing slightly does not fail, while a moved label or a wrong colour does.
@Suite struct SnapshotTests {
    /// A pixel differs when any channel differs by more than this.
    static let channelTolerance = 48
    /// The test fails when more than this share of pixels differ.
    static let pixelShareTolerance = 0.01

    static let references: [(name: String, size: Size, layout: @Sendable (Size) -> any RenderableLayout)] = [
        ("chart-ict01-amber-higher", Size(width: 480, height: 260), { size in
            let c = Fixtures.cases[0]
            return ChartLayout.make(ChartSpec(snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, size: size, asOfText: "2021-10-01"),
                                    measurer: CairoTextMeasurer.shared)
        }),
        ("chart-sick01-lower-red", Size(width: 480, height: 260), { size in
            let c = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!
            return ChartLayout.make(ChartSpec(snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, size: size, asOfText: "2021-10-01"),
                                    measurer: CairoTextMeasurer.shared)
        }),
        ("tile-sick01-red", TileSpec.defaultSize, { size in
            let c = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!
            return TileLayout.make(TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod, size: size), measurer: CairoTextMeasurer.shared)
        }),
        ("tile-web-no-target", TileSpec.defaultSize, { size in
            let snapshot = Fixtures.snapshot(id: "WEB01", title: "Website users", unit: .count,
                                             values: [160230, 171002, 210554, nil, 185000, 179333, 189981, 175776])
            return TileLayout.make(TileSpec(snapshot: snapshot, period: Fixtures.lastPeriod, size: size), measurer: CairoTextMeasurer.shared)
        }),
    ]

    static var referenceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")
    }

    /// The largest difference between the two pixels' channels.
    static func channelDifference(_ a: UInt32, _ b: UInt32) -> Int {
        var largest = 0
        for shift: UInt32 in [24, 16, 8, 0] {
            let x = Int((a >> shift) & 0xff), y = Int((b >> shift) & 0xff)
            largest = max(largest, abs(x - y))
        }
        return largest
    }

    @Test(arguments: references.indices)
    func matchesTheReference(index: Int) throws {
        let reference = Self.references[index]
        let layout = reference.layout(reference.size)
        let draw: (any Canvas) throws -> Void = { layout.draw(on: $0) }
        let url = Self.referenceDirectory.appendingPathComponent(reference.name + ".png")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let png = try CairoRenderer.renderPNG(width: reference.size.width, height: reference.size.height, draw: draw)
            let candidate = FileManager.default.temporaryDirectory.appendingPathComponent("\(reference.name).png")
            try Data(png).write(to: candidate)
            Issue.record("missing reference \(url.path); candidate written to \(candidate.path) — inspect it and copy it there")
            return
        }
        let expected = try RasterImage(png: Array(data))
        let actual = try CairoRenderer.renderImage(width: reference.size.width, height: reference.size.height, draw: draw)
        #expect(actual.width == expected.width && actual.height == expected.height)
        guard actual.width == expected.width, actual.height == expected.height else { return }
        var differing = 0
        for (a, b) in zip(actual.pixels, expected.pixels) where a != b {
            if Self.channelDifference(a, b) > Self.channelTolerance { differing += 1 }
        }
        let share = Double(differing) / Double(actual.pixels.count)
        if share > Self.pixelShareTolerance {
            let png = try CairoRenderer.renderPNG(width: reference.size.width, height: reference.size.height, draw: draw)
            let candidate = FileManager.default.temporaryDirectory.appendingPathComponent("\(reference.name)-actual.png")
            try Data(png).write(to: candidate)
            Issue.record("\(reference.name): \(differing) pixels (\(share * 100)%) differ from \(url.path); actual written to \(candidate.path)")
        }
    }
}
