import KPIDrawing
import KPIModel
import KPIStatus

/// What to chart: an indicator's judged quarters, at what size, with which words.
///
/// The input of ``ChartLayout/make(_:measurer:)``. Everything that varies between two renders
/// is here, including the as-of text, so the same spec always gives the same file.
public struct ChartSpec: Sendable {
    /// The most quarters a chart shows (ten years).
    public static let maximumQuarters = 40
    /// The default size in points (pixels for PNG at scale 1).
    public static let defaultSize = Size(width: 800, height: 400)

    /// The quarters shown, judged (the caller judges once and passes the series on).
    public var series: JudgedSeries
    public var size: Size
    /// Replaces the generated active title when set.
    public var title: String?
    /// The date the figures are as of, shown in the footer: "2021-11-10".
    public var asOfText: String
    /// Where the figures come from; the indicator's own source when nil.
    public var source: String?

    public init(series: JudgedSeries, size: Size = ChartSpec.defaultSize, title: String? = nil, asOfText: String,
                source: String? = nil) {
        self.series = series
        self.size = size
        self.title = title
        self.asOfText = asOfText
        self.source = source
    }

    /// Judges `quarters` quarters (1 to ``maximumQuarters``) ending with `lastPeriod` and charts them.
    public init(snapshot: IndicatorSnapshot, lastPeriod: Period, quarters: Int = 8,
                size: Size = ChartSpec.defaultSize, title: String? = nil, asOfText: String, source: String? = nil) {
        self.init(series: JudgedSeries(snapshot, last: lastPeriod, count: min(max(quarters, 1), Self.maximumQuarters)),
                  size: size, title: title, asOfText: asOfText, source: source)
    }

    public var snapshot: IndicatorSnapshot { series.snapshot }
    /// The last quarter shown; the chart is "about" this quarter.
    public var lastPeriod: Period { series.last }
    /// How many quarters are shown.
    public var quarters: Int { series.entries.count }

    /// The quarter a chart or tile shows by default: the latest with a value, else the latest
    /// target's first quarter; nil when the indicator has neither.
    public static func defaultPeriod(for snapshot: IndicatorSnapshot) -> Period? {
        snapshot.latestPeriod ?? snapshot.targetChanges.last?.from
    }

    /// The moment a chart or tile is "as of" when no `--as-of` is given: the latest time anything
    /// was recorded for the indicator, so the same store always gives the same file.
    public static func reproducibleMoment(for history: IndicatorHistory, asOf: Timestamp?) -> Timestamp {
        if let asOf { return asOf }
        let times = history.observations.map(\.recordedAt) + history.targetChanges.map(\.recordedAt)
        return times.max().map { max($0, history.indicator.definedAt) } ?? history.indicator.definedAt
    }
}
