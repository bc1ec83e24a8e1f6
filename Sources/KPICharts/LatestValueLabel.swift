import KPIDrawing
import KPIModel
import KPIStatus

/// The label with the latest value ("85%"), next to its point.
///
/// Tried above, below, left and right of the mark, in that order; the first place inside the
/// image that covers no other label or mark and does not sit on the target line wins, so the
/// label never hides the information around it.
enum LatestValueLabel {
    static func make(series: JudgedSeries, plot: PlotGeometry, markers: [StatusMarker], formatter: FigureFormatter,
                     avoiding labels: [TextLabel], obstacles: [Rect] = [], bounds: Rect, measurer: any TextMeasurer) -> TextLabel? {
        guard let entry = series.latestWithValue, let value = entry.value,
              let marker = markers.last else { return nil }
        let font = ChartLayout.Style.latest
        let text = formatter.string(value)
        let metrics = measurer.measure(text, font: font)
        let height = metrics.ascent + metrics.descent
        let mark = marker.frame
        let candidates = [
            Point(x: mark.midX - metrics.width / 2, y: mark.minY - 3 - height),
            Point(x: mark.midX - metrics.width / 2, y: mark.maxY + 3),
            Point(x: mark.minX - 5 - metrics.width, y: mark.midY - height / 2),
            Point(x: mark.maxX + 5, y: mark.midY - height / 2),
        ].map { topLeft -> TextLabel in
            var label = TextLabel(text, role: .latestValue, font: font, color: StatusPalette.ink,
                                  x: topLeft.x, top: topLeft.y, measurer: measurer)
            // Keep it inside the image sideways; collisions decide the rest.
            if label.frame.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.frame.maxX) }
            if label.frame.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.frame.minX) }
            return label
        }
        let others = labels.map(\.frame) + markers.dropLast().map(\.frame) + [mark] + obstacles
        let targetY = entry.target.map { plot.y($0.value.decimal) }
        func isClear(_ label: TextLabel) -> Bool {
            bounds.contains(label.frame) && !others.contains { $0.intersects(label.frame) }
        }
        func avoidsTarget(_ label: TextLabel) -> Bool {
            guard let targetY else { return true }
            return !(label.frame.minY - 1...label.frame.maxY + 1).contains(targetY)
        }
        return candidates.first { isClear($0) && avoidsTarget($0) } ?? candidates.first(where: isClear) ?? candidates[0]
    }
}
