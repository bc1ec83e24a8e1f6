/// Measures text for a font, so layout can size and align labels before drawing.
///
/// Owned by the canvas (`Canvas.measurer`), as in plotters' `estimate_text_size`: the numbers
/// layout uses are the numbers the backend draws with. Sendable so layouts can be computed
/// concurrently.
public protocol TextMeasurer: Sendable {
    /// The width, ascent, descent and line height of `text` set in `font`.
    func measure(_ text: String, font: Font) -> TextMetrics
}
