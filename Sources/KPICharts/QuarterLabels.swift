import KPIDrawing
import KPIModel
import KPIStatus

/// The quarter labels under a trend chart's plot: "Q2 21/22" under every quarter when they
/// fit, else stacked "Q2" over "2021/22", else every 2nd, 4th, 8th… quarter, always including
/// the latest.
///
/// Labels never overlap: the style is chosen from measured widths against the slot width.
enum QuarterLabels {
    /// The gap kept between neighbouring labels.
    static let gap = 8.0
    static let thinningSteps = [2, 4, 8, 12, 20, 40]

    static func style(series: JudgedSeries, slotWidth: Double, measurer: any TextMeasurer,
                      allowStacked: Bool = true) -> ChartLayout.QuarterLabelStyle {
        let font = ChartLayout.Style.quarter
        let single = series.entries.map { measurer.measure($0.period.shortLabel, font: font).width }.max() ?? 0
        if single + gap <= slotWidth { return .single(every: 1) }
        let stacked = series.entries.flatMap { [measurer.measure("Q\($0.period.quarter)", font: font).width,
                                                measurer.measure($0.period.yearLabel, font: font).width] }.max() ?? 0
        if allowStacked, stacked + gap <= slotWidth { return .stacked }
        let every = thinningSteps.first { single + gap <= slotWidth * Double($0) } ?? thinningSteps.last!
        return .single(every: every)
    }

    /// The plot and label style that fit: single-line labels when they do; else stacked ones if
    /// the plot, shortened by a second line, still has room for them; else thinned single ones.
    /// `geometry` gives the plot for a number of label lines under it.
    static func fit(series: JudgedSeries, measurer: any TextMeasurer,
                    geometry: (_ lines: Int) -> PlotGeometry) -> (PlotGeometry, ChartLayout.QuarterLabelStyle) {
        let plot = geometry(1)
        let style = self.style(series: series, slotWidth: plot.slotWidth, measurer: measurer)
        guard style == .stacked else { return (plot, style) }
        let stacked = geometry(2)
        if self.style(series: series, slotWidth: stacked.slotWidth, measurer: measurer) == .stacked {
            return (stacked, .stacked)
        }
        return (plot, self.style(series: series, slotWidth: plot.slotWidth, measurer: measurer, allowStacked: false))
    }

    static func make(series: JudgedSeries, plot: PlotGeometry, style: ChartLayout.QuarterLabelStyle,
                     bounds: Rect, measurer: any TextMeasurer) -> [TextLabel] {
        let font = ChartLayout.Style.quarter
        let lineHeight = ChartLayout.lineHeight(font, measurer)
        let top = plot.rect.maxY + 9  // clear of a mark sitting on the axis
        let last = series.entries.count - 1
        var labels: [TextLabel] = []
        for (index, entry) in series.entries.enumerated() {
            let lines: [String]
            switch style {
            case .single(let every):
                guard (last - index) % every == 0 else { continue }
                lines = [entry.period.shortLabel]
            case .stacked:
                lines = ["Q\(entry.period.quarter)", entry.period.yearLabel]
            }
            for (row, text) in lines.enumerated() {
                var label = TextLabel(text, role: .quarter, font: font, color: StatusPalette.secondaryInk,
                                      x: plot.x(index), top: top + Double(row) * lineHeight, alignment: .center,
                                      measurer: measurer)
                if label.frame.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.frame.minX) }
                if label.frame.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.frame.maxX) }
                labels.append(label)
            }
        }
        return labels
    }
}
