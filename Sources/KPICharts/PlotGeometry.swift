import FoundationEssentials
import KPIDrawing
import KPIModel
import KPIStatus

/// The plot area of a trend chart: its rectangle, y scale and tick labels, and the mapping from
/// quarters and values to points.
///
/// The y range covers every value, target and amber threshold with headroom, starts at zero
/// when the data sit near it, and stops at 100 for percentages unless a value goes beyond.
struct PlotGeometry {
    let rect: Rect
    let scale: NiceScale
    let domain: ClosedRange<Double>
    let slotWidth: Double
    let tickLabels: [TextLabel]
    let gridlines: [ChartLayout.Gridline]
    let zeroLine: Path?

    init(
        series: JudgedSeries, unit: IndicatorUnit, top: Double, bottom: Double, left: Double, right: Double,
        measurer: any TextMeasurer
    ) {
        self.init(
            range: Self.dataRange(series: series, unit: unit), slots: series.entries.count, unit: unit, top: top,
            bottom: bottom, left: left, right: right, measurer: measurer)
    }

    /// A plot of `slots` periods across whose y axis covers `range` (already with headroom);
    /// for charts whose range is more than values and targets (an XmR chart's limits).
    init(
        range: (low: Double, high: Double), slots: Int, unit: IndicatorUnit, top: Double, bottom: Double, left: Double,
        right: Double, measurer: any TextMeasurer
    ) {
        let height = max(bottom - top, 20)
        let (low, high) = range
        let scale = NiceScale(lower: low, upper: high, maxTicks: max(3, min(8, Int(height / 30) + 1)))
        var upper = scale.upperBound
        if unit == .percent, high <= 100, upper > 100 { upper = 100 }
        let domain = scale.lowerBound...upper
        let ticks = scale.ticks.filter { $0.doubleValue <= upper + 1e-9 }
        let texts = ticks.map { TickFormat.text($0, unit: unit, scale: scale) }
        let tickWidth = texts.map { measurer.measure($0, font: ChartLayout.Style.tick).width }.max() ?? 0
        let plotLeft = left + tickWidth + 6
        let rect = Rect(x: plotLeft, y: top, width: max(right - plotLeft, 20), height: height)
        self.rect = rect
        self.scale = scale
        self.domain = domain
        self.slotWidth = rect.width / Double(max(slots, 1))
        func y(_ value: Double) -> Double {
            rect.maxY - (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * rect.height
        }
        var labels: [TextLabel] = []
        var lines: [ChartLayout.Gridline] = []
        let tickHeight = ChartLayout.lineHeight(ChartLayout.Style.tick, measurer)
        for (tick, text) in zip(ticks, texts) {
            let value = tick.doubleValue
            lines.append(ChartLayout.Gridline(value: value, y: y(value)))
            labels.append(
                TextLabel(
                    text, role: .axisTick, font: ChartLayout.Style.tick, color: StatusPalette.secondaryInk,
                    x: plotLeft - 6, top: y(value) - tickHeight / 2, alignment: .right, measurer: measurer))
        }
        tickLabels = labels
        gridlines = lines
        zeroLine =
            domain.lowerBound < 0 && domain.upperBound > 0
            ? Path.line(from: Point(x: rect.minX, y: y(0)), to: Point(x: rect.maxX, y: y(0))) : nil
    }

    /// The y coordinate of `value`.
    func y(_ value: Double) -> Double {
        rect.maxY - (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * rect.height
    }

    func y(_ value: Decimal) -> Double { y(value.doubleValue) }

    /// The centre x of quarter `index`.
    func x(_ index: Int) -> Double { rect.minX + (Double(index) + 0.5) * slotWidth }

    /// The lowest and highest figure to show, with headroom, before rounding to nice ticks.
    static func dataRange(series: JudgedSeries, unit: IndicatorUnit) -> (Double, Double) {
        dataRange(
            values: series.entries.compactMap(\.value), targets: series.entries.compactMap(\.target),
            polarity: series.indicator.polarity, unit: unit)
    }

    /// The range for `values` and `targets` (with their zone edges: the amber thresholds, or a
    /// closer target's band) with headroom.
    static func dataRange(values: [Figure], targets: [Target], polarity: Polarity, unit: IndicatorUnit) -> (
        Double, Double
    ) {
        var figures = values.map(\.doubleValue)
        for target in targets {
            figures.append(target.value.doubleValue)
            figures += target.zoneEdges(polarity: polarity).map { $0.doubleValue }
        }
        guard let low = figures.min(), let high = figures.max() else {
            return unit == .percent ? (0, 100) : (0, 1)
        }
        var span = high - low
        if span == 0 { span = high == 0 ? 1 : abs(high) * 0.2 }
        var lower = low - span * 0.1
        let upper = high + span * 0.12
        if low >= 0, lower < 0 || low < span * 0.4 { lower = 0 }
        if unit == .percent, high <= 100 { return (lower, min(upper, 100)) }
        return (lower, upper)
    }

    /// Bands, target steps, trend runs and status marks for every quarter.
    func marks(series: JudgedSeries) -> (
        bands: [ChartLayout.Band], targetLines: [Path], trendRuns: [[Point]],
        markers: [StatusMarker]
    ) {
        let n = series.entries.count
        let markerSize = n <= 12 ? 5.0 : n <= 24 ? 4.0 : 3.2
        let (bands, targetLines) = targetMarks(series.entries.map(\.target), polarity: series.indicator.polarity)
        var runs: [[Point]] = []
        var currentRun: [Point] = []
        var markers: [StatusMarker] = []
        for (index, entry) in series.entries.enumerated() {
            if let value = entry.value {
                let point = Point(x: x(index), y: y(value.decimal))
                currentRun.append(point)
                markers.append(StatusMarker(status: entry.status, center: point, size: markerSize))
            } else if !currentRun.isEmpty {
                runs.append(currentRun)
                currentRun = []
            }
        }
        if !currentRun.isEmpty { runs.append(currentRun) }
        return (bands, targetLines, runs, markers)
    }

    /// The shaded amber and red zones and the dashed target step line for one target per slot
    /// (nil where there is none): a step line per run of slots with a target.
    func targetMarks(_ targets: [Target?], polarity: Polarity) -> (bands: [ChartLayout.Band], targetLines: [Path]) {
        var bands: [ChartLayout.Band] = []
        var targetLines: [Path] = []
        var currentTarget: [Point] = []
        for (index, target) in targets.enumerated() {
            let left = rect.minX + Double(index) * slotWidth, right = left + slotWidth
            guard let target else {
                if !currentTarget.isEmpty { targetLines.append(.polyline(currentTarget)) }
                currentTarget = []
                continue
            }
            let targetY = y(target.value.decimal)
            currentTarget += [Point(x: left, y: targetY), Point(x: right, y: targetY)]
            for zone in target.zones(polarity: polarity) {
                let bottom = zone.low.map { y($0) } ?? rect.maxY, top = zone.high.map { y($0) } ?? rect.minY
                bands.append(
                    .init(
                        rect: Rect(corner: Point(x: left, y: top), corner: Point(x: right, y: bottom)),
                        status: zone.status))
            }
        }
        if !currentTarget.isEmpty { targetLines.append(.polyline(currentTarget)) }
        return (Self.merged(bands), targetLines)
    }

    /// Neighbouring band slices with the same status and edges joined into one rectangle.
    static func merged(_ bands: [ChartLayout.Band]) -> [ChartLayout.Band] {
        var result: [ChartLayout.Band] = []
        for band in bands {
            if let index = result.lastIndex(where: {
                $0.status == band.status && abs($0.rect.maxX - band.rect.minX) < 1e-9
                    && abs($0.rect.minY - band.rect.minY) < 1e-9 && abs($0.rect.maxY - band.rect.maxY) < 1e-9
            }) {
                result[index].rect = result[index].rect.union(band.rect)
            } else {
                result.append(band)
            }
        }
        return result.filter { !$0.rect.isEmpty }
    }
}
