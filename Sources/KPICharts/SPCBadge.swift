import KPIDrawing
import KPISPC

/// A labelled badge for an SPC icon: a rounded box with the icon's mark and its words,
/// "Variation: common cause" or "Assurance: hit and miss".
///
/// Making Data Count draws its icons as coloured pictograms; here each is a word first, with a
/// shape and colour beside it, so it survives greyscale print and reads aloud.
public struct SPCBadge: Sendable, Hashable {
    /// Which icon the badge shows.
    public enum Kind: String, Sendable, Hashable {
        case variation, assurance
    }

    public var kind: Kind
    public var box: Rect
    public var marker: SPCMarker
    public var label: TextLabel
    public var borderColor: Color

    /// The font of a badge's words.
    static let font = Font(size: 10, weight: .bold)
    /// Inner spacing: box edge to mark, mark to words, words to box edge.
    static let padding = (left: 8.0, gap: 7.0, right: 9.0, height: 20.0)
    static let markSize = 4.5

    /// A badge whose box starts at `origin` (top left); its words are cut to fit `maxWidth`.
    static func make(
        kind: Kind, words: String, type: SPCPointType, origin: Point, maxWidth: Double,
        measurer: any TextMeasurer
    ) -> SPCBadge {
        let markWidth = 2 * markSize * 1.3
        let room = maxWidth - padding.left - markWidth - padding.gap - padding.right
        let text = TextFitting.truncate(words, width: max(room, 0), font: font, measurer: measurer)
        let textWidth = measurer.measure(text, font: font).width
        let box = Rect(
            x: origin.x, y: origin.y, width: padding.left + markWidth + padding.gap + textWidth + padding.right,
            height: padding.height)
        let marker = SPCMarker(
            type: type, center: Point(x: box.minX + padding.left + markWidth / 2, y: box.midY), size: markSize)
        let height = ChartLayout.lineHeight(font, measurer)
        let label = TextLabel(
            text, role: .badge, font: font, color: StatusPalette.ink,
            x: box.minX + padding.left + markWidth + padding.gap, top: box.midY - height / 2, measurer: measurer)
        return SPCBadge(kind: kind, box: box, marker: marker, label: label, borderColor: SPCPalette.color(type))
    }

    /// The width a badge with `words` needs before any cutting.
    static func width(_ words: String, measurer: any TextMeasurer) -> Double {
        padding.left + 2 * markSize * 1.3 + padding.gap + measurer.measure(words, font: font).width + padding.right
    }

    public func draw(on canvas: any Canvas) {
        let outline = Path.roundedRect(box, radius: 4)
        canvas.fill(outline, color: StatusPalette.white)
        canvas.stroke(outline, color: borderColor, style: .solid(1.5))
        marker.draw(on: canvas)
        label.draw(on: canvas)
    }
}
