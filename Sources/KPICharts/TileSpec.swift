import KPIDrawing
import KPIModel
import KPIStatus

/// What to put on a status tile: an indicator's judged quarters, the last one shown, and the size.
///
/// The input of ``TileLayout/make(_:measurer:)``.
public struct TileSpec: Sendable {
    /// The default size in points.
    public static let defaultSize = Size(width: 320, height: 180)
    /// Quarters in the sparkline.
    public static let sparklineQuarters = 8

    /// The sparkline's quarters, judged; the last is the quarter the tile shows.
    public var series: JudgedSeries
    public var size: Size

    /// The default size of a tile with `extraRows` rows beyond its target and directions (a
    /// variance in words, a forecast year-end), so those never push a direction off the tile.
    public static func defaultSize(extraRows: Int) -> Size {
        Size(width: defaultSize.width, height: defaultSize.height + 18 * Double(extraRows))
    }

    /// A tile from an already judged series (its last ``sparklineQuarters`` quarters are drawn);
    /// without a size, the default for the rows it shows.
    public init(series: JudgedSeries, size: Size? = nil) {
        self.series = series.suffix(Self.sparklineQuarters)
        self.size = size ?? Self.defaultSize(extraRows: TileLayout.extraRows(series.latest))
    }

    /// Judges the quarters ending with `period` and makes a tile of them.
    public init(snapshot: IndicatorSnapshot, period: Period, size: Size? = nil) {
        self.init(series: JudgedSeries(snapshot, last: period, count: Self.sparklineQuarters), size: size)
    }

    public var snapshot: IndicatorSnapshot { series.snapshot }
    public var period: Period { series.last }
}
