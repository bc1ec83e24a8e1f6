import KPICharts
import KPIDrawing
import KPIModel
import KPISPC
import KPIStatus

extension PackPages {
    /// The chart size inside a page's content width.
    static func chartSize(_ page: PageComposer, height: Double) -> Size {
        Size(width: page.width, height: height)
    }

    /// Red and amber indicators, worst first: heading, figures, directions, chart, commentary.
    static func exceptions(_ content: PackContent, into page: inout PageComposer) {
        partHeading(["Exceptions: red and amber indicators"], destination: Destination.exceptions, into: &page)
        page.advance(6)
        let exceptions = content.exceptions
        if exceptions.isEmpty {
            page.tagged(.paragraph) {
                $0.text(
                    ["No indicator is red or amber for \(content.period)."], font: Style.body, color: StatusPalette.ink)
            }
            return
        }
        for assessment in exceptions {
            indicatorBlock(assessment, content, chartHeight: 236, commentaryLines: 6, recentQuarters: 0, into: &page)
        }
    }

    /// A part's heading (`H2`), which is also the destination its contents entry links to.
    static func partHeading(_ lines: [String], destination: String, into page: inout PageComposer) {
        page.tagged(.destination(name: destination)) {
            $0.tagged(.heading2) { $0.text(lines, font: Style.sectionHeading, color: StatusPalette.ink, role: .title) }
        }
    }

    /// One theme's indicators, each with its chart and a table of recent periods.
    static func indicatorSection(
        _ name: String, _ assessments: [Assessment], destination: String, _ content: PackContent,
        into page: inout PageComposer
    ) {
        partHeading(page.wrap(name, font: Style.sectionHeading, maxLines: 2), destination: destination, into: &page)
        page.advance(6)
        for assessment in assessments {
            indicatorBlock(
                assessment, content, chartHeight: 232, commentaryLines: 4, recentQuarters: 4, showFacts: false,
                into: &page)
        }
    }

