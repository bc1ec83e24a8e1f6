import FoundationEssentials
import KPIDrawing
import KPIModel
import KPISPC
import KPIStatus

extension SPCChartLayout {
    /// The fonts of an XmR chart; the same sizes as the trend chart's.
    enum Style {
        static let margin = ChartLayout.Style.margin
        static let note = Font(size: 10)
        static let rebase = Font(size: 9)
    }

    /// Lays out an XmR chart.
    ///
    /// The pipeline, in order:
    /// 1. the periods across the axis (``JudgedSeries``, so gaps and labels work as on the
    ///    trend chart) and each point's slot;
    /// 2. the header: active title (two lines at most), subtitle, the variation and assurance
    ///    badges, the legend (two rows at most) and the trial-limits note;
    /// 3. the footer from the bottom: the method and settings, then source and as-of date;
    /// 4. the plot: y range from values, every segment's limits and the targets; the right
    ///    gutter from the labels of the last segment's lines; period labels as on the trend chart;
    /// 5. lines (each segment's mean and limits, target, rebases), the values and their marks.
    public static func make(_ spec: SPCChartSpec, measurer: any TextMeasurer) -> SPCChartLayout {
        let analysis = spec.analysis
        let indicator = spec.snapshot.indicator
        let series = JudgedSeries(spec.snapshot, from: spec.first, through: spec.last)
        let slots = Dictionary(uniqueKeysWithValues: series.entries.enumerated().map { ($0.element.period, $0.offset) })
        let content = Rect(origin: .zero, size: spec.size).insetBy(dx: Style.margin, dy: Style.margin)
        var labels: [TextLabel] = []

        // 2. Header.
        let titleText = TextFitting.clean(spec.title ?? defaultTitle(indicator, analysis))
        var y = content.minY
        for line in TextFitting.wrap(
            titleText, width: content.width, font: ChartLayout.Style.title, maxLines: 2, measurer: measurer)
        {
            let label = TextLabel(
                line, role: .title, font: ChartLayout.Style.title, color: StatusPalette.ink,
                x: content.minX, top: y, measurer: measurer)
            labels.append(label)
            y = label.frame.maxY + 1
        }
        let subtitle = TextLabel(
            TextFitting.truncate(
                subtitleText(spec, series: series), width: content.width,
                font: ChartLayout.Style.subtitle, measurer: measurer),
            role: .subtitle, font: ChartLayout.Style.subtitle, color: StatusPalette.secondaryInk,
            x: content.minX, top: y + 2, measurer: measurer)
        labels.append(subtitle)
        let badges = makeBadges(
            analysis, left: content.minX, top: subtitle.frame.maxY + 7, width: content.width, measurer: measurer)
        y = (badges.map(\.box.maxY).max() ?? subtitle.frame.maxY) + 7
        let legend = SPCLegend.make(
            analysis: analysis, hasTarget: series.entries.contains { $0.target != nil },
            left: content.minX, top: y, width: content.width, measurer: measurer)
        labels += legend.labels
        y = (legend.bottom ?? y) + 5
        if let note = trialNote(analysis) {
            let label = TextLabel(
                TextFitting.truncate(note, width: content.width, font: Style.note, measurer: measurer),
                role: .note, font: Style.note, color: StatusPalette.ink, x: content.minX, top: y, measurer: measurer)
            labels.append(label)
            y = label.frame.maxY + 4
        }
        let rebaseRowTop = y
        if !analysis.rebasePeriods.isEmpty { y += ChartLayout.lineHeight(Style.rebase, measurer) + 3 }
        let plotTop = y + 6

        // 3. Footer, bottom up: source and as-of on the last line, the method above it.
        let footerFont = ChartLayout.Style.footer
        let footerLine = ChartLayout.lineHeight(footerFont, measurer)
        var footerTop = content.maxY - footerLine
        let asOf = "Figures as of \(TextFitting.clean(spec.asOfText))"
        let asOfWidth = measurer.measure(asOf, font: footerFont).width
        labels.append(
            TextLabel(
                asOf, role: .footer, font: footerFont, color: StatusPalette.secondaryInk,
                x: content.maxX - asOfWidth, top: footerTop, measurer: measurer))
        let source = sourceText(spec, series: series)
        if !source.isEmpty {
            labels.append(
                TextLabel(
                    TextFitting.truncate(
                        source, width: content.width - asOfWidth - 16, font: footerFont, measurer: measurer),
                    role: .footer, font: footerFont, color: StatusPalette.secondaryInk, x: content.minX, top: footerTop,
                    measurer: measurer))
        }
        let method = [analysis.settings.methodText, analysis.settings.adjustmentsText].compactMap { $0 }.joined(
            separator: "; ")
        for line in TextFitting.wrap(method, width: content.width, font: footerFont, maxLines: 2, measurer: measurer)
            .reversed()
        {
            footerTop -= footerLine + 1
            labels.append(
                TextLabel(
                    line, role: .footer, font: footerFont, color: StatusPalette.secondaryInk,
                    x: content.minX, top: footerTop, measurer: measurer))
        }

        // 4. Plot geometry, with the gutter for the last segment's line labels.
        let edges = edgeTexts(analysis, series: series, indicator: indicator)
        let gutter =
            edges.map { measurer.measure($0.text, font: ChartLayout.Style.band).width }.max().map { $0 + 10 } ?? 6
        let range = yRange(analysis, series: series)
        let labelLine = ChartLayout.lineHeight(ChartLayout.Style.period, measurer)
        let (plot, style) = PeriodLabels.fit(series: series, measurer: measurer) { lines in
            PlotGeometry(
                range: range, slots: series.entries.count, unit: indicator.unit, top: plotTop,
                bottom: footerTop - 8 - Double(lines) * labelLine - 9, left: content.minX,
                right: content.maxX - gutter, measurer: measurer)
        }
        labels += plot.tickLabels
        labels += PeriodLabels.make(series: series, plot: plot, style: style, bounds: content, measurer: measurer)
        labels += EdgeLabels.place(edges, plot: plot, measurer: measurer)

        // 5. Lines, values and marks.
        func left(_ period: Period) -> Double { plot.rect.minX + Double(slots[period]!) * plot.slotWidth }
        let segmentLines = analysis.segments.map { segment -> SegmentLines in
            let from = left(segment.from), to = left(segment.to) + plot.slotWidth
            func line(_ value: Double) -> Path {
                .line(from: Point(x: from, y: plot.y(value)), to: Point(x: to, y: plot.y(value)))
            }
            return SegmentLines(
                mean: line(segment.limits.mean), lower: line(segment.limits.lowerProcessLimit),
                upper: line(segment.limits.upperProcessLimit))
        }
        let rebaseLines = analysis.rebasePeriods.map { period in
            Path.line(from: Point(x: left(period), y: plot.rect.minY), to: Point(x: left(period), y: plot.rect.maxY))
        }
        labels += rebaseLabels(analysis.rebasePeriods.map(left), top: rebaseRowTop, bounds: content, measurer: measurer)
        let count = series.entries.count
        let markerSize = count <= 12 ? 5.0 : count <= 24 ? 4.0 : count <= 48 ? 3.2 : 2.6
        let points = Dictionary(uniqueKeysWithValues: analysis.points.map { ($0.period, $0) })
        var runs: [[Point]] = [], run: [Point] = [], markers: [SPCMarker] = []
        for (index, entry) in series.entries.enumerated() {
            guard let point = points[entry.period] else {
                if !run.isEmpty { runs.append(run) }
                run = []
                continue
            }
            let center = Point(x: plot.x(index), y: plot.y(point.value))
            run.append(center)
            markers.append(SPCMarker(type: point.type, center: center, size: markerSize))
        }
        if !run.isEmpty { runs.append(run) }

        return SPCChartLayout(
            size: spec.size, plot: plot.rect, yDomain: plot.domain, gridlines: plot.gridlines, zeroLine: plot.zeroLine,
            segmentLines: segmentLines, targetLines: plot.marks(series: series).targetLines, valueRuns: runs,
            markers: markers,
            rebaseLines: rebaseLines, badges: badges, legendMarkers: legend.markers, legendSamples: legend.samples,
            periodLabelStyle: style, labels: labels,
            accessibleTitle: titleText.isEmpty ? "\(indicator.id)" : titleText,
            accessibleDescription: AlternativeText.spcDescription(
                analysis, indicator: indicator, missing: count - analysis.points.count))
    }

