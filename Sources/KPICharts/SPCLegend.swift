import KPIDrawing
import KPISPC

/// The legend rows of an XmR chart: a mark and word for each point type shown, then samples of
/// the mean, process limit, target and rebase lines.
///
/// Every mark and line on the chart is named in words here, so colour never carries meaning
/// alone. Items flow left to right and wrap onto a second row; only what fits neither row is
/// left out (never at the sizes the chart is made for).
struct SPCLegend {
    var labels: [TextLabel] = []
    var markers: [SPCMarker] = []
    var samples: [SPCChartLayout.LegendSample] = []
    /// The bottom of the last row, or nil when the legend is empty.
    var bottom: Double?

    static let maximumRows = 2

    static func make(
        analysis: SPCAnalysis, hasTarget: Bool, left: Double, top: Double, width: Double,
        measurer: any TextMeasurer
    ) -> SPCLegend {
        enum Item { case mark(SPCPointType), line(SPCChartLayout.LegendSample.Kind) }
        let shown = Set(analysis.points.map(\.type))
        var items: [(Item, String)] = []
        for type in [SPCPointType.improvement, .concern, .neutralHigh, .neutralLow, .commonCause]
        where shown.contains(type) {
            items.append(
                (
                    .mark(type),
                    type == .neutralHigh
                        ? "Neutral (high)" : type == .neutralLow ? "Neutral (low)" : SPCPalette.legendWord(type)
                ))
        }
        items.append((.line(.mean), "Mean"))
        items.append((.line(.limits), "Process limits"))
        if hasTarget { items.append((.line(.target), "Target")) }
        if !analysis.rebasePeriods.isEmpty { items.append((.line(.rebase), "Rebased: new limits")) }

        var legend = SPCLegend()
        let font = ChartLayout.Style.legend
        let height = ChartLayout.lineHeight(font, measurer)
        let markSize = 4.5
        var x = left, row = 0
        for (item, word) in items {
            let sampleWidth: Double
            switch item {
            case .mark: sampleWidth = 2 * markSize * 1.3
            case .line: sampleWidth = 20
            }
            let itemWidth = sampleWidth + 5 + measurer.measure(word, font: font).width
            if x + itemWidth > left + width, x > left {
                row += 1
                x = left
            }
            guard row < maximumRows, x + itemWidth <= left + width else { break }
            let rowTop = top + Double(row) * (height + 4)
            let middle = rowTop + height / 2
            switch item {
            case .mark(let type):
                legend.markers.append(
                    SPCMarker(type: type, center: Point(x: x + sampleWidth / 2, y: middle), size: markSize))
            case .line(let kind):
                legend.samples.append(
                    .init(
                        kind: kind, path: .line(from: Point(x: x, y: middle), to: Point(x: x + sampleWidth, y: middle)))
                )
            }
            legend.labels.append(
                TextLabel(
                    word, role: .legend, font: font, color: StatusPalette.ink,
                    x: x + sampleWidth + 5, top: rowTop, measurer: measurer))
            legend.bottom = rowTop + height
            x += itemWidth + 14
        }
        return legend
    }
}
