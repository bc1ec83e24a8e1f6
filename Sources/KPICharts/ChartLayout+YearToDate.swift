import FoundationEssentials
import KPIDrawing
import KPIModel
import KPIStatus

extension ChartLayout {
    /// The radius of an earlier year's plain point mark.
    static let earlierYearMarkRadius = 2.5

    /// The frame an earlier year's mark occupies, its outline included.
    static func earlierYearMarkFrame(_ center: Point) -> Rect {
        let radius = earlierYearMarkRadius + 1
        return Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    }

    /// Lays out the chart of a year-to-date indicator: each financial year as its own line over
    /// its first period to its last (Q1 to Q4, or its twelve months), never joined to the next
    /// year's first.
    ///
    /// A year-to-date figure starts again every April, so a trend line across years would fall
    /// from the year's total to a quarter's figure and mean nothing. Instead:
    /// 1. the years (``YearSeries``): the chart's own year and the year before, by period;
    /// 2. the header and footer, as on every chart (the legend names the target profile);
    /// 3. the plot: one slot per period of the year, the y scale from both years' values and the
    ///    current year's targets, the gutter from the year-end target's edge labels;
    /// 4. the current year's zones and target profile (a dashed step rising through the year),
    ///    the earlier year as a lighter line with plain marks, the current year's line with each
    ///    point marked by its own status;
    /// 5. edge labels, the latest value and each line's year, placed where they collide with nothing.
    public static func makeYearToDate(_ spec: ChartSpec, measurer: any TextMeasurer) -> ChartLayout {
        let series = spec.series
        let years = YearSeries(series)
        let indicator = spec.snapshot.indicator
        let formatter = FigureFormatter(indicator)

        // 2. Header and footer.
        let frame = Frame.make(
            spec, subtitle: yearToDateSubtitle(spec, years: years),
            footer: yearToDateFooter(spec, years: years),
            legend: {
                Legend.make(
                    series: series,
                    statuses: Set(
                        years.current.compactMap { point in
                            point.assessment?.value == nil ? nil : point.assessment?.status
                        }),
                    left: $0, top: $1, width: $2, targetWord: "Target profile", measurer: measurer)
            },
            measurer: measurer)
        let content = frame.content
        var labels = frame.labels

        // 3. Plot geometry: a slot per period of the year.
        let currentTargets = years.current.map(\.target)
        let shown = years.current + (years.previous ?? [])
        let yearEnd = currentTargets.last ?? nil
        let edges =
            yearEnd.map { target in
                EdgeLabels.edges(target, polarity: indicator.polarity, formatter: formatter).enumerated().map {
                    index, edge in
                    index == 0
                        ? EdgeLabels.Edge(
                            text: "Year-end target \(formatter.precise(target.value.decimal))", value: edge.value,
                            color: edge.color) : edge
                }
            } ?? []
        let gutter = edges.map { measurer.measure($0.text, font: Style.band).width }.max().map { $0 + 10 } ?? 6
        let range = PlotGeometry.dataRange(
            values: shown.compactMap { $0.assessment?.value }, targets: currentTargets.compactMap { $0 },
            polarity: indicator.polarity, unit: indicator.unit)
        let plot = PlotGeometry(
            range: range, slots: years.periodsPerYear, unit: indicator.unit, top: frame.plotTop,
            bottom: frame.plotBottom - lineHeight(Style.period, measurer) - 9, left: content.minX,
            right: content.maxX - gutter, measurer: measurer)
        labels += plot.tickLabels
        for (index, point) in years.current.enumerated() {
            labels.append(
                TextLabel(
                    point.period.positionLabel, role: .period, font: Style.period, color: StatusPalette.secondaryInk,
                    x: plot.x(index), top: plot.rect.maxY + 9, alignment: .center, measurer: measurer))
        }

        // 4. Zones and profile, then the years' lines.
        let (bands, targetLines) = plot.targetMarks(currentTargets, polarity: indicator.polarity)
        var yearLines: [YearLine] = []
        var markers: [StatusMarker] = []
        var earlierMarks: [Point] = []
        for (year, points, isCurrent) in [
            (years.previousYear, years.previous, false), (years.currentYear, years.current, true),
        ] {
            guard let year, let points else { continue }
            var line = YearLine(year: year, isCurrent: isCurrent, runs: [], periods: [])
            var run: [Point] = [], periods: [Period] = []
            for (index, point) in points.enumerated() {
                guard let assessment = point.assessment, let value = assessment.value else {
                    if !run.isEmpty { line.runs.append(run); line.periods.append(periods) }
                    run = []; periods = []
                    continue
                }
                let center = Point(x: plot.x(index), y: plot.y(value.decimal))
                run.append(center)
                periods.append(point.period)
                if isCurrent {
                    markers.append(StatusMarker(status: assessment.status, center: center, size: 5))
                } else {
                    earlierMarks.append(center)
                }
            }
            if !run.isEmpty { line.runs.append(run); line.periods.append(periods) }
            if !line.runs.isEmpty { yearLines.append(line) }
        }

        // 5. Labels: band edges, the latest value, then each year's name at the end of its line.
        labels += EdgeLabels.place(edges, plot: plot, measurer: measurer)
        let bounds = content.insetBy(dx: -Style.margin / 2, dy: -Style.margin / 2)
        let earlierFrames = earlierMarks.map(earlierYearMarkFrame)
        if let latest = LatestValueLabel.make(
            series: series, plot: plot, markers: markers,
            trendRuns: yearLines.flatMap(\.runs), targetLines: targetLines, formatter: formatter,
            avoiding: labels, obstacles: earlierFrames, bounds: bounds, measurer: measurer)
        {
            labels.append(latest)
        }
        let drawn = targetLines + yearLines.flatMap { $0.runs.map { Path.polyline($0) } }
        for line in yearLines {
            guard let end = line.runs.last?.last else { continue }
            let font = line.isCurrent ? Font(size: 11, weight: .bold) : Font(size: 11)
            let color = line.isCurrent ? StatusPalette.ink : StatusPalette.earlierYear
            let obstacles = labels.map(\.frame) + markers.map(\.frame) + earlierFrames
            labels.append(
                YearLabel.place(
                    line.year.description, font: font, color: color, at: end, avoiding: obstacles,
                    lines: drawn, bounds: bounds, measurer: measurer))
        }
        if yearLines.isEmpty {
            let message = TextFitting.truncate(
                "No figures recorded for \(years.currentYear) or \(years.previousYear?.description ?? "the year before")",
                width: plot.rect.width - 8, font: Style.message, measurer: measurer)
            let height = lineHeight(Style.message, measurer)
            labels.append(
                TextLabel(
                    message, role: .message, font: Style.message, color: StatusPalette.secondaryInk,
                    x: plot.rect.midX, top: plot.rect.minY + plot.rect.height * 0.3 - height / 2, alignment: .center,
                    measurer: measurer))
        }

        return ChartLayout(
            size: spec.size, plot: plot.rect, scale: plot.scale, yDomain: plot.domain, bands: bands,
            gridlines: plot.gridlines,
            zeroLine: plot.zeroLine, targetLines: targetLines,
            trendRuns: yearLines.first(where: \.isCurrent)?.runs ?? [], markers: markers,
            legendMarkers: frame.legend.markers, legendTargetSample: frame.legend.targetSample,
            periodLabelStyle: .single(every: 1),
            yearLines: yearLines, earlierYearMarks: earlierMarks, labels: labels,
            accessibleTitle: frame.title.isEmpty ? "\(indicator.id)" : frame.title,
            accessibleDescription: AlternativeText.yearToDateDescription(years, assessment: series.latest))
    }

