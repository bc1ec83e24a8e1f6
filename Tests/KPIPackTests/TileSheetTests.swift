import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPIPack

@Suite("The tile sheets: at most 100 tiles each")
struct TileSheetTests {
    /// Cairo refuses an image surface taller or wider than this many pixels.
    static let cairoLimit = 32_767.0

    @Test(
        "sheets, file names and tiles per sheet either side of 100",
        arguments: [
            (1, [1]), (99, [99]), (100, [100]), (101, [100, 1]), (200, [100, 100]), (201, [100, 100, 1]),
        ])
    func boundary(count: Int, tilesPerSheet: [Int]) throws {
        let content = try PackPagesTests.content(count: count)
        let sheets = Self.sheets(content)
        #expect(
            sheets.map(\.fileName)
                == ["tiles.png", "tiles-2.png", "tiles-3.png"].prefix(tilesPerSheet.count).map { $0 })
        #expect(sheets.map { Self.tiles($0.layout).count } == tilesPerSheet)
        // Every indicator once, in the pack's order.
        #expect(
            sheets.flatMap { Self.tiles($0.layout).map(\.accessibleTitle) }
                == Self.tiles(content).map(\.accessibleTitle))
        for sheet in sheets {
            #expect(sheet.layout.size.height < Self.cairoLimit && sheet.layout.size.width < Self.cairoLimit)
        }
    }

    @Test("a single sheet says nothing about sheets; several say which indicators each holds")
    func sheetLine() throws {
        let hundred = try PackPagesTests.content(count: 100)
        let one = Self.sheets(hundred)
        #expect(one[0].layout.labels.allSatisfy { !$0.text.contains("Sheet") })
        #expect(one[0].layout.accessibleDescription == "Tiles of all 100 indicators for \(hundred.period)")

        let content = try PackPagesTests.content(count: 101)
        let two = Self.sheets(content)
        #expect(two[0].layout.labels.contains { $0.text.hasPrefix("Sheet 1 of 2: indicators 1–100 of 101 · ") })
        #expect(two[1].layout.labels.contains { $0.text.hasPrefix("Sheet 2 of 2: indicator 101 of 101 · ") })
        #expect(two[1].layout.accessibleDescription == "Tiles of indicator 101 of 101 for \(content.period)")
        // The second sheet holds one row: IND99 (the last in id order), money against a target,
        // whose tile is taller by its variance row.
        #expect(two[1].layout.size.height == TileSheet.margin * 2 + 64 + TileSpec.defaultSize.height + 18)
    }

    @Test("no label or tile overlaps another on a full sheet and a part sheet")
    func noOverlaps() throws {
        for sheet in Self.sheets(try PackPagesTests.content(count: 101)) {
            let frames = sheet.layout.occupiedFrames
            let bounds = Rect(x: 0, y: 0, width: sheet.layout.size.width, height: sheet.layout.size.height)
            for frame in frames { #expect(bounds.contains(frame), "\(sheet.fileName): \(frame) leaves the sheet") }
            for i in frames.indices {
                for j in frames.indices where j > i {
                    #expect(
                        !frames[i].insetBy(dx: 0.5, dy: 0.5).intersects(frames[j].insetBy(dx: 0.5, dy: 0.5)),
                        "\(sheet.fileName): \(frames[i]) overlaps \(frames[j])")
                }
            }
        }
    }

    @Test("a pack of 101 indicators writes tiles.png and tiles-2.png, and the manifest lists both")
    func packOf101() throws {
        let scratch = try Scratch(), dir = scratch.path
        let store = try PackFixtures.generatedStore(in: dir, count: 101)
        let result = try KPIProcess.run(["pack", "--store", store, "--out", "p"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let files = FileTree.snapshot(dir + "/p")
        let sheets = files.keys.filter { $0.hasPrefix("tiles") && $0.hasSuffix(".png") && !$0.contains("/") }.sorted()
        #expect(sheets == ["tiles-2.png", "tiles.png"])
        // Each sheet holds a money indicator against a target (GEN99 is last in id order), whose
        // variance row makes every row of the sheet 18 points taller.
        let rowHeight = Int(TileSpec.defaultSize.height + 18 + TileSheet.gap)
        #expect(PNGFile.size(files["tiles.png"]!).map(\.height) == 24 * 2 + 64 + 34 * rowHeight - 16)
        #expect(PNGFile.size(files["tiles-2.png"]!).map(\.height) == 24 * 2 + 64 + rowHeight - 16)
        let manifest = try JSONSerialization.jsonObject(with: Data(files["manifest.json"]!)) as! [String: Any]
        let listed = Set((manifest["files"] as! [[String: Any]]).map { $0["path"] as! String })
        #expect(listed.isSuperset(of: ["tiles.png", "tiles-2.png"]))
        #expect(!listed.contains("tiles-3.png"))
    }

    /// Every indicator's tile, as the pack lays them out for the tile files, in the pack's order.
    static func tiles(_ content: PackContent) -> [TileLayout] {
        content.series.map { TileLayout.make(TileSpec(series: $0), measurer: LayoutRenderer.measurer) }
    }

    static func sheets(_ content: PackContent) -> [TileSheet.Sheet] {
        TileSheet.make(content, tiles: tiles(content), measurer: LayoutRenderer.measurer)
    }

    /// The tiles placed on a sheet, in order.
    static func tiles(_ sheet: PageLayout) -> [TileLayout] {
        sheet.elements.compactMap { element in
            if case .figure(let figure, _) = element { figure as? TileLayout } else { nil }
        }
    }
}
