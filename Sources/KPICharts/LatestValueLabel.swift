import KPIDrawing
import KPIModel
import KPIStatus

/// The label with the latest value ("85%"), next to its point.
///
/// The label must never hide what is around it: it may not cover another label or any mark,
/// and the trend line may not pass through it (a line coming down steeply into the latest point
/// runs through the place right above it, which is how "2.60 days" once sat on a council's
/// two-point sickness chart). Places are tried around the mark, nearest first: above, below,
/// right, left, then the four diagonals, then the same further out. The first place inside the
/// image that is clear of all of that and also off the target line wins; failing that, the
/// first clear of all but the target line.
enum LatestValueLabel {
    /// The distances from the mark tried, nearest first.
    static let distances = [3.0, 7.0, 13.0, 21.0, 32.0]

    /// `obstacles` are other things the label must not cover (a year-to-date chart's labels of
    /// its earlier year's line, say).
    static func make(
        series: JudgedSeries, plot: PlotGeometry, markers: [StatusMarker], trendRuns: [[Point]],
        targetLines: [Path], formatter: FigureFormatter, avoiding labels: [TextLabel], obstacles: [Rect] = [],
        bounds: Rect, measurer: any TextMeasurer
    ) -> TextLabel? {
        guard let entry = series.latestWithValue, let value = entry.value,
            let marker = markers.last
        else { return nil }
        let font = ChartLayout.Style.latest
        let text = formatter.string(value)
        let metrics = measurer.measure(text, font: font)
        let width = metrics.width, height = metrics.ascent + metrics.descent
        let mark = marker.frame
        var candidates: [TextLabel] = []
        for gap in distances {
            let corners = [
                Point(x: mark.midX - width / 2, y: mark.minY - gap - height),  // above
                Point(x: mark.midX - width / 2, y: mark.maxY + gap),  // below
                Point(x: mark.maxX + gap + 2, y: mark.midY - height / 2),  // right
                Point(x: mark.minX - gap - 2 - width, y: mark.midY - height / 2),  // left
                Point(x: mark.maxX + gap, y: mark.minY - gap - height),  // above right
                Point(x: mark.minX - gap - width, y: mark.minY - gap - height),  // above left
                Point(x: mark.maxX + gap, y: mark.maxY + gap),  // below right
                Point(x: mark.minX - gap - width, y: mark.maxY + gap),  // below left
            ]
            candidates += corners.map {
                TextLabel(
                    text, role: .latestValue, font: font, color: StatusPalette.ink,
                    x: $0.x, top: $0.y, measurer: measurer)
            }
        }
        let others = labels.map(\.frame) + markers.map(\.frame) + obstacles
        let line = trendRuns.flatMap { Path.polyline($0).straightSegments }
        let target = targetLines.flatMap(\.straightSegments)
        func crosses(_ frame: Rect, _ segments: [(from: Point, to: Point)]) -> Bool {
            let padded = frame.insetBy(dx: -1, dy: -1)
            return segments.contains { padded.intersects(segmentFrom: $0.from, to: $0.to) }
        }
        func isClear(_ label: TextLabel) -> Bool {
            bounds.contains(label.frame) && !others.contains { $0.intersects(label.frame) }
                && !crosses(label.frame, line)
        }
        return candidates.first { isClear($0) && !crosses($0.frame, target) } ?? candidates.first(where: isClear)
            ?? candidates[0]
    }

}
