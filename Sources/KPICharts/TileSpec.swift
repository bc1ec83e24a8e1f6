import KPIDrawing
import KPIModel
import KPISPC
import KPIStatus

/// What to put on a status tile: an indicator's judged periods, the last one shown, and the size.
///
/// The input of ``TileLayout/make(_:measurer:)``.
public struct TileSpec: Sendable {
    /// The default size in points.
    public static let defaultSize = Size(width: 320, height: 180)
    /// Periods in the sparkline: the last 12 months, or 8 quarters or years.
    public static func sparklinePeriods(for frequency: Frequency) -> Int {
        frequency == .monthly ? 12 : 8
    }

    /// The sparkline's periods, judged; the last is the period the tile shows.
    public var series: JudgedSeries
    /// The size without the SPC words; a tile with them is taller by their lines.
    public var size: Size
    /// The indicator's SPC analysis, shown as one line of words at the bottom, when the pack
    /// has one for it.
    public var spc: SPCAnalysis?

    /// A tile from an already judged series (its last ``sparklinePeriods(for:)`` periods are drawn).
    public init(series: JudgedSeries, size: Size = TileSpec.defaultSize, spc: SPCAnalysis? = nil) {
        self.series = series.suffix(Self.sparklinePeriods(for: series.indicator.frequency))
        self.size = size
        self.spc = spc
    }

    /// Judges the periods ending with `period` and makes a tile of them.
    public init(snapshot: IndicatorSnapshot, period: Period, size: Size = TileSpec.defaultSize) {
        self.init(
            series: JudgedSeries(
                snapshot, last: period, count: Self.sparklinePeriods(for: snapshot.indicator.frequency)),
            size: size)
    }

    public var snapshot: IndicatorSnapshot { series.snapshot }
    public var period: Period { series.last }
}
