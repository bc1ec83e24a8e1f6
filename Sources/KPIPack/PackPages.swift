import KPIActions
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

/// The pages of the committee pack's PDF, laid out as values:
/// 1. the cover: title, committee, period, as-of date, counts by status, how to read the pack;
/// 2. exceptions: every red and amber indicator with its chart, figures and commentary;
/// 3. a grid of every indicator's tile;
/// 4. one section per remaining indicator, grouped by theme: chart and recent periods;
/// 5. a summary table of every indicator, its header repeated on each page;
/// 6. when the store has actions, the Actions part: counts by status and the BRAG legend, the
///    action exceptions, and every action grouped by theme (a store of actions alone has only
///    the cover and this part).
/// Every page has a footer with the as-of date and "Page n of N". The pages are tagged for a
/// screen reader (document, headings, paragraphs, lists, tables, figures; footers and repeated
/// headers as furniture), the cover's contents link to their pages, and ``make(_:measurer:)``
/// returns the matching bookmarks.
public enum PackPages {
    enum Style {
        static let coverTitle = Font(size: 24, weight: .bold)
        static let coverLine = Font(size: 13)
        static let sectionHeading = Font(size: 17, weight: .bold)
        static let blockHeading = Font(size: 12, weight: .bold)
        static let body = Font(size: 9.5)
        static let bodyBold = Font(size: 9.5, weight: .bold)
        static let small = Font(size: 8.5)
        static let smallBold = Font(size: 8.5, weight: .bold)
    }

    /// A contents entry: a part of the pack, or a theme whose indicators all sit under the
    /// exceptions, with the page and destination it leads to and the indicators nested under
    /// it in the bookmarks.
    struct Section {
        var title: String
        var page: Int
        var destination: String
        var indicators: [Assessment] = []
    }

    /// Destination names: each part, and each indicator's block.
    enum Destination {
        static let exceptions = "exceptions"
        static let tiles = "tiles"
        static let summary = "summary"
        static func theme(_ index: Int) -> String { "theme-\(index)" }
        static func indicator(_ assessment: Assessment) -> String { "indicator-\(assessment.indicator.id)" }
        static let actions = "actions"
        static let actionExceptions = "action-exceptions"
        static func actionTheme(_ index: Int) -> String { "action-theme-\(index)" }
    }

    /// All pages, in order, and the bookmarks, measured with `measurer` (Cairo's, so the PDF's
    /// text fits). Each chart and tile is laid out at the size its page gives it, from the same
    /// judged series as the image files, so the pictures agree.
    public static func make(_ content: PackContent, measurer: any TextMeasurer) -> PackDocument {
        let pageTitle = content.title + " – " + content.period.description
        var body = PageComposer(measurer: measurer, title: pageTitle, firstPage: 2)

        if !content.assessments.isEmpty {
            exceptions(content, into: &body)
            body.newPage()
            tileGrid(content, into: &body)
            for (index, theme) in content.themes.enumerated() {
                body.newPage()
                indicatorSection(
                    theme.name, theme.assessments, destination: Destination.theme(index), content, into: &body)
            }
            body.newPage()
            summaryTable(content, into: &body)
        }
        if !content.actions.isEmpty {
            body.newPage()
            actionsPart(content, into: &body)
        }
        body.end(.element(.document))

        let sections = contents(content, pages: body.destinationPages)
        var cover = PageComposer(measurer: measurer, title: pageTitle, firstPage: 1)
        cover.begin(.element(.document))
        coverPage(content, sections: sections, into: &cover)

        let bodyPages = body.pages.count + 1  // the page still open
        let total = 1 + bodyPages
        let footerLeft = [content.committee, content.title + ", " + content.period.description].compactMap { $0 }
            .joined(separator: " · ")
        let footerRight = "Figures as of \(content.asOf.dateText)"
        let pages =
            cover.finish(totalPages: total, footerLeft: footerLeft, footerRight: footerRight)
            + body.finish(totalPages: total, footerLeft: footerLeft, footerRight: footerRight)
        return PackDocument(pages: pages, outline: outline(sections))
    }

    /// The contents: exceptions, tiles, every theme (its section, or for a theme whose
    /// indicators are all exceptions, its first indicator there) and the summary; then the
    /// actions' summary, exceptions and themes.
    static func contents(_ content: PackContent, pages: [String: Int]) -> [Section] {
        var sections = content.assessments.isEmpty ? [] : indicatorContents(content, pages: pages)
        if !content.actions.isEmpty {
            sections.append(
                Section(
                    title: "Actions: progress on the plan", page: pages[Destination.actions]!,
                    destination: Destination.actions))
            sections.append(
                Section(
                    title: "Action exceptions: red, overdue or awaiting update",
                    page: pages[Destination.actionExceptions]!,
                    destination: Destination.actionExceptions))
            for (index, theme) in content.actionThemes.enumerated() {
                sections.append(
                    Section(
                        title: "Actions: " + theme.name, page: pages[Destination.actionTheme(index)]!,
                        destination: Destination.actionTheme(index)))
            }
        }
        return sections
    }

