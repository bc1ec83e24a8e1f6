import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

extension PackPages {
    /// The summary table of every indicator: breaks across pages with the header repeated.
    /// One `Table` across its pages; the repeated heading and header are page furniture.
    ///
    /// Text cells wrap (titles, and "Not comparable (year to date)"). When any indicator is money
    /// against a target or has a forecast, each row gains a second line under the indicator:
    /// the variance in words, and the forecast year-end status right under the current status.
    static func summaryTable(_ content: PackContent, into page: inout PageComposer) {
        partHeading(["Summary of all indicators"], destination: Destination.summary, into: &page)
        page.advance(6)
        // Column left edges (or right edges for numbers) as offsets in the content width.
        let columns: [(title: String, x: Double, width: Double, right: Bool)] = [
            ("ID", 0, 44, false), ("Indicator", 46, 150, false), ("Value", 260, 60, true), ("Target", 322, 60, true),
            ("Status", 328, 60, false), (content.previousHeading, 390, 78, false), ("Last yr", 470, 41, false),
        ]
        let showsVariance = content.assessments.contains { varianceWords($0) != nil }
        let showsForecast = content.hasForecasts
        let detail: [(title: String, x: Double)] =
            (showsVariance ? [("Variance", columns[1].x)] : [])
            + (showsForecast ? [("Forecast year-end", columns[4].x)] : [])
        let rowFont = Style.small
        let line = page.lineHeight(rowFont)

        /// The header row: `TH` cells the first time, furniture when repeated.
        func header(_ page: inout PageComposer, repeated: Bool) {
            if repeated { page.begin(.artifact) } else { page.begin(.element(.tableRow)) }
            let headings =
                columns.map { ($0.title, $0.x, $0.right, 0.0) } + detail.map { ($0.title, $0.x, false, line) }
            for (title, x, right, dy) in headings {
                let width = page.measurer.measure(title, font: Style.smallBold).width
                let label = TextLabel(
                    title, role: .message, font: Style.smallBold, color: StatusPalette.ink,
                    x: page.left + (right ? x - width : x), top: page.y + dy, measurer: page.measurer)
                if repeated { page.add(.label(label)) } else { page.tagged(.tableHeader) { $0.add(.label(label)) } }
            }
            if !repeated { page.end(.element(.tableRow)); page.begin(.artifact) }
            page.advance(line * (detail.isEmpty ? 1 : 2) + 2)
            page.add(
                .rule(
                    from: Point(x: page.left, y: page.y - 1), to: Point(x: page.left + page.width, y: page.y - 1),
                    color: StatusPalette.ink, width: 0.75))
            page.end(.artifact)
            page.advance(2)
        }

        page.begin(.element(.table))
        header(&page, repeated: false)
        for assessment in content.assessments {
            let formatter = FigureFormatter(assessment.indicator)
            // The SPC words, for an indicator with enough points, under its title.
            let signal =
                content.spc(for: assessment).map {
                    page.wrap("SPC: " + $0.signalLine, font: rowFont, width: columns[1].width, maxLines: 2)
                } ?? []
            // A monthly or annual indicator in a quarter's pack: its month or year under its id.
            let shownPeriod = assessment.period == content.period ? [] : [assessment.period.description]
            let cells: [[String]] = [
                [assessment.indicator.id.rawValue] + shownPeriod,
                page.wrap(assessment.indicator.title, font: rowFont, width: columns[1].width, maxLines: 2) + signal,
                [assessment.value.map { formatter.string($0) } ?? "–"],
                [assessment.target.map { formatter.precise($0.value.decimal) } ?? "–"],
                [],
                page.wrap(assessment.vsPreviousQuarter.cellText, font: rowFont, width: columns[5].width, maxLines: 3),
                page.wrap(
                    assessment.vsSameQuarterLastYear.cellText, font: rowFont, width: columns[6].width, maxLines: 3),
            ]
            // The detail line sits under the indicator and status; the directions may run beside it.
            let firstLines = cells.prefix(5).map(\.count).max() ?? 1
            let lines = max(firstLines + (detail.isEmpty ? 0 : 1), cells.suffix(2).map(\.count).max() ?? 1)
            let height = Double(lines) * line + 4
            if page.y + height > page.bottom {
                page.newPage()
                page.tagged(.artifact) {
                    $0.text(
                        ["Summary of all indicators (continued)"], font: Style.blockHeading, color: StatusPalette.ink,
                        role: .title)
                }
                page.advance(4)
                header(&page, repeated: true)
            }
            let top = page.y
            let detailTop = top + Double(firstLines) * line
            page.begin(.element(.tableRow))
            for (index, lines) in cells.enumerated() {
                let column = columns[index]
                page.tagged(index == 0 ? .tableHeader : .tableCell) { page in
                    if index == 4 {
                        _ = statusBadge(
                            assessment.status, x: page.left + column.x, top: top, font: rowFont, composer: &page)
                        return
                    }
                    for (row, text) in lines.enumerated() {
                        let fitted = TextFitting.truncate(
                            text, width: column.width, font: rowFont, measurer: page.measurer)
                        let width = page.measurer.measure(fitted, font: rowFont).width
                        page.add(
                            .label(
                                TextLabel(
                                    fitted, role: .message, font: rowFont, color: StatusPalette.ink,
                                    x: page.left + (column.right ? column.x - width : column.x),
                                    top: top + Double(row) * line, measurer: page.measurer)))
                    }
                }
            }
            if showsVariance {
                page.tagged(.tableCell) { page in
                    let text = varianceWords(assessment) ?? "–"
                    page.add(
                        .label(
                            TextLabel(
                                text, role: .message, font: rowFont, color: StatusPalette.ink,
                                x: page.left + columns[1].x,
                                top: detailTop, measurer: page.measurer)))
                }
            }
            if showsForecast {
                page.tagged(.tableCell) { page in
                    statusBadge(
                        assessment.forecastStatus, word: assessment.forecastStatus.forecastWord,
                        x: page.left + columns[4].x,
                        top: detailTop, font: rowFont, composer: &page)
                }
            }
            page.end(.element(.tableRow))
            page.advance(height)
            page.tagged(.artifact) {
                $0.add(
                    .rule(
                        from: Point(x: $0.left, y: $0.y - 2), to: Point(x: $0.left + $0.width, y: $0.y - 2),
                        color: StatusPalette.grid, width: 0.5))
            }
        }
        page.end(.element(.table))
    }

    /// "£45,594 under plan (2.4%)" for money against a target, else nil.
    static func varianceWords(_ assessment: Assessment) -> String? {
        guard assessment.indicator.unit == .gbp, let variance = assessment.variance else { return nil }
        return FigureFormatter(assessment.indicator).planVariance(variance, percent: assessment.variancePercent)
    }

    /// The forecast year-end status as shape and word, then its figure: "● Green (£405,740)",
    /// or "○ No forecast".
    static func forecastBadge(
        _ assessment: Assessment, x: Double, top: Double, font: Font, composer page: inout PageComposer
    ) {
        let width = statusBadge(
            assessment.forecastStatus, word: assessment.forecastStatus.forecastWord, x: x, top: top, font: font,
            composer: &page)
        if let forecast = assessment.forecast {
            let figure = "(\(FigureFormatter(assessment.indicator).string(forecast.value)))"
            page.add(
                .label(
                    TextLabel(
                        figure, role: .message, font: font, color: StatusPalette.ink, x: x + width + 4, top: top,
                        measurer: page.measurer)))
        }
    }
}
