import KPIDrawing
import KPIModel
import KPIStatus

/// A trend chart computed as plain values: every rectangle, line, mark and label in place.
///
/// Produced by ``make(_:measurer:)`` from a ``ChartSpec`` and text measurement, then drawn by
/// ``draw(on:)``, which only reads it (after ggplot2's build/gtable split). Tests check the
/// layout itself: labels that do not overlap, nothing outside the image, points shaped by their
/// own period's status.
public struct ChartLayout: RenderableLayout {
    /// A shaded zone behind the trend: the amber band or the red zone for a run of periods.
    public struct Band: Sendable, Hashable {
        public var rect: Rect
        public var status: Status
    }

    /// One horizontal gridline with its value.
    public struct Gridline: Sendable, Hashable {
        public var value: Double
        public var y: Double
    }

    /// On a year-to-date chart, one financial year's line over its periods: never joined to
    /// another year's.
    public struct YearLine: Sendable, Hashable {
        public var year: ReportingYear
        /// The chart's own year: drawn dark, its points marked by status. The year before is
        /// drawn lighter, with plain marks.
        public var isCurrent: Bool
        /// Runs of consecutive periods with values; a missing period ends a run.
        public var runs: [[Point]]
        /// The period of each point in ``runs``.
        public var periods: [[Period]]
    }

    /// How period labels under the axis are written (see `PeriodLabels`).
    public enum PeriodLabelStyle: Sendable, Hashable {
        /// "Q2 21/22", "Sep 21" or "2021/22" under every `every`-th period.
        case single(every: Int)
        /// "Q2" over "2021/22" under every quarter.
        case stacked
        /// A month's name or initial under every `every`-th month, and each calendar year once
        /// on a second line.
        case months(MonthText, every: Int)
    }

    /// How a month is named under the axis.
    public enum MonthText: Sendable, Hashable {
        /// "Sep".
        case abbreviation
        /// "S".
        case initial
    }

    public var size: Size
    /// The data area: periods across, the y scale up.
    public var plot: Rect
    public var scale: NiceScale
    /// The lowest and highest values the plot's height spans (the axis may stop below a tick at 100%).
    public var yDomain: ClosedRange<Double>
    public var bands: [Band]
    public var gridlines: [Gridline]
    /// The line at zero when the axis spans negative and positive values.
    public var zeroLine: Path?
    /// The dashed step line of the targets in force, one path per run of periods with a target.
    public var targetLines: [Path]
    /// Runs of consecutive periods with values; a missing period ends a run.
    public var trendRuns: [[Point]]
    /// One mark per period with a value, shaped and coloured by that period's status.
    public var markers: [StatusMarker]
    /// Marks in the legend row.
    public var legendMarkers: [StatusMarker]
    /// The dashed sample line in the legend, when a target is shown.
    public var legendTargetSample: Path?
    public var periodLabelStyle: PeriodLabelStyle
    /// On a year-to-date chart, each year's line (the current one's runs are also ``trendRuns``);
    /// empty on a trend chart.
    public var yearLines: [YearLine] = []
    /// The plain marks of the earlier year's points on a year-to-date chart.
    public var earlierYearMarks: [Point] = []
    /// Every piece of text, each with its measured frame.
    public var labels: [TextLabel]
    public var accessibleTitle: String
    public var accessibleDescription: String

    /// The labels with a given role, in drawing order.
    public func labels(_ role: TextLabel.Role) -> [TextLabel] {
        labels.filter { $0.role == role }
    }

    /// Every frame that must stay inside the image: labels, marks and the plot.
    public var occupiedFrames: [Rect] {
        labels.map(\.frame) + markers.map(\.frame) + legendMarkers.map(\.frame) + [plot]
            + earlierYearMarks.map(ChartLayout.earlierYearMarkFrame)
    }
}