    /// The indicators' contents entries.
    static func indicatorContents(_ content: PackContent, pages: [String: Int]) -> [Section] {
        var sections = [
            Section(
                title: "Exceptions: red and amber indicators", page: pages[Destination.exceptions]!,
                destination: Destination.exceptions, indicators: content.exceptions),
            Section(
                title: "All indicators at a glance", page: pages[Destination.tiles]!, destination: Destination.tiles),
        ]
        let shown = content.themes.map(\.name)
        for theme in content.allThemes {
            if let index = shown.firstIndex(of: theme.name) {
                sections.append(
                    Section(
                        title: theme.name, page: pages[Destination.theme(index)]!,
                        destination: Destination.theme(index), indicators: theme.assessments))
            } else {
                let first = Destination.indicator(theme.assessments[0])
                sections.append(
                    Section(
                        title: "\(theme.name): under Exceptions", page: pages[first]!,
                        destination: first, indicators: theme.assessments))
            }
        }
        sections.append(
            Section(
                title: "Summary of all indicators", page: pages[Destination.summary]!, destination: Destination.summary)
        )
        return sections
    }

    /// One bookmark per contents entry, its indicators nested under it, each leading to the
    /// place the indicator is shown (its theme section or the exceptions).
    static func outline(_ sections: [Section]) -> [PDFOutlineEntry] {
        sections.map { section in
            let children = section.indicators.map { assessment in
                PDFOutlineEntry(
                    title: "\(assessment.indicator.id) · \(TextFitting.clean(assessment.indicator.title))",
                    destination: Destination.indicator(assessment))
            }
            return PDFOutlineEntry(
                title: TextFitting.clean(section.title), destination: section.destination,
                children: children, isOpen: true)
        }
    }

    /// A status mark and its word at the cursor line, e.g. "▲ Red", returning the width used.
    /// `word` replaces the status's own word (a forecast says "Green", not "On target").
    @discardableResult
    static func statusBadge(
        _ status: Status, word: String? = nil, x: Double, top: Double, font: Font,
        composer: inout PageComposer
    ) -> Double {
        badge(
            word ?? status.word, color: StatusPalette.tileText(status), x: x, top: top, font: font, composer: &composer
        ) {
            .marker(StatusMarker(status: status, center: $0, size: $1))
        }
    }

    /// A mark and a word at the cursor line, returning the width used: what status badges of
    /// every kind share. `mark` makes the mark for a centre and a size.
    static func badge(
        _ word: String, color: Color, x: Double, top: Double, font: Font, composer: inout PageComposer,
        mark: (Point, Double) -> PageLayout.Element
    ) -> Double {
        let lineHeight = composer.lineHeight(font)
        let size = font.size * 0.42
        composer.add(mark(Point(x: x + size + 1.5, y: top + lineHeight * 0.42), size))
        let label = TextLabel(
            word, role: .message, font: font, color: color, x: x + size * 2 + 6, top: top, measurer: composer.measurer)
        composer.add(.label(label))
        return label.frame.maxX - x
    }

    /// A tagged list of a label (a badge) and a body (a count or a meaning) per item: the
    /// counts and legends of the cover and the Actions part. `label` draws item `index`'s label
    /// at the line's top; `body` gives its text, placed at `bodyX`.
    static func labelledList(
        count: Int, bodyX: Double, labelFont: Font, bodyFont: Font, into page: inout PageComposer,
        label: (Int, Double, inout PageComposer) -> Void, body: (Int, PageComposer) -> [String]
    ) {
        page.begin(.element(.list))
        for index in 0..<count {
            let top = page.y
            let lines = body(index, page)
            page.tagged(.listItem) { item in
                item.tagged(.label) { label(index, top, &$0) }
                item.tagged(.listBody) { $0.text(lines, font: bodyFont, color: StatusPalette.ink, x: bodyX) }
            }
            page.advance(max(top + page.lineHeight(labelFont) - page.y, 0) + 3)
        }
        page.end(.element(.list))
    }

    /// "2.47 days against a target of 2.00 days (red above 2.20 days)".
    static func factsLine(_ assessment: Assessment) -> String {
        let formatter = FigureFormatter(assessment.indicator)
        guard let value = assessment.value else {
            return "No figure recorded for \(assessment.period)"
                + (assessment.target.map { "; target \(formatter.precise($0.value.decimal))" } ?? "")
        }
        var text = "\(formatter.string(value)) in \(assessment.period)"
        if let target = assessment.target {
            text += " against a target of \(formatter.precise(target.value.decimal))"
            if let band = TargetWords.bandPhrase(target, polarity: assessment.indicator.polarity, formatter: formatter)
            {
                text += " (\(band))"
            }
            if let variance = varianceWords(assessment) { text += "; \(variance)" }
        } else {
            text += ", no target set"
        }
        return text
    }

    /// "↓ Worse than last quarter (2021/22 Q1: 2.04 days)   ↓ Worse than Q2 last year (…)", or
    /// for a monthly indicator "… than last month (Aug 2021: …)   … than Sep last year (…)".
    static func directionLine(_ assessment: Assessment, snapshot: IndicatorSnapshot) -> String {
        let formatter = FigureFormatter(assessment.indicator)
        return assessment.comparisons.map { comparison in
            if comparison.direction == .notComparable {
                return
                    "\(comparison.earlier.prefix(1).uppercased() + comparison.earlier.dropFirst()): \(comparison.direction.word.lowercased())"
            }
            let earlier =
                comparison.period.flatMap { snapshot.value(for: $0) }.map {
                    " (\($0.period): \(formatter.string($0.value)))"
                } ?? ""
            return "\(comparison.direction.symbol) \(comparison.phrase)\(earlier)"
        }.joined(separator: "   ")
    }
}
