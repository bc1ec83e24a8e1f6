import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

/// The pages of the committee pack's PDF, laid out as values:
/// 1. the cover: title, committee, quarter, as-of date, counts by status, how to read the pack;
/// 2. exceptions: every red and amber indicator with its chart, figures and commentary;
/// 3. a grid of every indicator's tile;
/// 4. one section per remaining indicator, grouped by theme: chart and recent quarters;
/// 5. a summary table of every indicator, its header repeated on each page.
/// Every page has a footer with the as-of date and "Page n of N".
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

    /// A titled part of the pack and the page it starts on, for the cover's contents list.
    struct Section {
        var title: String
        var page: Int
    }

    /// All pages, in order, measured with `measurer` (Cairo's, so the PDF's text fits). Each
    /// chart and tile is laid out at the size its page gives it, from the same snapshot as the
    /// image files, so the pictures agree.
    public static func make(_ content: PackContent, measurer: any TextMeasurer) -> [PageLayout] {
        let pageTitle = content.title + " – " + content.period.description
        var body = PageComposer(measurer: measurer, title: pageTitle, firstPage: 2)
        var sections: [Section] = []

        sections.append(Section(title: "Exceptions: red and amber indicators", page: body.pageNumber))
        exceptions(content, into: &body)
        body.newPage()
        sections.append(Section(title: "All indicators at a glance", page: body.pageNumber))
        tileGrid(content, into: &body)
        for theme in content.themes {
            body.newPage()
            sections.append(Section(title: theme.name, page: body.pageNumber))
            indicatorSection(theme.name, theme.assessments, content, into: &body)
        }
        body.newPage()
        sections.append(Section(title: "Summary of all indicators", page: body.pageNumber))
        summaryTable(content, into: &body)

        var cover = PageComposer(measurer: measurer, title: pageTitle, firstPage: 1)
        coverPage(content, sections: sections, into: &cover)

        let bodyPages = body.pages.count + 1  // the page still open
        let total = 1 + bodyPages
        let footerLeft = [content.committee, content.title + ", " + content.period.description].compactMap { $0 }.joined(separator: " · ")
        let footerRight = "Figures as of \(content.asOf.dateText)"
        return cover.finish(totalPages: total, footerLeft: footerLeft, footerRight: footerRight)
            + body.finish(totalPages: total, footerLeft: footerLeft, footerRight: footerRight)
    }

    /// A status mark and its word at the cursor line, e.g. "▲ Red", returning the width used.
    static func statusBadge(_ status: Status, x: Double, top: Double, font: Font, composer: inout PageComposer) -> Double {
        let lineHeight = composer.lineHeight(font)
        let size = font.size * 0.42
        composer.add(.marker(StatusMarker(status: status, center: Point(x: x + size + 1.5, y: top + lineHeight * 0.42), size: size)))
        let label = TextLabel(status.word, role: .message, font: font, color: StatusPalette.tileText(status),
                              x: x + size * 2 + 6, top: top, measurer: composer.measurer)
        composer.add(.label(label))
        return label.frame.maxX - x
    }

    /// "2.47 days against a target of 2.00 days (red above 2.20 days)".
    static func factsLine(_ assessment: Assessment) -> String {
        let formatter = FigureFormatter(assessment.indicator)
        guard let value = assessment.value else {
            return "No figure recorded for \(assessment.period)" + (assessment.target.map { "; target \(formatter.precise($0.target.decimal))" } ?? "")
        }
        var text = "\(formatter.string(value)) in \(assessment.period)"
        if let target = assessment.target {
            text += " against a target of \(formatter.precise(target.target.decimal))"
            if let amber = assessment.amberThreshold, amber != target.target.decimal {
                let side = assessment.indicator.polarity == .higherIsBetter ? "below" : "above"
                text += " (red \(side) \(formatter.precise(amber)))"
            }
        } else {
            text += ", no target set"
        }
        return text
    }

    /// "↓ Worse than last quarter (2021/22 Q1: 2.04 days) · ↓ Worse than Q2 last year (…)".
    static func directionLine(_ assessment: Assessment, snapshot: IndicatorSnapshot) -> String {
        let formatter = FigureFormatter(assessment.indicator)
        func part(_ direction: DirectionOfTravel, _ words: String, _ period: Period?) -> String {
            let earlier = period.flatMap { snapshot.value(for: $0) }.map { " (\($0.period): \(formatter.string($0.value)))" } ?? ""
            return "\(direction.symbol) \(direction.phrase(comparedWith: words))\(earlier)"
        }
        return part(assessment.vsPreviousQuarter, "last quarter", assessment.period.previous) + "   "
            + part(assessment.vsSameQuarterLastYear, "Q\(assessment.period.quarter) last year", assessment.period.sameQuarterLastYear)
    }
}
