/// One bookmark in a PDF's outline: a title, the named destination it jumps to, and the
/// bookmarks nested under it.
///
/// Bookmarks point at destinations declared on the pages (``KPIDrawing/StructureTag/destination(name:)``)
/// rather than at page numbers, because Cairo 1.16 resolves a page number only for pages that
/// already exist when it writes the link.
public struct PDFOutlineEntry: Sendable, Hashable {
    public var title: String
    /// The destination name, as declared on a page.
    public var destination: String
    public var children: [PDFOutlineEntry]
    /// True to show the nested bookmarks when the document opens.
    public var isOpen: Bool

    public init(title: String, destination: String, children: [PDFOutlineEntry] = [], isOpen: Bool = false) {
        self.title = title
        self.destination = destination
        self.children = children
        self.isOpen = isOpen
    }

    /// This entry's destination and those of every entry under it.
    var allDestinations: [String] {
        [destination] + children.flatMap(\.allDestinations)
    }
}
