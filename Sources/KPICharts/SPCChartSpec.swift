import KPIDrawing
import KPIModel
import KPISPC

/// What to draw as an XmR chart: an indicator's snapshot, its SPC analysis, the periods across
/// the axis, the size and the words.
///
/// The input of ``SPCChartLayout/make(_:measurer:)``. The analysis is computed once by the
/// caller (the same one `kpi spc` prints) and only read here.
public struct SPCChartSpec: Sendable {
    /// The default size in points: a little taller than a trend chart, for the icons' row.
    public static let defaultSize = Size(width: 800, height: 450)
    /// The smallest size the chart is laid out for.
    public static let minimumSize = Size(width: 560, height: 340)

    public var snapshot: IndicatorSnapshot
    public var analysis: SPCAnalysis
    /// The first and last period across the axis; periods without a value are gaps.
    public var first: Period
    public var last: Period
    public var size: Size
    /// Replaces the generated active title when set.
    public var title: String?
    /// The date the figures are as of, shown in the footer.
    public var asOfText: String
    /// Where the figures come from; the indicator's own source when nil.
    public var source: String?

    /// A chart from the analysis's first point to its last.
    public init(
        snapshot: IndicatorSnapshot, analysis: SPCAnalysis, size: Size = SPCChartSpec.defaultSize,
        title: String? = nil, asOfText: String, source: String? = nil
    ) {
        self.snapshot = snapshot
        self.analysis = analysis
        self.first = analysis.points.first!.period
        self.last = analysis.latest.period
        self.size = size
        self.title = title
        self.asOfText = asOfText
        self.source = source
    }
}
