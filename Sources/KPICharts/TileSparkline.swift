import FoundationEssentials
import KPIDrawing
import KPIModel
import KPIStatus

/// The tile's sparkline: the last quarters as a thin line with gaps for missing quarters, the
/// target as a dashed step line, and the latest point marked with its status shape. For a
/// year-to-date indicator, the current year's quarters against its target profile.
enum TileSparkline {
    static func make(series: JudgedSeries, rect: Rect, color: Color) -> TileLayout.Sparkline? {
        guard series.latestWithValue != nil else { return nil }
        if series.indicator.cumulative {
            let year = YearSeries(series).current
            return make(
                values: year.map { $0.assessment?.value }, statuses: year.map { $0.assessment?.status ?? .missing },
                targets: year.map(\.target), rect: rect, color: color)
        }
        return make(
            values: series.entries.map(\.value), statuses: series.entries.map(\.status),
            targets: series.entries.map(\.target), rect: rect, color: color)
    }

    /// A sparkline of one value, status and target per slot (nil where there is none).
    static func make(values: [Figure?], statuses: [Status], targets: [Target?], rect: Rect, color: Color) -> TileLayout
        .Sparkline?
    {
        guard values.contains(where: { $0 != nil }) else { return nil }
        let inner = rect.insetBy(dx: 5, dy: 5)
        var figures = values.compactMap { $0?.doubleValue }
        figures += targets.compactMap { $0?.value.doubleValue }
        let low = figures.min()!, high = figures.max()!
        let span = high > low ? high - low : max(abs(high), 1)
        let bottom = high > low ? low : low - span / 2
        func y(_ v: Double) -> Double { inner.maxY - (v - bottom) / span * inner.height }
        let step = inner.width / Double(max(values.count - 1, 1))
        func x(_ i: Int) -> Double { values.count == 1 ? inner.midX : inner.minX + Double(i) * step }
        var runs: [[Point]] = [], run: [Point] = [], target: [Point] = []
        var latest: StatusMarker?
        for (i, value) in values.enumerated() {
            if let t = targets[i] {
                // A step, as on the chart: a changed target holds from its quarter on, so the
                // line goes flat to that quarter and then jumps, never slopes between quarters.
                let level = y(t.value.doubleValue)
                if let previous = target.last, previous.y != level { target.append(Point(x: x(i), y: previous.y)) }
                target.append(Point(x: x(i), y: level))
            }
            if let value {
                let point = Point(x: x(i), y: y(value.doubleValue))
                run.append(point)
                latest = StatusMarker(status: statuses[i], center: point, size: 3)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return TileLayout.Sparkline(
            rect: rect, runs: runs, targetLine: target.count > 1 ? .polyline(target) : nil,
            latest: latest, lineColor: color)
    }
}
