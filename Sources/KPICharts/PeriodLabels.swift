import KPIDrawing
import KPIModel
import KPIStatus

/// The period labels under a chart's plot, chosen so that they never overlap:
/// - quarters: "Q2 21/22" under every quarter when they fit, else stacked "Q2" over "2021/22",
///   else every 2nd, 4th, 8th… quarter;
/// - months: "Sep 21" under every month when they fit, else "Sep" (then the initial "S") under
///   every month with each calendar year written once on a second line, under its first month;
///   else "Jan", "Apr", "Jul", "Oct" (then "Jan", "Jul"; then "Jan") with the years below, so
///   each year sits under its January;
/// - years: "2021/22" under every year, else under every 2nd, 4th… year.
///
/// Thinned quarter and year labels always include the latest period. The style is chosen from
/// measured widths against the slot width.
enum PeriodLabels {
    /// The gap kept between neighbouring labels.
    static let gap = 8.0
    /// The gap kept between month initials, which are single letters.
    static let initialGap = 4.0
    static let thinningSteps = [2, 4, 8, 12, 20, 40]
    static let monthSteps = [3, 6, 12, 24]

    static var font: Font { ChartLayout.Style.period }

    /// The styles to try, in order of preference, each with the number of label lines it needs.
    static func candidates(for length: Period.Length) -> [(style: ChartLayout.PeriodLabelStyle, lines: Int)] {
        switch length {
        case .quarter:
            return [(.single(every: 1), 1), (.stacked, 2)] + thinningSteps.map { (.single(every: $0), 1) }
        case .month:
            return [(.single(every: 1), 1), (.months(.abbreviation, every: 1), 2), (.months(.initial, every: 1), 2)]
                + monthSteps.map { (.months(.abbreviation, every: $0), 2) }
        case .year:
            return [(.single(every: 1), 1)] + thinningSteps.map { (.single(every: $0), 1) }
        }
    }

    /// Whether `style` fits slots `slotWidth` wide.
    static func fits(
        _ style: ChartLayout.PeriodLabelStyle, series: JudgedSeries, slotWidth: Double,
        measurer: any TextMeasurer
    ) -> Bool {
        func widest(_ texts: [String]) -> Double { texts.map { measurer.measure($0, font: font).width }.max() ?? 0 }
        let periods = series.entries.map(\.period)
        switch style {
        case .single(let every):
            return widest(periods.map(\.shortLabel)) + gap <= slotWidth * Double(every)
        case .stacked:
            return widest(periods.flatMap { ["Q\($0.quarter)", $0.yearLabel] }) + gap <= slotWidth
        case .months(let text, let every):
            let texts = periods.map { text == .initial ? String($0.monthAbbreviation.prefix(1)) : $0.monthAbbreviation }
            return widest(texts) + (text == .initial ? initialGap : gap) <= slotWidth * Double(every)
        }
    }

    /// The plot and label style that fit: the first candidate whose labels fit the plot made for
    /// its number of label lines; the sparsest candidate when none does. `geometry` gives the
    /// plot for a number of label lines under it.
    static func fit(
        series: JudgedSeries, measurer: any TextMeasurer,
        geometry: (_ lines: Int) -> PlotGeometry
    ) -> (PlotGeometry, ChartLayout.PeriodLabelStyle) {
        let candidates = self.candidates(for: series.last.length)
        var plots: [Int: PlotGeometry] = [:]
        for (style, lines) in candidates {
            let plot = plots[lines] ?? geometry(lines)
            plots[lines] = plot
            if fits(style, series: series, slotWidth: plot.slotWidth, measurer: measurer) { return (plot, style) }
        }
        let (style, lines) = candidates[candidates.count - 1]
        return (plots[lines] ?? geometry(lines), style)
    }

    static func make(
        series: JudgedSeries, plot: PlotGeometry, style: ChartLayout.PeriodLabelStyle,
        bounds: Rect, measurer: any TextMeasurer
    ) -> [TextLabel] {
        let lineHeight = ChartLayout.lineHeight(font, measurer) + 1  // a point between two lines
        let top = plot.rect.maxY + 9  // clear of a mark sitting on the axis
        let last = series.entries.count - 1
        var labels: [TextLabel] = []
        func add(_ text: String, x: Double, row: Int, alignment: TextLabel.Alignment = .center) {
            var label = TextLabel(
                text, role: .period, font: font, color: StatusPalette.secondaryInk,
                x: x, top: top + Double(row) * lineHeight, alignment: alignment, measurer: measurer)
            if label.frame.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.frame.minX) }
            if label.frame.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.frame.maxX) }
            labels.append(label)
        }
        for (index, entry) in series.entries.enumerated() {
            let period = entry.period
            switch style {
            case .single(let every):
                if (last - index) % every == 0 { add(period.shortLabel, x: plot.x(index), row: 0) }
            case .stacked:
                add("Q\(period.quarter)", x: plot.x(index), row: 0)
                add(period.yearLabel, x: plot.x(index), row: 1)
            case .months(let text, let every):
                if (period.month - 1) % every == 0 {
                    add(
                        text == .initial ? String(period.monthAbbreviation.prefix(1)) : period.monthAbbreviation,
                        x: plot.x(index), row: 0)
                }
            }
        }
        if case .months = style {
            labels += yearRow(series: series, plot: plot, row: top + lineHeight, bounds: bounds, measurer: measurer)
        }
        return labels
    }

    /// Each calendar year once, on the second line, under its first month (January, or the first
    /// month shown). The first year's label gives way when its few months leave no room before
    /// the next year's.
    static func yearRow(
        series: JudgedSeries, plot: PlotGeometry, row top: Double, bounds: Rect,
        measurer: any TextMeasurer
    ) -> [TextLabel] {
        var starts: [(index: Int, year: Int)] = []
        for (index, entry) in series.entries.enumerated() where starts.last?.year != entry.period.calendarYear {
            starts.append((index, entry.period.calendarYear))
        }
        var labels = starts.map { start in
            var label = TextLabel(
                "\(start.year)", role: .period, font: font, color: StatusPalette.secondaryInk,
                x: plot.x(start.index), top: top, alignment: .center, measurer: measurer)
            if label.frame.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.frame.minX) }
            if label.frame.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.frame.maxX) }
            return label
        }
        if labels.count > 1, labels[0].frame.maxX + gap > labels[1].frame.minX { labels.removeFirst() }
        return labels
    }
}
