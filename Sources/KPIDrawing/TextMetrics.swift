/// The measured extent of a line of text, in canvas units.
///
/// Layout aligns text itself (centre, right, baseline) from these numbers, because canvases only
/// draw text at a left baseline origin.
public struct TextMetrics: Sendable, Hashable {
    /// Horizontal advance: how far the pen moves, used for alignment and box widths.
    public var width: Double
    /// Distance from the baseline up to the top of the font's tallest glyphs (positive).
    public var ascent: Double
    /// Distance from the baseline down to the bottom of descenders (positive).
    public var descent: Double
    /// Recommended baseline-to-baseline distance for consecutive lines (at least ascent + descent).
    public var height: Double

    public init(width: Double, ascent: Double, descent: Double, height: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.height = height
    }

    /// The text's box when drawn with its left baseline origin at `origin`.
    ///
    /// Used by layout tests to check that labels do not overlap or leave the image.
    public func bounds(atBaseline origin: Point) -> Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
    }
}
