/// A finished layout that can be drawn and described: a trend chart, a tile, a pack page.
///
/// The seam between the layouts (KPICharts, KPIPack) and the renderer (KPICairo's
/// `LayoutRenderer`): a renderer needs only the size, the words for `<title>`/`<desc>` and PDF
/// metadata, and a way to draw on a ``Canvas``. It sits with the canvas so that neither side
/// needs the other.
public protocol RenderableLayout: Sendable {
    /// The image size in points.
    var size: Size { get }
    /// A short accessible name: the chart's title.
    var accessibleTitle: String { get }
    /// The sentence that says what the image shows.
    var accessibleDescription: String { get }
    /// Draws the layout; reads the layout only, measures nothing.
    func draw(on canvas: any Canvas)
}
