import KPIActions
import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

extension PackPages {
    /// The cover: what the pack is, the counts by status, the contents and how to read it.
    /// Each contents entry is a link to its destination.
    static func coverPage(_ content: PackContent, sections: [Section], into page: inout PageComposer) {
        let ink = StatusPalette.ink, grey = StatusPalette.secondaryInk
        page.tagged(.artifact) {
            $0.add(.box(Rect(x: $0.left, y: $0.y, width: $0.width, height: 6), fill: ink, stroke: nil))
        }
        page.advance(22)
        page.tagged(.heading1) {
            $0.text(
                $0.wrap(content.title, font: Style.coverTitle, maxLines: 3), font: Style.coverTitle, color: ink,
                role: .title)
        }
        page.advance(4)
        if let committee = content.committee {
            page.tagged(.paragraph) {
                $0.text($0.wrap(committee, font: Style.coverLine, maxLines: 2), font: Style.coverLine, color: ink)
            }
        }
        page.tagged(.paragraph) { $0.text([content.periodDescription], font: Style.coverLine, color: ink) }
        page.tagged(.paragraph) {
            $0.text(["Figures as of \(content.asOf.dateText)"], font: Style.coverLine, color: grey)
        }
        page.advance(18)

        // Counts by status, each with its shape and word. Beside the indicators' counts, the
        // counts by forecast year-end status when any forecast was made, else the actions'
        // counts; with all three, the actions' counts go underneath. The cover stays one page.
        page.tagged(.heading2) { $0.text([content.thisPeriod], font: Style.blockHeading, color: ink) }
        page.advance(4)
        let countFont = Font(size: 11)
        let right = page.left + page.width / 2
        let top = page.y
        var bottom = top
        if !content.assessments.isEmpty {
            indicatorCounts(content, x: page.left, font: countFont, into: &page)
            bottom = page.y
            if content.hasForecasts {
                page.advance(top - page.y)
                forecastCounts(content, x: right, font: countFont, into: &page)
                bottom = max(bottom, page.y)
            }
        }
        if !content.actions.isEmpty {
            let beside = !content.assessments.isEmpty && !content.hasForecasts
            page.advance((beside ? top : bottom + 8) - page.y)
            actionCounts(content, x: beside ? right : page.left, font: countFont, into: &page)
            bottom = max(bottom, page.y)
        }
        page.advance(bottom - page.y + 14)

        // Contents: each entry links to its part.
        page.tagged(.heading2) { $0.text(["Contents"], font: Style.blockHeading, color: ink) }
        page.advance(2)
        page.begin(.element(.list))
        for section in sections {
            let top = page.y
            page.tagged(.listItem) { item in
                item.tagged(.link(destination: section.destination)) { link in
                    link.text(
                        link.wrap(section.title, font: Style.body, width: link.width - 60, maxLines: 1),
                        font: Style.body, color: ink, advance: false)
                    let number = "page \(section.page)"
                    let width = link.measurer.measure(number, font: Style.body).width
                    link.add(
                        .label(
                            TextLabel(
                                number, role: .message, font: Style.body, color: grey,
                                x: link.left + link.width - width, top: top, measurer: link.measurer)))
                }
            }
            page.advance(page.lineHeight(Style.body) + 1)
        }
        page.end(.element(.list))
        page.advance(14)

        if !content.assessments.isEmpty { legend(content, into: &page) }
    }

    /// The indicators' counts by status, each with its shape and word, from `x`.
    static func indicatorCounts(_ content: PackContent, x: Double, font: Font, into page: inout PageComposer) {
        let count = content.assessments.count
        let heading =
            content.actions.isEmpty && !content.hasForecasts ? nil : "\(count) indicator\(count == 1 ? "" : "s"):"
        statusCounts(
            heading, content.counts.map { ($0.status, $0.status.word, $0.count) }, x: x, font: font, into: &page)
    }

    /// The indicators' counts by forecast year-end status ("Green", not "On target"), from `x`.
    static func forecastCounts(_ content: PackContent, x: Double, font: Font, into page: inout PageComposer) {
        statusCounts(
            "Forecast year-end:", content.forecastCounts.map { ($0.status, $0.status.forecastWord, $0.count) },
            x: x, font: font, into: &page)
    }