    /// One indicator: measured first, then placed whole on the current or the next page.
    /// With `recentQuarters`, a table of that many recent periods of the indicator's frequency
    /// (values and targets) sits beside the commentary.
    static func indicatorBlock(
        _ assessment: Assessment, _ content: PackContent, chartHeight: Double,
        commentaryLines: Int, recentQuarters: Int, showFacts: Bool = true, into page: inout PageComposer
    ) {
        let series = content.series(for: assessment)
        let indicator = assessment.indicator
        let headingX = page.left + 20
        let heading = page.wrap(
            "\(indicator.id) · \(indicator.title)", font: Style.blockHeading, width: page.width - 20, maxLines: 2)
        // The chart's title already says the value and status; sections keep only the directions.
        let facts =
            showFacts
            ? page.wrap("\(assessment.status.word): " + factsLine(assessment), font: Style.body, maxLines: 2) : []
        let directions = page.wrap(directionLine(assessment, snapshot: series.snapshot), font: Style.body, maxLines: 2)
        let projection =
            assessment.forecast == nil
            ? projectionLine(assessment).map { page.wrap($0, font: Style.body, maxLines: 2) } : nil
        let yearEndLines = assessment.forecast != nil ? 1 : projection?.count ?? 0
        // A year-to-date indicator's table is its year so far, as its chart shows it.
        let periods =
            recentQuarters == 0
            ? []
            : indicator.cumulative
                ? YearSeries(series).current.compactMap(\.assessment) : series.suffix(recentQuarters).entries
        let tableWidth = periods.isEmpty ? 0.0 : recentTableWidth + 20
        let commentaryX = page.left + tableWidth
        let commentaryWidth = page.width - tableWidth
        let note =
            assessment.note.map { page.wrap($0, font: Style.body, width: commentaryWidth, maxLines: commentaryLines) }
            ?? []
        let commentary = note.isEmpty ? ["No commentary recorded."] : note

        let spc = content.spc(for: assessment)
        let signal =
            spc.map { page.wrap("Signal or noise (SPC): " + $0.signalLine, font: Style.body, maxLines: 2) } ?? []
        var height = page.height(lines: heading.count, font: Style.blockHeading) + 4
        height += page.height(lines: facts.count + directions.count + yearEndLines, font: Style.body) + 6
        height += chartHeight + 6
        if spc != nil { height += page.height(lines: signal.count, font: Style.body) + 4 + spcChartHeight + 6 }
        let commentaryHeight =
            page.height(lines: 1, font: Style.bodyBold) + page.height(lines: commentary.count, font: Style.body)
        let tableHeight = periods.isEmpty ? 0 : page.height(lines: periods.count + 1, font: Style.small)
        height += max(commentaryHeight, tableHeight) + 12
        page.ensureRoom(height)

        let top = page.y
        let markerSize = 6.0
        page.tagged(.destination(name: Destination.indicator(assessment))) {
            $0.tagged(.heading3) { page in
                page.add(
                    .marker(
                        StatusMarker(
                            status: assessment.status,
                            center: Point(
                                x: page.left + markerSize + 2, y: top + page.lineHeight(Style.blockHeading) * 0.45),
                            size: markerSize)))
                page.text(heading, font: Style.blockHeading, color: StatusPalette.ink, role: .title, x: headingX)
            }
        }
        page.advance(4)
        if !facts.isEmpty { page.tagged(.paragraph) { $0.text(facts, font: Style.body, color: StatusPalette.ink) } }
        page.tagged(.paragraph) { $0.text(directions, font: Style.body, color: StatusPalette.ink) }
        if assessment.forecast != nil {
            page.tagged(.paragraph) { forecastLine(assessment, composer: &$0) }
        } else if let projection {
            page.tagged(.paragraph) { $0.text(projection, font: Style.body, color: StatusPalette.ink) }
        }
        page.advance(6)
        let spec = ChartSpec(
            series: series, size: chartSize(page, height: chartHeight), asOfText: content.asOf.dateText)
        page.add(.figure(ChartLayout.make(spec, measurer: page.measurer), origin: Point(x: page.left, y: page.y)))
        page.advance(chartHeight + 6)
        if let spc {
            // The XmR chart under the trend chart: is the latest change signal or noise?
            page.tagged(.paragraph) { $0.text(signal, font: Style.body, color: StatusPalette.ink) }
            page.advance(4)
            let spcSpec = SPCChartSpec(
                snapshot: series.snapshot, analysis: spc, size: chartSize(page, height: spcChartHeight),
                asOfText: content.asOf.dateText)
            page.add(
                .figure(SPCChartLayout.make(spcSpec, measurer: page.measurer), origin: Point(x: page.left, y: page.y)))
            page.advance(spcChartHeight + 6)
        }
        let below = page.y
        if !periods.isEmpty {
            recentTable(periods, into: &page)
        }
        let tableBottom = page.y
        page.advance(below - page.y)
        page.tagged(.heading4) {
            $0.text(["Commentary"], font: Style.bodyBold, color: StatusPalette.ink, x: commentaryX)
        }
        page.tagged(.paragraph) {
            $0.text(
                commentary, font: Style.body, color: note.isEmpty ? StatusPalette.secondaryInk : StatusPalette.ink,
                x: commentaryX)
        }
        page.advance(max(tableBottom - page.y, 0) + 12)
    }

    /// "Forecast year-end: ● Green (£405,740) against a year-end target of £405,740" on one line:
    /// the officer's forecast status as shape, word and colour beside its figure.
    static func forecastLine(_ assessment: Assessment, composer page: inout PageComposer) {
        let top = page.y
        let lead = TextLabel(
            "Forecast year-end:", role: .message, font: Style.bodyBold, color: StatusPalette.ink,
            x: page.left, top: top, measurer: page.measurer)
        page.add(.label(lead))
        forecastBadge(assessment, x: lead.frame.maxX + 6, top: top, font: Style.body, composer: &page)
        if let annual = assessment.annualTarget, let last = page.lastLabelMaxX {
            let formatter = FigureFormatter(assessment.indicator)
            let rest = TextFitting.truncate(
                "against a year-end target of \(formatter.precise(annual.value.decimal))",
                width: page.left + page.width - last - 4, font: Style.body, measurer: page.measurer)
            page.add(
                .label(
                    TextLabel(
                        rest, role: .message, font: Style.body, color: StatusPalette.ink, x: last + 4, top: top,
                        measurer: page.measurer)))
        }
        page.advance(page.lineHeight(Style.body))
    }

