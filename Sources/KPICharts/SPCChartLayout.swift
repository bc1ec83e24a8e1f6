import KPIDrawing
import KPISPC

/// An XmR chart computed as plain values: the values joined, each segment's mean and process
/// limits, the target, every point marked by its type, rebase lines, the variation and
/// assurance badges, the legend and every label in place.
///
/// Produced by ``make(_:measurer:)`` from an ``SPCChartSpec``, then drawn by ``draw(on:)``,
/// which only reads it. Tests check the layout itself: nothing overlaps, nothing leaves the
/// image, no label crosses a line, each point is marked by its own type.
public struct SPCChartLayout: RenderableLayout {
    /// One segment's centre line and process limits, across the segment's periods.
    public struct SegmentLines: Sendable, Hashable {
        public var mean: Path
        public var lower: Path
        public var upper: Path
    }

    /// A line sample in the legend row and what it stands for.
    public struct LegendSample: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case mean, limits, target, rebase
        }
        public var kind: Kind
        public var path: Path
    }

    public var size: Size
    public var plot: Rect
    public var yDomain: ClosedRange<Double>
    public var gridlines: [ChartLayout.Gridline]
    public var zeroLine: Path?
    public var segmentLines: [SegmentLines]
    /// The dashed step line of the targets in force.
    public var targetLines: [Path]
    /// Runs of consecutive periods with values; a missing period ends a run.
    public var valueRuns: [[Point]]
    /// One mark per point, shaped and coloured by its type.
    public var markers: [SPCMarker]
    /// A dotted vertical line where each segment after the first starts.
    public var rebaseLines: [Path]
    public var badges: [SPCBadge]
    public var legendMarkers: [SPCMarker]
    public var legendSamples: [LegendSample]
    public var periodLabelStyle: ChartLayout.PeriodLabelStyle
    /// Every piece of text outside the badges, each with its measured frame.
    public var labels: [TextLabel]
    public var accessibleTitle: String
    public var accessibleDescription: String

    /// The labels with a given role, in drawing order.
    public func labels(_ role: TextLabel.Role) -> [TextLabel] {
        labels.filter { $0.role == role }
    }

    /// Every line drawn across the chart (values, means, limits, target, rebases, grid, axis):
    /// what a label must never cross.
    public var lines: [Path] {
        valueRuns.filter { $0.count > 1 }.map { Path.polyline($0) }
            + segmentLines.flatMap { [$0.mean, $0.lower, $0.upper] } + targetLines + rebaseLines
            + gridlines.map { Path.line(from: Point(x: plot.minX, y: $0.y), to: Point(x: plot.maxX, y: $0.y)) }
            + [axisLine] + (zeroLine.map { [$0] } ?? []) + legendSamples.map(\.path)
    }

    var axisLine: Path { .line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.maxY)) }

    /// How each kind of line is stroked, so the legend samples match the lines they stand for.
    static func style(_ kind: LegendSample.Kind) -> (color: Color, style: StrokeStyle) {
        switch kind {
        case .mean: (StatusPalette.ink, .solid(1.75))
        case .limits: (StatusPalette.secondaryInk, StrokeStyle(width: 1.25, dash: [5, 3]))
        case .target: (StatusPalette.ink, StrokeStyle(width: 1.5, dash: [9, 3, 2, 3]))
        case .rebase: (StatusPalette.secondaryInk, StrokeStyle(width: 1.25, dash: [1.5, 2.5]))
        }
    }

    /// Draws the chart, back to front: background, grid, rebase lines, limits, means, target,
    /// values, marks, then badges, legend and text. Reads the layout only.
    public func draw(on canvas: any Canvas) {
        canvas.fill(.rect(Rect(origin: .zero, size: size)), color: StatusPalette.white)
        for line in gridlines {
            canvas.stroke(
                .line(from: Point(x: plot.minX, y: line.y), to: Point(x: plot.maxX, y: line.y)),
                color: StatusPalette.grid, style: .solid(0.75))
        }
        if let zeroLine { canvas.stroke(zeroLine, color: StatusPalette.grid, style: .solid(1.25)) }
        canvas.stroke(axisLine, color: StatusPalette.secondaryInk, style: .solid(1))
        func stroke(_ path: Path, _ kind: LegendSample.Kind) {
            let look = Self.style(kind)
            canvas.stroke(path, color: look.color, style: look.style)
        }
        for line in rebaseLines { stroke(line, .rebase) }
        for lines in segmentLines {
            stroke(lines.lower, .limits)
            stroke(lines.upper, .limits)
            stroke(lines.mean, .mean)
        }
        for line in targetLines { stroke(line, .target) }
        for run in valueRuns where run.count > 1 {
            canvas.stroke(
                .polyline(run), color: StatusPalette.secondaryInk,
                style: StrokeStyle(width: 1.25, cap: .round, join: .round))
        }
        for marker in markers { marker.draw(on: canvas) }
        for badge in badges { badge.draw(on: canvas) }
        for marker in legendMarkers { marker.draw(on: canvas) }
        for sample in legendSamples { stroke(sample.path, sample.kind) }
        for label in labels { label.draw(on: canvas) }
    }
}
