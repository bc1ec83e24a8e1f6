import KPICharts
import KPIDrawing

/// `tiles.png`: every indicator's tile on one sheet, three to a row, for pasting into a slide.
enum TileSheet {
    static let columns = 3
    static let gap = 16.0
    static let margin = 24.0

    /// The sheet of `tiles`, laid out already for the tile files, in the pack's order.
    static func make(_ content: PackContent, tiles: [TileLayout], measurer: any TextMeasurer) -> PageLayout {
        let tileSize = tiles.first?.size ?? TileSpec.defaultSize
        let rows = (content.assessments.count + columns - 1) / columns
        let headingFont = Font(size: 18, weight: .bold)
        let subFont = Font(size: 11)
        let headerHeight = 64.0
        let width = margin * 2 + Double(columns) * tileSize.width + Double(columns - 1) * gap
        let height = margin + headerHeight + Double(rows) * (tileSize.height + gap) - gap + margin
        var sheet = PageLayout(size: Size(width: width, height: height), title: "\(content.title) – \(content.period)",
                               description: "Tiles of all \(content.assessments.count) indicators for \(content.period)")
        let title = TextFitting.truncate(TextFitting.clean("\(content.title) – \(content.period)"), width: width - 2 * margin,
                                         font: headingFont, measurer: measurer)
        sheet.elements.append(.label(TextLabel(title, role: .title, font: headingFont, color: StatusPalette.ink,
                                               x: margin, top: margin, measurer: measurer)))
        let line = [content.committee, "Figures as of \(content.asOf.dateText)"].compactMap { $0 }.joined(separator: " · ")
        sheet.elements.append(.label(TextLabel(TextFitting.truncate(TextFitting.clean(line), width: width - 2 * margin, font: subFont, measurer: measurer),
                                               role: .subtitle, font: subFont, color: StatusPalette.secondaryInk,
                                               x: margin, top: margin + 30, measurer: measurer)))
        for (index, tile) in tiles.enumerated() {
            let origin = Point(x: margin + Double(index % columns) * (tileSize.width + gap),
                               y: margin + headerHeight + Double(index / columns) * (tileSize.height + gap))
            sheet.elements.append(.figure(tile, origin: origin))
        }
        return sheet
    }
}
