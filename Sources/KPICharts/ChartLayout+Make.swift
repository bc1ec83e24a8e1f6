import KPIDrawing
import KPIModel
import KPIStatus

extension ChartLayout {
    /// The fonts and spacing of a trend chart.
    enum Style {
        static let margin = 14.0
        static let title = Font(size: 15, weight: .bold)
        static let subtitle = Font(size: 11)
        static let legend = Font(size: 10)
        static let tick = Font(size: 10)
        static let period = Font(size: 10)
        static let footer = Font(size: 9)
        static let band = Font(size: 10)
        static let latest = Font(size: 12, weight: .bold)
        static let message = Font(size: 11)
    }

    /// Lays out a trend chart (for a year-to-date indicator, the chart of its years: see
    /// ``makeYearToDate(_:measurer:)``).
    ///
    /// The pipeline, in order:
    /// 1. the series: each period's value, target and own status (``JudgedSeries``), at the
    ///    indicator's frequency;
    /// 2. the header (active title in at most two lines, subtitle, legend) and the footer;
    /// 3. the plot geometry: y scale from values and targets, left margin from tick labels, right
    ///    gutter from band-edge labels, period label style (see `PeriodLabels`);
    /// 4. bands, target step line, trend runs and marks from the scale;
    /// 5. edge labels and the latest value's label, placed where they collide with nothing.
    public static func make(_ spec: ChartSpec, measurer: any TextMeasurer) -> ChartLayout {
        if spec.snapshot.indicator.cumulative { return makeYearToDate(spec, measurer: measurer) }
        let series = spec.series
        let assessment = series.latest
        let indicator = spec.snapshot.indicator
        let size = spec.size

        // 2. Header and footer.
        let frame = Frame.make(
            spec, subtitle: subtitleText(spec, series: series), footer: footerText(spec, series: series),
            legend: { Legend.make(series: series, left: $0, top: $1, width: $2, measurer: measurer) },
            measurer: measurer)
        let content = frame.content, plotTop = frame.plotTop, plotBottomLimit = frame.plotBottom
        var labels = frame.labels
        let legend = frame.legend
        let titleText = frame.title

        // 3. Plot geometry, trying the period label styles in order of preference.
        let formatter = FigureFormatter(indicator)
        let edges = EdgeLabels.texts(series: series, formatter: formatter)
        let gutter = edges.map { measurer.measure($0.text, font: Style.band).width }.max().map { $0 + 10 } ?? 6
        func geometry(lines: Int) -> PlotGeometry {
            PlotGeometry(
                series: series, unit: indicator.unit, top: plotTop,
                bottom: plotBottomLimit - Double(lines) * lineHeight(Style.period, measurer) - 9,
                left: content.minX, right: content.maxX - gutter, measurer: measurer)
        }
        let (plot, style) = PeriodLabels.fit(series: series, measurer: measurer, geometry: geometry)
        labels += plot.tickLabels
        labels += PeriodLabels.make(series: series, plot: plot, style: style, bounds: content, measurer: measurer)

        // 4. Marks.
        let drawing = plot.marks(series: series)

        // 5. Edge labels in the gutter, then the latest value where it collides with nothing.
        labels += EdgeLabels.place(edges, plot: plot, measurer: measurer)
        if let latest = LatestValueLabel.make(
            series: series, plot: plot, markers: drawing.markers,
            trendRuns: drawing.trendRuns, targetLines: drawing.targetLines,
            formatter: formatter, avoiding: labels,
            bounds: content.insetBy(dx: -Style.margin / 2, dy: -Style.margin / 2),
            measurer: measurer)
        {
            labels.append(latest)
        }
        if series.latestWithValue == nil {
            let message = TextFitting.truncate(
                "No figures recorded for \(series.rangeText)", width: plot.rect.width - 8,
                font: Style.message, measurer: measurer)
            let height = lineHeight(Style.message, measurer)
            labels.append(
                TextLabel(
                    message, role: .message, font: Style.message, color: StatusPalette.secondaryInk,
                    x: plot.rect.midX, top: plot.rect.minY + plot.rect.height * 0.3 - height / 2, alignment: .center,
                    measurer: measurer))
        }

        return ChartLayout(
            size: size, plot: plot.rect, scale: plot.scale, yDomain: plot.domain, bands: drawing.bands,
            gridlines: plot.gridlines, zeroLine: plot.zeroLine, targetLines: drawing.targetLines,
            trendRuns: drawing.trendRuns, markers: drawing.markers, legendMarkers: legend.markers,
            legendTargetSample: legend.targetSample, periodLabelStyle: style, labels: labels,
            accessibleTitle: titleText.isEmpty ? "\(indicator.id)" : titleText,
            accessibleDescription: AlternativeText.chartDescription(series, assessment: assessment))
    }

    /// The header (title, subtitle, legend) and footer every chart shares, and the space left
    /// between them for the plot.
    struct Frame {
        var content: Rect
        var labels: [TextLabel]
        var legend: Legend
        var title: String
        var plotTop: Double
        var plotBottom: Double

