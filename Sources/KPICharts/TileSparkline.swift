import Foundation
import KPIDrawing
import KPIModel
import KPIStatus

/// The tile's sparkline: the last quarters as a thin line with gaps for missing quarters, the
/// target as a dashed step line, and the latest point marked with its status shape.
enum TileSparkline {
    static func make(series: JudgedSeries, rect: Rect, color: Color) -> TileLayout.Sparkline? {
        guard series.latestWithValue != nil else { return nil }
        let inner = rect.insetBy(dx: 5, dy: 5)
        var figures = series.entries.compactMap { $0.value?.doubleValue }
        figures += series.entries.compactMap { $0.target?.value.doubleValue }
        let low = figures.min()!, high = figures.max()!
        let span = high > low ? high - low : max(abs(high), 1)
        let bottom = high > low ? low : low - span / 2
        func y(_ v: Double) -> Double { inner.maxY - (v - bottom) / span * inner.height }
        let step = inner.width / Double(max(series.entries.count - 1, 1))
        func x(_ i: Int) -> Double { series.entries.count == 1 ? inner.midX : inner.minX + Double(i) * step }
        var runs: [[Point]] = [], run: [Point] = [], target: [Point] = []
        var latest: StatusMarker?
        for (i, entry) in series.entries.enumerated() {
            if let t = entry.target {
                // A step, as on the chart: a changed target holds from its quarter on, so the
                // line goes flat to that quarter and then jumps, never slopes between quarters.
                let level = y(t.value.doubleValue)
                if let previous = target.last, previous.y != level { target.append(Point(x: x(i), y: previous.y)) }
                target.append(Point(x: x(i), y: level))
            }
            if let value = entry.value {
                let point = Point(x: x(i), y: y(value.doubleValue))
                run.append(point)
                latest = StatusMarker(status: entry.status, center: point, size: 3)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return TileLayout.Sparkline(rect: rect, runs: runs, targetLine: target.count > 1 ? .polyline(target) : nil,
                                    latest: latest, lineColor: color)
    }
}