    /// The active title: "<title>: common cause variation" or "<title>: special cause concern".
    public static func defaultTitle(_ indicator: Indicator, _ analysis: SPCAnalysis) -> String {
        let title = TextFitting.clean(indicator.title)
        let type = analysis.variation.pointType
        return type == .commonCause ? "\(title): common cause variation" : "\(title): special cause \(type.word)"
    }

    /// "AE01 · count, lower is better · XmR chart of 24 points, 2016/17 Q1 to 2021/22 Q4".
    static func subtitleText(_ spec: SPCChartSpec, series: JudgedSeries) -> String {
        let indicator = spec.snapshot.indicator
        let name = spec.title == nil ? "\(indicator.id)" : "\(indicator.id) \(TextFitting.clean(indicator.title))"
        let count = spec.analysis.points.count
        return
            "\(name) · \(ChartLayout.unitPhrase(indicator.unit)), \(indicator.polarity.phrase) · XmR chart of \(count) point\(count == 1 ? "" : "s"), \(series.rangeText)"
    }

    /// "Source: … · gaps are periods with no figure", or empty.
    static func sourceText(_ spec: SPCChartSpec, series: JudgedSeries) -> String {
        var parts: [String] = []
        if let source = (spec.source ?? spec.snapshot.indicator.source).map(TextFitting.clean), !source.isEmpty {
            parts.append("Source: \(source)")
        }
        if series.missingCount > 0 { parts.append("gaps are periods with no figure, left out of the limits") }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The variation badge, then the assurance badge when there is one: on one row when both
    /// fit, else one under the other.
    static func makeBadges(
        _ analysis: SPCAnalysis, left: Double, top: Double, width: Double,
        measurer: any TextMeasurer
    ) -> [SPCBadge] {
        var items: [(SPCBadge.Kind, String, SPCPointType)] = [
            (.variation, "Variation: \(variationWords(analysis.variation))", SPCPalette.type(analysis.variation))
        ]
        if let assurance = analysis.assurance {
            items.append((.assurance, "Assurance: \(assurance.phrase)", SPCPalette.type(assurance)))
        }
        let gap = 10.0
        let oneRow =
            items.map { SPCBadge.width($0.1, measurer: measurer) }.reduce(0, +) + gap * Double(items.count - 1) <= width
        var origin = Point(x: left, y: top)
        return items.map { kind, words, type in
            let badge = SPCBadge.make(
                kind: kind, words: words, type: type, origin: origin,
                maxWidth: left + width - origin.x, measurer: measurer)
            origin = oneRow ? Point(x: badge.box.maxX + gap, y: top) : Point(x: left, y: badge.box.maxY + 5)
            return badge
        }
    }

    /// The variation in badge words: "common cause", "special cause concern (higher values)".
    static func variationWords(_ variation: VariationIcon) -> String {
        guard let isHigh = variation.isHigh else { return "common cause" }
        return "special cause \(variation.pointType.word) (\(isHigh ? "higher" : "lower") values)"
    }

    /// Means and limits are statistics: at least one decimal, so a limit just above a whole
    /// number does not read as equal to it, and no more than the figures themselves have.
    static func statisticsFormatter(_ indicator: Indicator) -> FigureFormatter {
        FigureFormatter(unit: indicator.unit, decimals: max(indicator.decimals, 1))
    }

    /// The note under the legend when limits are trial limits, or nil.
    static func trialNote(_ analysis: SPCAnalysis) -> String? {
        let stable = SPCSegment.stablePointCount
        let segments = analysis.segments
        guard let last = segments.last, segments.contains(where: \.trial) else { return nil }
        let moving = "so the limits will move as points are added."
        if segments.count == 1 {
            return
                "Trial limits: only \(last.points.count) point\(last.points.count == 1 ? "" : "s"), fewer than \(stable), \(moving)"
        }
        if segments.allSatisfy(\.trial) {
            return "Trial limits: every segment has fewer than \(stable) points, \(moving)"
        }
        if last.trial {
            return
                "Trial limits: only \(last.points.count) point\(last.points.count == 1 ? "" : "s") since \(last.from), fewer than \(stable), \(moving)"
        }
        return "Trial limits before \(last.from): segments of fewer than \(stable) points."
    }

    /// The gutter labels of the last segment's lines and the latest target.
    static func edgeTexts(_ analysis: SPCAnalysis, series: JudgedSeries, indicator: Indicator) -> [EdgeLabels.Edge] {
        let statistics = statisticsFormatter(indicator)
        let limits = analysis.segments.last!.limits
        func edge(_ name: String, _ value: Double, _ color: Color) -> EdgeLabels.Edge {
            EdgeLabels.Edge(text: "\(name) \(statistics.string(Decimal(value)))", value: Decimal(value), color: color)
        }
        var edges = [
            edge("Upper limit", limits.upperProcessLimit, StatusPalette.secondaryInk),
            edge("Mean", limits.mean, StatusPalette.ink),
            edge("Lower limit", limits.lowerProcessLimit, StatusPalette.secondaryInk),
        ]
        if let target = series.entries.last?.target {
            edges.append(
                EdgeLabels.Edge(
                    text: "Target \(FigureFormatter(indicator).precise(target.value.decimal))",
                    value: target.value.decimal, color: StatusPalette.ink))
        }
        return edges
    }

    /// The y range to cover: values, every segment's limits and the targets, with headroom.
    static func yRange(_ analysis: SPCAnalysis, series: JudgedSeries) -> (low: Double, high: Double) {
        var figures = analysis.points.map(\.value)
        figures += analysis.segments.flatMap { [$0.limits.lowerProcessLimit, $0.limits.upperProcessLimit] }
        figures += series.entries.compactMap { $0.target?.value.doubleValue }
        let low = figures.min()!, high = figures.max()!
        let span = high > low ? high - low : max(abs(high) * 0.2, 1)
        // Headroom never takes the axis below zero when nothing drawn is negative.
        return (low >= 0 ? max(low - span * 0.06, 0) : low - span * 0.06, high + span * 0.06)
    }

    /// "Rebased" over each rebase line, above the plot; a label that would overlap the one
    /// before it is left out (the dotted line and the legend still say it).
    static func rebaseLabels(_ xs: [Double], top: Double, bounds: Rect, measurer: any TextMeasurer) -> [TextLabel] {
        var labels: [TextLabel] = []
        for x in xs {
            var label = TextLabel(
                "Rebased", role: .rebase, font: Style.rebase, color: StatusPalette.secondaryInk,
                x: x, top: top, alignment: .center, measurer: measurer)
            if label.frame.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.frame.minX) }
            if label.frame.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.frame.maxX) }
            if let previous = labels.last, previous.frame.maxX + 4 > label.frame.minX { continue }
            labels.append(label)
        }
        return labels
    }
}