        static func make(
            _ spec: ChartSpec, subtitle: String, footer: String,
            legend makeLegend: (_ left: Double, _ top: Double, _ width: Double) -> Legend,
            measurer: any TextMeasurer
        ) -> Frame {
            let content = Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height)
                .insetBy(dx: Style.margin, dy: Style.margin)
            var labels: [TextLabel] = []
            let titleText = TextFitting.clean(spec.title ?? defaultTitle(spec.series.latest))
            var y = content.minY
            for line in TextFitting.wrap(
                titleText, width: content.width, font: Style.title, maxLines: 2, measurer: measurer)
            {
                let label = TextLabel(
                    line, role: .title, font: Style.title, color: StatusPalette.ink,
                    x: content.minX, top: y, measurer: measurer)
                labels.append(label)
                y = label.frame.maxY + 1
            }
            y += 2
            let subtitleLabel = TextLabel(
                TextFitting.truncate(subtitle, width: content.width, font: Style.subtitle, measurer: measurer),
                role: .subtitle, font: Style.subtitle, color: StatusPalette.secondaryInk,
                x: content.minX, top: y, measurer: measurer)
            labels.append(subtitleLabel)
            y = subtitleLabel.frame.maxY + 6
            let legend = makeLegend(content.minX, y, content.width)
            labels += legend.labels

            // Footer, bottom-aligned: the source on the left (shortened if it must be), and the
            // as-of date on the right, which is never cut because an auditor needs it.
            let footerHeight = lineHeight(Style.footer, measurer)
            let footerTop = content.maxY - footerHeight
            let asOf = "Figures as of \(TextFitting.clean(spec.asOfText))"
            let asOfWidth = measurer.measure(asOf, font: Style.footer).width
            labels.append(
                TextLabel(
                    asOf, role: .footer, font: Style.footer, color: StatusPalette.secondaryInk,
                    x: content.maxX - asOfWidth, top: footerTop, measurer: measurer))
            if !footer.isEmpty {
                let text = TextFitting.truncate(
                    footer, width: content.width - asOfWidth - 16, font: Style.footer, measurer: measurer)
                labels.append(
                    TextLabel(
                        text, role: .footer, font: Style.footer, color: StatusPalette.secondaryInk,
                        x: content.minX, top: footerTop, measurer: measurer))
            }
            return Frame(
                content: content, labels: labels, legend: legend, title: titleText,
                plotTop: (legend.bottom ?? y) + 10, plotBottom: content.maxY - footerHeight - 8)
        }
    }

    /// The active title: "<title> fell to 85% (amber)", "<title>: £40,302 under plan (red)" for
    /// money against a target (the percentage is in the subtitle's neighbours: tables, tiles,
    /// facts), or "<title>: no figure for Q2 21/22".
    public static func defaultTitle(_ assessment: Assessment) -> String {
        let indicator = assessment.indicator
        let title = TextFitting.clean(indicator.title)
        guard let value = assessment.value else { return "\(title): no figure for \(assessment.period.shortLabel)" }
        let formatter = FigureFormatter(indicator)
        let status = assessment.status.word.lowercased()
        if indicator.unit == .gbp, let variance = assessment.variance {
            return "\(title): \(formatter.planVariance(variance, percent: nil)) (\(status))"
        }
        var verb = "at"
        let direction = assessment.vsPreviousQuarter
        if indicator.polarity != .closer, direction != .unknown, direction != .notComparable {
            // Direction of travel is by polarity; the verb is by value.
            let wentUp = (direction == .improving) == (indicator.polarity == .higherIsBetter)
            verb = direction == .noChange ? "unchanged at" : wentUp ? "rose to" : "fell to"
        }
        return "\(title) \(verb) \(formatter.string(value)) (\(status))"
    }

    /// "ICT01 · per cent, higher is better · 2019/20 Q3 to 2021/22 Q2".
    static func subtitleText(_ spec: ChartSpec, series: JudgedSeries) -> String {
        let indicator = spec.snapshot.indicator
        let name = spec.title == nil ? "\(indicator.id)" : "\(indicator.id) \(TextFitting.clean(indicator.title))"
        return "\(name) · \(unitPhrase(indicator.unit)), \(indicator.polarity.phrase) · \(series.rangeText)"
    }

    /// The unit in words for a subtitle: "per cent", "pounds (£)".
    static func unitPhrase(_ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: "per cent"
        case .count: "count"
        case .days: "days"
        case .gbp: "pounds (£)"
        case .number: "number"
        }
    }

    /// The left of the footer: "Source: FirstCare · gaps are quarters with no figure" (or months,
    /// or years).
    static func footerText(_ spec: ChartSpec, series: JudgedSeries) -> String {
        var parts: [String] = []
        if let source = (spec.source ?? spec.snapshot.indicator.source).map(TextFitting.clean), !source.isEmpty {
            parts.append("Source: \(source)")
        }
        if series.missingCount > 0, series.latestWithValue != nil {
            parts.append("gaps are \(series.last.length.noun)s with no figure")
        }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Ascent plus descent of `font`: the height one line of text occupies.
    static func lineHeight(_ font: Font, _ measurer: any TextMeasurer) -> Double {
        let metrics = measurer.measure("Ag", font: font)
        return metrics.ascent + metrics.descent
    }
}
