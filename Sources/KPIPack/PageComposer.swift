import KPICharts
import KPIDrawing

/// Flows blocks of a document down A4 pages: a cursor, a page break when a block does not
/// fit, and the footer added once the page count is known.
///
/// Blocks are measured before they are placed, so a chart is never split from its heading and
/// nothing is drawn below the bottom margin.
struct PageComposer {
    static let pageSize = Size.a4Portrait
    static let margin = 42.0
    static let footerHeight = 24.0

    let measurer: any TextMeasurer
    let title: String
    private(set) var pages: [PageLayout] = []
    private var page: PageLayout
    /// The top of the free space on the current page.
    private(set) var y: Double

    var left: Double { Self.margin }
    var width: Double { Self.pageSize.width - 2 * Self.margin }
    var bottom: Double { Self.pageSize.height - Self.margin - Self.footerHeight }
    /// The page number (from 1) the next element lands on, counting `firstPage`.
    var pageNumber: Int { firstPage + pages.count }
    let firstPage: Int
    /// The page each destination declared so far is on, by name: for the contents.
    private(set) var destinationPages: [String: Int] = [:]

    init(measurer: any TextMeasurer, title: String, firstPage: Int = 1) {
        self.measurer = measurer
        self.title = title
        self.firstPage = firstPage
        self.page = PageLayout(size: Self.pageSize, title: title)
        self.y = Self.margin
    }

    /// Starts a new page unless the current one is still empty.
    mutating func newPage() {
        guard !page.elements.isEmpty else { return }
        pages.append(page)
        page = PageLayout(size: Self.pageSize, title: title)
        y = Self.margin
    }

    /// Makes sure `height` points fit below the cursor, breaking the page if not.
    mutating func ensureRoom(_ height: Double) {
        if y + height > bottom { newPage() }
    }

    mutating func add(_ element: PageLayout.Element) {
        page.elements.append(element)
    }

    /// The right edge of the last label added to the page, to set text after it on its line.
    var lastLabelMaxX: Double? {
        for element in page.elements.reversed() { if case .label(let label) = element { return label.frame.maxX } }
        return nil
    }

    /// Opens `tag` for the elements added until the matching ``end(_:)``; a destination's page
    /// is noted in ``destinationPages``.
    mutating func begin(_ tag: StructureTag) {
        if case .destination(let name) = tag { destinationPages[name] = pageNumber }
        add(.beginTag(tag))
    }

    /// Closes `tag`, opened by ``begin(_:)``.
    mutating func end(_ tag: StructureTag) {
        add(.endTag(tag))
    }

    /// Adds what `body` adds inside `tag`.
    @discardableResult
    mutating func tagged<T>(_ tag: StructureTag, _ body: (inout PageComposer) -> T) -> T {
        begin(tag)
        let result = body(&self)
        end(tag)
        return result
    }

    /// Adds what `body` adds inside the structure element `role`.
    @discardableResult
    mutating func tagged<T>(_ role: StructureRole, _ body: (inout PageComposer) -> T) -> T {
        tagged(.element(role), body)
    }

    /// Moves the cursor down.
    mutating func advance(_ height: Double) {
        y += height
    }

    /// Lines of text wrapped to `width`, for measuring a block before placing it.
    func wrap(_ text: String, font: Font, width: Double? = nil, maxLines: Int) -> [String] {
        TextFitting.wrap(
            TextFitting.clean(text), width: width ?? self.width, font: font, maxLines: maxLines, measurer: measurer)
    }

    /// The height `lines` lines of `font` take with the standard leading.
    func height(lines: Int, font: Font) -> Double {
        Double(lines) * lineHeight(font)
    }

    func lineHeight(_ font: Font) -> Double {
        let metrics = measurer.measure("Hg", font: font)
        return (metrics.ascent + metrics.descent) * 1.25
    }

    /// Places wrapped text at the cursor (or at `x`) and moves the cursor below it.
    @discardableResult
    mutating func text(
        _ lines: [String], font: Font, color: Color, role: TextLabel.Role = .message,
        x: Double? = nil, advance: Bool = true
    ) -> Double {
        var top = y
        for line in lines {
            add(
                .label(
                    TextLabel(line, role: role, font: font, color: color, x: x ?? left, top: top, measurer: measurer)))
            top += lineHeight(font)
        }
        let used = top - y
        if advance { y = top }
        return used
    }

    /// Finishes the document: adds every page's footer ("Page n of N" and the as-of date),
    /// marked as page furniture.
    mutating func finish(totalPages: Int, footerLeft: String, footerRight: String) -> [PageLayout] {
        newPage()
        if !page.elements.isEmpty { pages.append(page) }
        let font = Font(size: 8)
        let top = Self.pageSize.height - Self.margin - lineHeight(font) + 6
        return pages.enumerated().map { index, page in
            var page = page
            page.elements.append(.beginTag(.artifact))
            let right = "\(footerRight) · Page \(firstPage + index) of \(totalPages)"
            let rightWidth = measurer.measure(right, font: font).width
            page.elements.append(
                .rule(
                    from: Point(x: left, y: top - 6), to: Point(x: left + width, y: top - 6),
                    color: StatusPalette.quietBorder, width: 0.5))
            page.elements.append(
                .label(
                    TextLabel(
                        right, role: .footer, font: font, color: StatusPalette.secondaryInk,
                        x: left + width - rightWidth, top: top, measurer: measurer)))
            let leftText = TextFitting.truncate(
                TextFitting.clean(footerLeft), width: width - rightWidth - 16, font: font, measurer: measurer)
            page.elements.append(
                .label(
                    TextLabel(
                        leftText, role: .footer, font: font, color: StatusPalette.secondaryInk,
                        x: left, top: top, measurer: measurer)))
            page.elements.append(.endTag(.artifact))
            return page
        }
    }
}
