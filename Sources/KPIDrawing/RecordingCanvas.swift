/// A `Canvas` that records every call as a `DrawingCommand` instead of drawing.
///
/// The test double for chart code: layout and drawing can be checked as values, and with an
/// `ApproximateTextMeasurer` no Cairo or fonts are needed.
public final class RecordingCanvas: Canvas {
    public let measurer: any TextMeasurer
    /// The calls made so far, in order.
    public private(set) var commands: [DrawingCommand] = []

    /// A recording canvas measuring text with `measurer` (deterministic approximation by default).
    public init(measurer: any TextMeasurer = ApproximateTextMeasurer()) {
        self.measurer = measurer
    }

    public func fill(_ path: Path, color: Color) {
        commands.append(.fill(path, color))
    }

    public func stroke(_ path: Path, color: Color, style: StrokeStyle) {
        commands.append(.stroke(path, color, style))
    }

    public func drawText(_ text: String, at baselineOrigin: Point, font: Font, color: Color) {
        commands.append(.text(text, at: baselineOrigin, font: font, color: color))
    }

    public func save() {
        commands.append(.save)
    }

    public func restore() {
        commands.append(.restore)
    }

    public func translate(dx: Double, dy: Double) {
        commands.append(.translate(dx: dx, dy: dy))
    }

    public func clip(to rect: Rect) {
        commands.append(.clip(rect))
    }

    public func beginTag(_ tag: StructureTag) {
        commands.append(.beginTag(tag))
    }

    public func endTag(_ tag: StructureTag) {
        commands.append(.endTag(tag))
    }

    /// Forgets all recorded commands.
    public func reset() {
        commands.removeAll()
    }

    /// The strings drawn, in order; a convenient assertion target for chart tests.
    public var drawnText: [String] {
        commands.compactMap { if case .text(let s, _, _, _) = $0 { s } else { nil } }
    }
}
