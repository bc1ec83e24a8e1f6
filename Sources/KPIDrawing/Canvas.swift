/// The drawing seam: the few calls chart code needs, implemented by Cairo and by `RecordingCanvas`.
///
/// Deliberately small (after plotters' `DrawingBackend`): fill and stroke a `Path`, draw text at a
/// left baseline origin, save/restore and clip. Colour, font and stroke are arguments rather than
/// state, so a recorded call is complete on its own. Coordinates are points with a top-left origin.
/// A class-bound protocol because a canvas wraps a live drawing context.
public protocol Canvas: AnyObject {
    /// The measurer whose numbers match what `drawText` draws.
    var measurer: any TextMeasurer { get }

    /// Fills the interior of `path` (non-zero winding) with `color`.
    func fill(_ path: Path, color: Color)

    /// Draws the outline of `path` in `color` with `style`.
    func stroke(_ path: Path, color: Color, style: StrokeStyle)

    /// Draws one line of `text` with its left end on the baseline at `baselineOrigin`.
    func drawText(_ text: String, at baselineOrigin: Point, font: Font, color: Color)

    /// Pushes the clip region and origin so a later `restore` can undo `clip(to:)` and `translate`.
    func save()

    /// Pops the clip region and origin pushed by the matching `save`.
    func restore()

    /// Restricts later drawing to `rect`, intersected with any current clip.
    func clip(to rect: Rect)

    /// Moves the origin of later drawing by `dx`, `dy` until the matching `restore`, so a
    /// finished layout (a chart, a tile) can be placed on a page without being laid out again.
    func translate(dx: Double, dy: Double)

    /// Starts a stretch of drawing that is `tag` (a heading, a cell, a figure, a link…), for
    /// canvases that make tagged documents; ends at the matching ``endTag(_:)``.
    ///
    /// Tags nest like brackets and may stay open across pages (a table that breaks). Canvases
    /// that cannot record structure (pixels, SVG) ignore the calls: the default does nothing.
    func beginTag(_ tag: StructureTag)

    /// Ends the stretch begun by the matching ``beginTag(_:)``, given the same tag.
    func endTag(_ tag: StructureTag)
}

extension Canvas {
    /// Measures `text` in `font` with this canvas's measurer.
    public func measure(_ text: String, font: Font) -> TextMetrics {
        measurer.measure(text, font: font)
    }

    /// Ignores structure: the default for canvases that only draw.
    public func beginTag(_ tag: StructureTag) {}

    /// Ignores structure: the default for canvases that only draw.
    public func endTag(_ tag: StructureTag) {}

    /// Runs `body` between `beginTag(tag)` and `endTag(tag)`.
    public func withTag<T>(_ tag: StructureTag, _ body: () throws -> T) rethrows -> T {
        beginTag(tag)
        defer { endTag(tag) }
        return try body()
    }

    /// Runs `body` between `save()` and `restore()`, restoring even if it throws.
    public func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        save()
        defer { restore() }
        return try body()
    }
}
