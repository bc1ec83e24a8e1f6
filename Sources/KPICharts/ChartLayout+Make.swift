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
        static let quarter = Font(size: 10)
        static let footer = Font(size: 9)
        static let band = Font(size: 10)
        static let latest = Font(size: 12, weight: .bold)
        static let message = Font(size: 11)
    }

    /// Lays out a trend chart.
    ///
    /// The pipeline, in order:
    /// 1. the series: each quarter's value, target and own status (``JudgedSeries``);
    /// 2. the header (active title in at most two lines, subtitle, legend) and the footer;
    /// 3. the plot geometry: y scale from values and targets, left margin from tick labels, right
    ///    gutter from band-edge labels, quarter label style (single, stacked or thinned);
    /// 4. bands, target step line, trend runs and marks from the scale;
    /// 5. edge labels and the latest value's label, placed where they collide with nothing.
    public static func make(_ spec: ChartSpec, measurer: any TextMeasurer) -> ChartLayout {
        let series = spec.series
        let assessment = series.latest
        let indicator = spec.snapshot.indicator
        let size = spec.size
        let content = Rect(x: 0, y: 0, width: size.width, height: size.height)
            .insetBy(dx: Style.margin, dy: Style.margin)
        var labels: [TextLabel] = []

        // 2. Header: title, subtitle, legend.
        let titleText = TextFitting.clean(spec.title ?? defaultTitle(assessment))
        var y = content.minY
        for line in TextFitting.wrap(titleText, width: content.width, font: Style.title, maxLines: 2, measurer: measurer) {
            let label = TextLabel(line, role: .title, font: Style.title, color: StatusPalette.ink,
                                  x: content.minX, top: y, measurer: measurer)
            labels.append(label)
            y = label.frame.maxY + 1
        }
        y += 2
        let subtitle = TextFitting.truncate(subtitleText(spec, series: series), width: content.width,
                                            font: Style.subtitle, measurer: measurer)
        let subtitleLabel = TextLabel(subtitle, role: .subtitle, font: Style.subtitle, color: StatusPalette.secondaryInk,
                                      x: content.minX, top: y, measurer: measurer)
        labels.append(subtitleLabel)
        y = subtitleLabel.frame.maxY + 6
        let legend = Legend.make(series: series, left: content.minX, top: y, width: content.width, measurer: measurer)
        labels += legend.labels
        let plotTop = (legend.bottom ?? y) + 10

        // Footer, bottom-aligned: the source on the left (shortened if it must be), and the
        // as-of date on the right, which is never cut because an auditor needs it.
        let footerHeight = lineHeight(Style.footer, measurer)
        let footerTop = content.maxY - footerHeight
        let asOf = "Figures as of \(TextFitting.clean(spec.asOfText))"
        let asOfWidth = measurer.measure(asOf, font: Style.footer).width
        labels.append(TextLabel(asOf, role: .footer, font: Style.footer, color: StatusPalette.secondaryInk,
                                x: content.maxX - asOfWidth, top: footerTop, measurer: measurer))
        let sourceText = footerText(spec, series: series)
        if !sourceText.isEmpty {
            let footer = TextFitting.truncate(sourceText, width: content.width - asOfWidth - 16,
                                              font: Style.footer, measurer: measurer)
            labels.append(TextLabel(footer, role: .footer, font: Style.footer, color: StatusPalette.secondaryInk,
                                    x: content.minX, top: footerTop, measurer: measurer))
        }
        let plotBottomLimit = content.maxY - footerHeight - 8

        // 3. Plot geometry, trying single-line, then stacked, then thinned quarter labels.
        let formatter = FigureFormatter(indicator)
        let edges = EdgeLabels.texts(series: series, formatter: formatter)
        let gutter = edges.map { measurer.measure($0.text, font: Style.band).width }.max().map { $0 + 10 } ?? 6
        func geometry(lines: Int) -> PlotGeometry {
            PlotGeometry(series: series, unit: indicator.unit, top: plotTop,
                         bottom: plotBottomLimit - Double(lines) * lineHeight(Style.quarter, measurer) - 9,
                         left: content.minX, right: content.maxX - gutter, measurer: measurer)
        }
        let (plot, style) = QuarterLabels.fit(series: series, measurer: measurer, geometry: geometry)
        labels += plot.tickLabels
        labels += QuarterLabels.make(series: series, plot: plot, style: style, bounds: content, measurer: measurer)

        // 4. Marks.
        let drawing = plot.marks(series: series)

        // 5. Edge labels in the gutter, then the latest value where it collides with nothing.
        labels += EdgeLabels.place(edges, plot: plot, measurer: measurer)
        if let latest = LatestValueLabel.make(series: series, plot: plot, markers: drawing.markers,
                                              formatter: formatter, avoiding: labels,
                                              bounds: content.insetBy(dx: -Style.margin / 2, dy: -Style.margin / 2),
                                              measurer: measurer) {
            labels.append(latest)
        }
        if series.latestWithValue == nil {
            let message = TextFitting.truncate("No figures recorded for \(series.rangeText)", width: plot.rect.width - 8,
                                               font: Style.message, measurer: measurer)
            let height = lineHeight(Style.message, measurer)
            labels.append(TextLabel(message, role: .message, font: Style.message, color: StatusPalette.secondaryInk,
                                    x: plot.rect.midX, top: plot.rect.minY + plot.rect.height * 0.3 - height / 2, alignment: .center,
                                    measurer: measurer))
        }

        return ChartLayout(
            size: size, plot: plot.rect, scale: plot.scale, yDomain: plot.domain, bands: drawing.bands,
            gridlines: plot.gridlines, zeroLine: plot.zeroLine, targetLines: drawing.targetLines,
            trendRuns: drawing.trendRuns, markers: drawing.markers, legendMarkers: legend.markers,
            legendTargetSample: legend.targetSample, quarterLabelStyle: style, labels: labels,
            accessibleTitle: titleText.isEmpty ? "\(indicator.id)" : titleText,
            accessibleDescription: AlternativeText.chartDescription(series, assessment: assessment))
    }

    /// The active title: "<title> fell to 85% (amber)", or "<title>: no figure for Q2 21/22".
    public static func defaultTitle(_ assessment: Assessment) -> String {
        let indicator = assessment.indicator
        let title = TextFitting.clean(indicator.title)
        guard let value = assessment.value else { return "\(title): no figure for \(assessment.period.shortLabel)" }
        let formatted = FigureFormatter(indicator).string(value)
        var verb = "at"
        let direction = assessment.vsPreviousQuarter
        if direction != .unknown {
            // Direction of travel is by polarity; the verb is by value.
            let wentUp = (direction == .improving) == (indicator.polarity == .higherIsBetter)
            verb = direction == .noChange ? "unchanged at" : wentUp ? "rose to" : "fell to"
        }
        return "\(title) \(verb) \(formatted) (\(assessment.status.word.lowercased()))"
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

    /// The left of the footer: "Source: FirstCare · gaps are quarters with no figure".
    static func footerText(_ spec: ChartSpec, series: JudgedSeries) -> String {
        var parts: [String] = []
        if let source = (spec.source ?? spec.snapshot.indicator.source).map(TextFitting.clean), !source.isEmpty {
            parts.append("Source: \(source)")
        }
        if series.missingCount > 0, series.latestWithValue != nil { parts.append("gaps are quarters with no figure") }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Ascent plus descent of `font`: the height one line of text occupies.
    static func lineHeight(_ font: Font, _ measurer: any TextMeasurer) -> Double {
        let metrics = measurer.measure("Ag", font: font)
        return metrics.ascent + metrics.descent
    }
}
