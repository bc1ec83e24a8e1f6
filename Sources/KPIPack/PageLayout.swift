import KPICharts
import KPIDrawing

/// One page of the committee pack as plain values: every label, box, mark and embedded chart
/// with its place, computed before anything is drawn.
///
/// Like a chart, a page is laid out first and drawn second, so tests can check that nothing
/// overlaps and nothing leaves the page without rendering a PDF. The page's structure for a
/// tagged PDF (headings, paragraphs, lists, tables, links, furniture) is part of the same
/// data: `beginTag`/`endTag` elements bracket what they mark, and may open on one page and
/// close on a later one (the document, a table that breaks). Every figure is drawn as a
/// `Figure` with its alternative text.
public struct PageLayout: RenderableLayout {
    /// What a page holds.
    public enum Element: Sendable {
        case label(TextLabel)
        /// A rectangle, filled and/or outlined.
        case box(Rect, fill: Color?, stroke: Color?)
        /// A straight rule.
        case rule(from: Point, to: Point, color: Color, width: Double)
        case marker(StatusMarker)
        /// An action's BRAG status mark (■ ● ◆ ▲ ○).
        case actionMarker(ActionMarker)
        /// A finished chart or tile placed with its top-left corner at `origin`.
        case figure(any RenderableLayout, origin: Point)
        /// The start of what the elements up to the matching `endTag` are (see ``StructureTag``).
        case beginTag(StructureTag)
        /// The end of the stretch opened by the matching `beginTag`.
        case endTag(StructureTag)
    }

    public var size: Size
    public var elements: [Element] = []
    public var accessibleTitle: String
    public var accessibleDescription: String

    public init(size: Size, title: String, description: String = "") {
        self.size = size
        self.accessibleTitle = title
        self.accessibleDescription = description
    }

    /// Every label on the page, for tests and text checks.
    public var labels: [TextLabel] {
        elements.compactMap { if case .label(let label) = $0 { label } else { nil } }
    }

    /// The boxes that must not overlap: labels, marks and embedded figures.
    public var occupiedFrames: [Rect] {
        elements.compactMap { element in
            switch element {
            case .label(let label): label.frame
            case .marker(let marker): marker.frame
            case .actionMarker(let marker): marker.frame
            case .figure(let figure, let origin):
                Rect(x: origin.x, y: origin.y, width: figure.size.width, height: figure.size.height)
            case .box, .rule, .beginTag, .endTag: nil
            }
        }
    }

    public func draw(on canvas: any Canvas) {
        for element in elements {
            switch element {
            case .label(let label):
                label.draw(on: canvas)
            case .box(let rect, let fill, let stroke):
                if let fill { canvas.fill(.rect(rect), color: fill) }
                if let stroke { canvas.stroke(.rect(rect), color: stroke, style: .solid(0.75)) }
            case .rule(let from, let to, let color, let width):
                canvas.stroke(.line(from: from, to: to), color: color, style: .solid(width))
            case .marker(let marker):
                marker.draw(on: canvas)
            case .actionMarker(let marker):
                marker.draw(on: canvas)
            case .figure(let figure, let origin):
                canvas.withTag(.figure(alternativeText: figure.accessibleDescription)) {
                    canvas.withSavedState {
                        canvas.translate(dx: origin.x, dy: origin.y)
                        canvas.clip(to: Rect(x: 0, y: 0, width: figure.size.width, height: figure.size.height))
                        figure.draw(on: canvas)
                    }
                }
            case .beginTag(let tag):
                canvas.beginTag(tag)
            case .endTag(let tag):
                canvas.endTag(tag)
            }
        }
    }
}
