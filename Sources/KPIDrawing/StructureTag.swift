/// What a stretch of drawing is to a reader who cannot see it: a heading, a table cell, a
/// figure with its words, a link, a link target, or page furniture.
///
/// A tagged PDF carries this beside the drawing (its structure tree, named destinations and
/// link annotations), so a screen reader reads the pack in order and a councillor can jump
/// from the contents to a section. Layouts mark their drawing with ``Canvas/beginTag(_:)`` and
/// ``Canvas/endTag(_:)``; a canvas that cannot use the marks (PNG, SVG) ignores them, so the
/// same layout draws the same pixels everywhere.
public enum StructureTag: Sendable, Hashable {
    /// A structure element: what the text and marks inside it are (see ``StructureRole``).
    /// Only an element with no element inside it holds content: drawing directly inside an
    /// element that also has child elements belongs to neither.
    case element(StructureRole)
    /// A chart or tile: a `Figure` element whose alternative text says what it shows (the same
    /// sentence as the SVG's `<desc>`).
    case figure(alternativeText: String)
    /// A place that links and bookmarks can jump to, by `name` (letters, digits, `-`, `_`, `.`).
    case destination(name: String)
    /// A link to the destination called `destination`; the area is that of what is drawn inside.
    case link(destination: String)
    /// Page furniture that is not content: footers, rules, a table header repeated on a later
    /// page. Must not be opened inside an element that holds content; a reader skips it.
    case artifact
}

/// The standard structure types (PDF 32000-1, 14.8.4) that kpi's documents use.
public enum StructureRole: String, Sendable, Hashable, CaseIterable {
    case document = "Document"
    case heading1 = "H1"
    case heading2 = "H2"
    case heading3 = "H3"
    case heading4 = "H4"
    case paragraph = "P"
    case list = "L"
    case listItem = "LI"
    case label = "Lbl"
    case listBody = "LBody"
    case table = "Table"
    case tableRow = "TR"
    case tableHeader = "TH"
    case tableCell = "TD"

    /// True for elements that group other elements rather than hold text themselves.
    public var isGrouping: Bool {
        switch self {
        case .document, .list, .listItem, .table, .tableRow: true
        default: false
        }
    }
}
