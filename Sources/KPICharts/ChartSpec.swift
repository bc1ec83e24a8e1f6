import KPIDrawing
import KPIModel
import KPIStatus

/// What to chart: an indicator's judged periods (months, quarters or years, its frequency), at
/// what size, with which words.
///
/// The input of ``ChartLayout/make(_:measurer:)``. Everything that varies between two renders
/// is here, including the as-of text, so the same spec always gives the same file.
public struct ChartSpec: Sendable {
    /// How many periods a chart shows unless told otherwise: the last 24 months, 8 quarters or
    /// 8 years.
    public static func defaultPeriods(for frequency: Frequency) -> Int {
        frequency == .monthly ? 24 : 8
    }

    /// The most periods a chart shows: ten years of months or quarters, forty years.
    public static func maximumPeriods(for frequency: Frequency) -> Int {
        switch frequency {
        case .monthly: return 120
        case .quarterly, .annual: return 40
        }
    }
    /// The default size in points (pixels for PNG at scale 1).
    public static let defaultSize = Size(width: 800, height: 400)

    /// The periods shown, judged (the caller judges once and passes the series on).
    public var series: JudgedSeries
    public var size: Size
    /// Replaces the generated active title when set.
    public var title: String?
    /// The date the figures are as of, shown in the footer: "2021-11-10".
    public var asOfText: String
    /// Where the figures come from; the indicator's own source when nil.
    public var source: String?

    public init(
        series: JudgedSeries, size: Size = ChartSpec.defaultSize, title: String? = nil, asOfText: String,
        source: String? = nil
    ) {
        self.series = series
        self.size = size
        self.title = title
        self.asOfText = asOfText
        self.source = source
    }

    /// Judges `periods` periods (1 to ``maximumPeriods(for:)``, by default
    /// ``defaultPeriods(for:)``) of the indicator's frequency ending with `lastPeriod`, and charts them.
    public init(
        snapshot: IndicatorSnapshot, lastPeriod: Period, periods: Int? = nil,
        size: Size = ChartSpec.defaultSize, title: String? = nil, asOfText: String, source: String? = nil
    ) {
        let frequency = snapshot.indicator.frequency
        let count = min(max(periods ?? Self.defaultPeriods(for: frequency), 1), Self.maximumPeriods(for: frequency))
        self.init(
            series: JudgedSeries(snapshot, last: lastPeriod, count: count),
            size: size, title: title, asOfText: asOfText, source: source)
    }

    public var snapshot: IndicatorSnapshot { series.snapshot }
    /// The last period shown; the chart is "about" this period.
    public var lastPeriod: Period { series.last }
    /// How many periods are shown.
    public var periods: Int { series.entries.count }

    /// The period a chart or tile shows by default: the latest with a value, else the latest
    /// target's first period; nil when the indicator has neither.
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
