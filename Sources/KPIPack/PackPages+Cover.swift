import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

extension PackPages {
    /// The cover: what the pack is, the counts by status, the contents and how to read it.
    static func coverPage(_ content: PackContent, sections: [Section], into page: inout PageComposer) {
        let ink = StatusPalette.ink, grey = StatusPalette.secondaryInk
        page.add(.box(Rect(x: page.left, y: page.y, width: page.width, height: 6), fill: ink, stroke: nil))
        page.advance(22)
        page.text(page.wrap(content.title, font: Style.coverTitle, maxLines: 3), font: Style.coverTitle, color: ink, role: .title)
        page.advance(4)
        if let committee = content.committee {
            page.text(page.wrap(committee, font: Style.coverLine, maxLines: 2), font: Style.coverLine, color: ink)
        }
        page.text([content.periodDescription], font: Style.coverLine, color: ink)
        page.text(["Figures as of \(content.asOf.dateText)"], font: Style.coverLine, color: grey)
        page.advance(18)

        // Counts by status, each with its shape and word.
        page.text(["This quarter"], font: Style.blockHeading, color: ink)
        page.advance(4)
        let countFont = Font(size: 11)
        for (status, count) in content.counts {
            let top = page.y
            _ = statusBadge(status, x: page.left, top: top, font: countFont, composer: &page)
            let number = "\(count) indicator\(count == 1 ? "" : "s")"
            page.add(.label(TextLabel(number, role: .message, font: countFont, color: ink, x: page.left + 150, top: top, measurer: page.measurer)))
            page.advance(page.lineHeight(countFont) + 3)
        }
        page.advance(14)

        // Contents.
        page.text(["Contents"], font: Style.blockHeading, color: ink)
        page.advance(2)
        for section in sections {
            let top = page.y
            page.text(page.wrap(section.title, font: Style.body, width: page.width - 60, maxLines: 1), font: Style.body, color: ink, advance: false)
            let number = "page \(section.page)"
            let width = page.measurer.measure(number, font: Style.body).width
            page.add(.label(TextLabel(number, role: .message, font: Style.body, color: grey, x: page.left + page.width - width, top: top, measurer: page.measurer)))
            page.advance(page.lineHeight(Style.body) + 1)
        }
        page.advance(14)

        legend(into: &page)
    }

    /// How to read the pack: every colour, shape, arrow and chart mark in words.
    static func legend(into page: inout PageComposer) {
        let ink = StatusPalette.ink
        page.text(["How to read this pack"], font: Style.blockHeading, color: ink)
        page.advance(4)
        let meanings: [(Status, String)] = [
            (.red, "Worse than target by more than the amber tolerance."),
            (.amber, "Worse than target, but within the amber tolerance."),
            (.green, "On target or better."),
            (.noTarget, "Monitored for information: no target is set (grey, never green)."),
            (.missing, "No figure has been recorded for the quarter."),
        ]
        let textX = page.left + 95
        for (status, meaning) in meanings {
            let lines = page.wrap(meaning, font: Style.body, width: page.width - 95, maxLines: 2)
            let top = page.y
            _ = statusBadge(status, x: page.left, top: top, font: Style.bodyBold, composer: &page)
            page.text(lines, font: Style.body, color: ink, x: textX)
            page.advance(max(top + page.lineHeight(Style.bodyBold) - page.y, 0) + 3)
        }
        let arrows: [(String, String)] = [
            ("↑ Better", "Direction of travel, judged by polarity: fewer sick days is better, more website users is better."),
            ("↓ Worse", "Each indicator is compared with the previous quarter and with the same quarter last year."),
            ("→ Same", "No change from the quarter compared with."),
        ]
        for (word, meaning) in arrows {
            let top = page.y
            page.add(.label(TextLabel(word, role: .message, font: Style.bodyBold, color: ink, x: page.left, top: top, measurer: page.measurer)))
            page.text(page.wrap(meaning, font: Style.body, width: page.width - 95, maxLines: 2), font: Style.body, color: ink, x: textX)
            page.advance(3)
        }
        page.advance(6)
        let chartKey = "In the charts a dashed line is the target (a step where it changes), shaded zones are the amber and red ranges, each point is marked by its own quarter's status, and a gap in the line is a quarter with no figure."
        page.text(page.wrap(chartKey, font: Style.body, maxLines: 4), font: Style.body, color: ink)
    }
}
