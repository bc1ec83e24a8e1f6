import KPIDrawing
import KPIStatus

/// The legend row under a chart's subtitle: one mark and word per status shown, and the dashed
/// target sample.
///
/// Colour is never the only carrier of meaning, so the legend names each shape in words.
/// Items that do not fit the width are left out rather than squeezed.
struct Legend {
    var labels: [TextLabel] = []
    var markers: [StatusMarker] = []
    var targetSample: Path?
    /// The bottom of the row, or nil when the legend is empty.
    var bottom: Double?

    /// `statuses` are the statuses of the points drawn (by default every period of `series`
    /// with a value).
    static func make(
        series: JudgedSeries, statuses: Set<Status>? = nil, left: Double, top: Double, width: Double,
        targetWord: String = "Target", measurer: any TextMeasurer
    ) -> Legend {
        var legend = Legend()
        let font = ChartLayout.Style.legend
        let height = ChartLayout.lineHeight(font, measurer)
        let middle = top + height / 2
        let shown = statuses ?? Set(series.entries.filter { $0.value != nil }.map(\.status))
        var x = left
        let markSize = 4.5
        for status in [Status.red, .amber, .green, .noTarget] where shown.contains(status) {
            let word = status.word
            let textWidth = measurer.measure(word, font: font).width
            guard x + 2 * markSize + 5 + textWidth <= left + width else { break }
            legend.markers.append(
                StatusMarker(status: status, center: Point(x: x + markSize + 1, y: middle), size: markSize))
            legend.labels.append(
                TextLabel(
                    word, role: .legend, font: font, color: StatusPalette.ink,
                    x: x + 2 * markSize + 6, top: top, measurer: measurer))
            x += 2 * markSize + 6 + textWidth + 14
        }
        if series.entries.contains(where: { $0.target != nil }) {
            let word = targetWord
            let textWidth = measurer.measure(word, font: font).width
            if x + 22 + textWidth <= left + width {
                legend.targetSample = .line(from: Point(x: x, y: middle), to: Point(x: x + 18, y: middle))
                legend.labels.append(
                    TextLabel(
                        word, role: .legend, font: font, color: StatusPalette.ink,
                        x: x + 22, top: top, measurer: measurer))
            }
        }
        if !legend.labels.isEmpty { legend.bottom = top + height }
        return legend
    }
}
