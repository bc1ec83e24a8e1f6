import KPIDrawing

/// One line of text placed by layout: the string, its font and colour, its baseline origin and
/// the box it occupies as measured.
///
/// Canvases draw text at a left baseline origin only, so alignment is done here, once, from the
/// measured metrics; tests then check `frame`s for overlaps and for leaving the image.
public struct TextLabel: Sendable, Hashable {
    /// What the label is for; lets tests and the drawing code pick labels out by role.
    public enum Role: String, Sendable, Hashable {
        case title, subtitle, footer, legend, axisTick, period, latestValue, band, message
        case badge, note, rebase
        /// The year a year-to-date chart's line belongs to: "2021/22".
        case yearLabel
        case tileTitle, tilePeriod, tileValue, tileStatus, tileTarget, tileDirection, tileVariance, tileForecast,
            tileSignal
    }

    public var text: String
    public var role: Role
    public var font: Font
    public var color: Color
    /// The left end of the baseline.
    public var origin: Point
    /// The measured box: `origin.x ... origin.x + width`, `origin.y - ascent ... origin.y + descent`.
    public var frame: Rect

    /// A label with its left baseline origin at `origin`, measured by `measurer`.
    public init(_ text: String, role: Role, font: Font, color: Color, origin: Point, measurer: any TextMeasurer) {
        let metrics = measurer.measure(text, font: font)
        self.text = text
        self.role = role
        self.font = font
        self.color = color
        self.origin = origin
        self.frame = metrics.bounds(atBaseline: origin)
    }

    /// How a label is anchored horizontally to its x position.
    public enum Alignment: Sendable {
        case left, center, right
    }

    /// A label whose top edge is at `top` and whose `alignment` side (or centre) is at `x`.
    public init(
        _ text: String, role: Role, font: Font, color: Color, x: Double, top: Double,
        alignment: Alignment = .left, measurer: any TextMeasurer
    ) {
        let metrics = measurer.measure(text, font: font)
        let left: Double
        switch alignment {
        case .left: left = x
        case .center: left = x - metrics.width / 2
        case .right: left = x - metrics.width
        }
        self.init(
            text, role: role, font: font, color: color, origin: Point(x: left, y: top + metrics.ascent),
            measurer: measurer)
    }

    /// The same label moved by `dx` and `dy`.
    public func offsetBy(dx: Double = 0, dy: Double = 0) -> TextLabel {
        var moved = self
        moved.origin = origin.offsetBy(dx: dx, dy: dy)
        moved.frame = frame.offsetBy(dx: dx, dy: dy)
        return moved
    }

    /// Draws the label on `canvas`.
    public func draw(on canvas: any Canvas) {
        canvas.drawText(text, at: origin, font: font, color: color)
    }
}
