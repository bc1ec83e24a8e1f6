import KPIDrawing
import KPIModel

/// What to put on a status tile: an indicator's snapshot, the quarter, and the size.
///
/// The input of ``TileLayout/make(_:measurer:)``.
public struct TileSpec: Sendable {
    /// The default size in points.
    public static let defaultSize = Size(width: 320, height: 180)
    /// Quarters in the sparkline.
    public static let sparklineQuarters = 8

    public var snapshot: IndicatorSnapshot
    public var period: Period
    public var size: Size

    public init(snapshot: IndicatorSnapshot, period: Period, size: Size = TileSpec.defaultSize) {
        self.snapshot = snapshot
        self.period = period
        self.size = size
    }
}
