import KPICairo
import KPICharts

/// The committee pack's PDF as values: its pages, and the bookmarks that lead into them.
///
/// The pages carry their own structure (see ``PageLayout``); the outline names the same
/// destinations as the cover's contents, one bookmark per contents entry with its indicators
/// nested under it, so the two can never disagree.
public struct PackDocument: Sendable {
    public var pages: [PageLayout]
    public var outline: [PDFOutlineEntry]
}