    /// "Source: … · gaps are quarters with no figure" (or months), counting only the periods the
    /// chart shows.
    static func yearToDateFooter(_ spec: ChartSpec, years: YearSeries) -> String {
        var parts: [String] = []
        if let source = (spec.source ?? spec.snapshot.indicator.source).map(TextFitting.clean), !source.isEmpty {
            parts.append("Source: \(source)")
        }
        let shown = years.current.compactMap(\.assessment) + (years.previous ?? []).compactMap(\.assessment)
        if shown.contains(where: { $0.value == nil }), shown.contains(where: { $0.value != nil }) {
            parts.append("gaps are \(spec.lastPeriod.length.noun)s with no figure")
        }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "AUD01 · per cent, higher is better · year to date: 2021/22 against its profile, 2020/21 for comparison".
    static func yearToDateSubtitle(_ spec: ChartSpec, years: YearSeries) -> String {
        let indicator = spec.snapshot.indicator
        let name = spec.title == nil ? "\(indicator.id)" : "\(indicator.id) \(TextFitting.clean(indicator.title))"
        let earlierShown = years.previous?.contains { $0.assessment?.value != nil } ?? false
        let earlier = earlierShown ? years.previousYear.map { ", \($0) for comparison" } ?? "" : ""
        return
            "\(name) · \(unitPhrase(indicator.unit)), \(indicator.polarity.phrase) · year to date: \(years.currentYear) against its profile\(earlier)"
    }
}

/// The name of a year beside the end of its line on a year-to-date chart: right of the last
/// point, else below, above or left of it, then further out, wherever it covers no label or
/// mark and crosses no line.
enum YearLabel {
    static func place(
        _ text: String, font: Font, color: Color, at point: Point, avoiding obstacles: [Rect], lines: [Path],
        bounds: Rect, measurer: any TextMeasurer
    ) -> TextLabel {
        let metrics = measurer.measure(text, font: font)
        let height = metrics.ascent + metrics.descent
        var origins: [Point] = []
        for gap in [8.0, 16.0, 26.0] {
            origins += [
                Point(x: point.x + gap, y: point.y - height / 2),
                Point(x: point.x - metrics.width / 2, y: point.y + gap),
                Point(x: point.x - metrics.width / 2, y: point.y - gap - height),
                Point(x: point.x - gap - metrics.width, y: point.y - height / 2),
                Point(x: point.x + gap / 2, y: point.y + gap / 2),
                Point(x: point.x + gap / 2, y: point.y - gap / 2 - height),
            ]
        }
        let candidates = origins.map {
            TextLabel(text, role: .yearLabel, font: font, color: color, x: $0.x, top: $0.y, measurer: measurer)
        }
        func isClear(_ label: TextLabel) -> Bool {
            let frame = label.frame.insetBy(dx: -1, dy: -1)
            return bounds.contains(label.frame) && !obstacles.contains { $0.intersects(frame) }
                && !lines.flatMap(\.straightSegments).contains { frame.intersects(segmentFrom: $0.from, to: $0.to) }
        }
        return candidates.first(where: isClear) ?? candidates.first { bounds.contains($0.frame) } ?? candidates[0]
    }
}