    /// An optional bold line, then a list of counts of indicators, each with its status's shape
    /// and word, from `x`.
    static func statusCounts(
        _ heading: String?, _ rows: [(status: Status, word: String, count: Int)], x: Double, font: Font,
        into page: inout PageComposer
    ) {
        if let heading {
            page.tagged(.paragraph) { $0.text([heading], font: Style.bodyBold, color: StatusPalette.ink, x: x) }
            page.advance(2)
        }
        labelledList(count: rows.count, bodyX: x + 130, labelFont: font, bodyFont: font, into: &page) {
            statusBadge(rows[$0].status, word: rows[$0].word, x: x, top: $1, font: font, composer: &$2)
        } body: { index, _ in
            ["\(rows[index].count) indicator\(rows[index].count == 1 ? "" : "s")"]
        }
    }

    /// The actions' counts by status (Blue means complete) and how many are overdue, from `x`.
    static func actionCounts(_ content: PackContent, x: Double, font: Font, into page: inout PageComposer) {
        let count = content.actions.count
        let summary = "\(count) action\(count == 1 ? "" : "s"), \(content.overdueCount) overdue (Blue means complete):"
        page.tagged(.paragraph) {
            $0.text(
                $0.wrap(summary, font: Style.bodyBold, width: $0.left + $0.width - x, maxLines: 2),
                font: Style.bodyBold, color: StatusPalette.ink, x: x)
        }
        page.advance(2)
        actionCountList(content, x: x, into: &page)
    }

    /// What each status means, for the cover and the web page; a pack with budgets judged on
    /// closeness says what red and amber mean for them too.
    static func meanings(_ content: PackContent) -> [(Status, String)] {
        let closer = content.assessments.contains { $0.indicator.polarity == .closer }
        let budget =
            closer
            ? " For a budget, further from plan either way than its green tolerance is amber, and beyond its amber tolerance red."
            : ""
        return [
            (.red, "Worse than target by more than the amber tolerance."),
            (.amber, "Worse than target, but within the amber tolerance." + budget),
            (.green, "On target or better." + (closer ? " For a budget, within its green tolerance of plan." : "")),
            (.noTarget, "Monitored for information: no target is set (grey, never green)."),
            (.missing, "No figure has been recorded for the \(content.periodWord)."),
        ]
    }

    /// How to read the pack: every colour, shape, arrow and chart mark in words.
    static func legend(_ content: PackContent, into page: inout PageComposer) {
        let ink = StatusPalette.ink
        page.tagged(.heading2) { $0.text(["How to read this pack"], font: Style.blockHeading, color: ink) }
        page.advance(4)
        let textX = page.left + 95
        page.begin(.element(.list))
        for (status, meaning) in meanings(content) {
            let lines = page.wrap(meaning, font: Style.body, width: page.width - 95, maxLines: 2)
            let top = page.y
            page.tagged(.listItem) { item in
                item.tagged(.label) {
                    _ = statusBadge(status, x: $0.left, top: top, font: Style.bodyBold, composer: &$0)
                }
                item.tagged(.listBody) { $0.text(lines, font: Style.body, color: ink, x: textX) }
            }
            page.advance(max(top + page.lineHeight(Style.bodyBold) - page.y, 0) + 3)
        }
        let arrows: [(String, String)] = [
            (
                "↑ Better",
                "Direction of travel, judged by polarity: fewer sick days is better, more website users is better."
            ),
            ("↓ Worse", "Each indicator is compared with \(content.comparisonPhrase)."),
            (
                "→ Same",
                "No change from the \(content.periodWord) compared with. A year-to-date figure is compared with the same point last year only: against the period before it is \"not comparable (year to date)\"."
            ),
        ]
        for (word, meaning) in arrows {
            let top = page.y
            page.tagged(.listItem) { item in
                item.tagged(.label) {
                    $0.add(
                        .label(
                            TextLabel(
                                word, role: .message, font: Style.bodyBold, color: ink, x: $0.left, top: top,
                                measurer: $0.measurer)))
                }
                item.tagged(.listBody) {
                    $0.text(
                        $0.wrap(meaning, font: Style.body, width: $0.width - 95, maxLines: 3), font: Style.body,
                        color: ink, x: textX)
                }
            }
            page.advance(3)
        }
        page.end(.element(.list))
        page.advance(6)
        let word = content.periodWord
        let chartKey =
            "In the charts a dashed line is the target (a step where it changes), shaded zones are the amber and red ranges, each point is marked by its own \(word)'s status, and a gap in the line is a \(word) with no figure. A year-to-date chart draws each financial year as its own line from its first period to its last against the year's target profile, last year lighter. \"Forecast year-end\" is the officer's forecast judged against the year-end target; a projection is always named with its method and is never a forecast."
        page.tagged(.paragraph) {
            $0.text($0.wrap(chartKey, font: Style.body, maxLines: 7), font: Style.body, color: ink)
        }
    }
}
