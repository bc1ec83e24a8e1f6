import KPICharts
import KPIDrawing

/// `tiles.png`, `tiles-2.png`, …: every indicator's tile, three to a row, for pasting into a slide.
///
/// A sheet holds at most ``tilesPerSheet`` tiles. One sheet for every indicator would pass
/// Cairo's 32,767-pixel limit on an image's height at about 500 indicators (each row of three
/// is 196 px), and a sheet of hundreds of tiles is no use on a slide anyway; 100 tiles make a
/// sheet 1,040 x 6,760 px.
enum TileSheet {
    static let columns = 3
    static let gap = 16.0
    static let margin = 24.0
    /// The most tiles on one sheet.
    static let tilesPerSheet = 100

    /// One sheet to be written, with its file name.
    struct Sheet {
        var fileName: String
        var layout: PageLayout
    }

    /// The file name of sheet `number` (counting from 1): `tiles.png`, then `tiles-2.png`, ….
    static func fileName(_ number: Int) -> String {
        number == 1 ? "tiles.png" : "tiles-\(number).png"
    }

    /// The sheets of `tiles` (laid out already for the tile files, in the pack's order), 100 to
    /// a sheet.
    static func make(_ content: PackContent, tiles: [TileLayout], measurer: any TextMeasurer) -> [Sheet] {
        let count = max(1, (tiles.count + tilesPerSheet - 1) / tilesPerSheet)
        return (0..<count).map { index in
            let first = index * tilesPerSheet
            let part = Array(tiles[first..<min(tiles.count, first + tilesPerSheet)])
            return Sheet(
                fileName: fileName(index + 1),
                layout: layout(
                    part, first: first, of: tiles.count, sheet: index + 1, of: count, content, measurer: measurer))
        }
    }

    /// One sheet: the pack's title, a line with (when there are several sheets) which indicators
    /// this one holds, the committee and the as-of date, then the tiles `first + 1` onwards of
    /// `total`.
    static func layout(
        _ part: [TileLayout], first: Int, of total: Int, sheet: Int, of sheets: Int, _ content: PackContent,
        measurer: any TextMeasurer
    ) -> PageLayout {
        // Every row as tall as the tallest tile (a tile with SPC words is taller).
        let tileSize = Size(
            width: TileSpec.defaultSize.width, height: part.map(\.size.height).max() ?? TileSpec.defaultSize.height)
        let rows = (part.count + columns - 1) / columns
        let headingFont = Font(size: 18, weight: .bold)
        let subFont = Font(size: 11)
        let headerHeight = 64.0
        let width = margin * 2 + Double(columns) * tileSize.width + Double(columns - 1) * gap
        let height = margin + headerHeight + Double(rows) * (tileSize.height + gap) - gap + margin
        let range = part.count == 1 ? "indicator \(first + 1)" : "indicators \(first + 1)–\(first + part.count)"
        let which = sheets == 1 ? "all \(total) indicators" : "\(range) of \(total)"
        var layout = PageLayout(
            size: Size(width: width, height: height), title: "\(content.title) – \(content.period)",
            description: "Tiles of \(which) for \(content.period)")
        let title = TextFitting.truncate(
            TextFitting.clean("\(content.title) – \(content.period)"), width: width - 2 * margin,
            font: headingFont, measurer: measurer)
        layout.elements.append(
            .label(
                TextLabel(
                    title, role: .title, font: headingFont, color: StatusPalette.ink,
                    x: margin, top: margin, measurer: measurer)))
        let sheetText = sheets == 1 ? nil : "Sheet \(sheet) of \(sheets): \(range) of \(total)"
        // The sheet's part comes first, so a long committee name cannot truncate it away.
        let line = [sheetText, content.committee, "Figures as of \(content.asOf.dateText)"].compactMap { $0 }.joined(
            separator: " · ")
        layout.elements.append(
            .label(
                TextLabel(
                    TextFitting.truncate(
                        TextFitting.clean(line), width: width - 2 * margin, font: subFont, measurer: measurer),
                    role: .subtitle, font: subFont, color: StatusPalette.secondaryInk,
                    x: margin, top: margin + 30, measurer: measurer)))
        for (index, tile) in part.enumerated() {
            let origin = Point(
                x: margin + Double(index % columns) * (tileSize.width + gap),
                y: margin + headerHeight + Double(index / columns) * (tileSize.height + gap))
            layout.elements.append(.figure(tile, origin: origin))
        }
        return layout
    }
}