    /// For a year-to-date indicator without an officer forecast: "No forecast made in 2021/22
    /// Q2. Year-end 9.02 days, projected from the profile: actual ÷ profile to date (not an
    /// officer forecast); year-end target 8.00 days." Nil when there is no projection.
    static func projectionLine(_ assessment: Assessment) -> String? {
        guard let projection = assessment.projection else { return nil }
        let formatter = FigureFormatter(assessment.indicator)
        let target = assessment.annualTarget.map { "; year-end target \(formatter.precise($0.value.decimal))" } ?? ""
        return "No forecast made in \(assessment.period). Year-end \(formatter.string(projection.value)), "
            + "\(YearEndProjection.method) (not an officer forecast)\(target)."
    }

    /// The height of an indicator's XmR chart on its page.
    static let spcChartHeight = 330.0

    /// The judged periods a chart draws, for the table beside it: the series, or for a
    /// year-to-date indicator last year's periods (when its line is drawn) and this year's so far.
    static func chartRows(_ series: JudgedSeries) -> [Assessment] {
        guard series.indicator.cumulative else { return series.entries }
        let years = YearSeries(series)
        let earlier = (years.previous ?? []).compactMap(\.assessment)
        return (earlier.contains { $0.value != nil } ? earlier : []) + years.current.compactMap(\.assessment)
    }

    /// The width of the recent-periods table.
    static let recentTableWidth = 250.0

    /// A small table: period (month, quarter or year), value, target, status, for the recent
    /// periods; the chart's figures as a table, which a reader meets right after the chart.
    static func recentTable(_ rows: [Assessment], into page: inout PageComposer) {
        let formatter = FigureFormatter(rows[0].indicator)
        let columns: [(String, Double, Bool)] = [
            (rows[0].period.length.noun.capitalized, 0, false), ("Value", 110, true), ("Target", 165, true),
            ("Status", 180, false),
        ]
        var top = page.y
        page.begin(.element(.table))
        page.tagged(.tableRow) { row in
            for (name, x, right) in columns {
                let width = row.measurer.measure(name, font: Style.smallBold).width
                row.tagged(.tableHeader) {
                    $0.add(
                        .label(
                            TextLabel(
                                name, role: .message, font: Style.smallBold, color: StatusPalette.ink,
                                x: $0.left + (right ? x - width : x), top: top, measurer: $0.measurer)))
                }
            }
        }
        top += page.lineHeight(Style.small)
        page.tagged(.artifact) {
            $0.add(
                .rule(
                    from: Point(x: $0.left, y: top - 1), to: Point(x: $0.left + recentTableWidth, y: top - 1),
                    color: StatusPalette.quietBorder, width: 0.5))
        }
        for row in rows {
            let cells = [
                row.period.description, row.value.map { formatter.string($0) } ?? "–",
                row.target.map { formatter.precise($0.value.decimal) } ?? "–",
            ]
            page.tagged(.tableRow) { page in
                for (index, cell) in cells.enumerated() {
                    let (_, x, right) = columns[index]
                    let width = page.measurer.measure(cell, font: Style.small).width
                    page.tagged(index == 0 ? .tableHeader : .tableCell) {
                        $0.add(
                            .label(
                                TextLabel(
                                    cell, role: .message, font: Style.small, color: StatusPalette.ink,
                                    x: $0.left + (right ? x - width : x), top: top, measurer: $0.measurer)))
                    }
                }
                page.tagged(.tableCell) {
                    _ = statusBadge(row.status, x: $0.left + columns[3].1, top: top, font: Style.small, composer: &$0)
                }
            }
            top += page.lineHeight(Style.small)
        }
        page.end(.element(.table))
        page.advance(top - page.y)
    }

    /// Every indicator's tile, two to a row.
    static func tileGrid(_ content: PackContent, into page: inout PageComposer) {
        partHeading(["All indicators at a glance"], destination: Destination.tiles, into: &page)
        page.advance(8)
        let gap = 12.0
        let size = Size(width: (page.width - gap) / 2, height: 160)  // 160 lets titles wrap to two lines
        for start in stride(from: 0, to: content.assessments.count, by: 2) {
            let tiles = (start..<min(start + 2, content.assessments.count)).map { index in
                TileLayout.make(
                    TileSpec(series: content.series[index], size: size, spc: content.spc[index]),
                    measurer: page.measurer)
            }
            let height = tiles.map(\.size.height).max()!
            page.ensureRoom(height + gap)
            for (column, tile) in tiles.enumerated() {
                page.add(.figure(tile, origin: Point(x: page.left + Double(column) * (size.width + gap), y: page.y)))
            }
            page.advance(height + gap)
        }
    }
}
