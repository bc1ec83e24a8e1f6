import KPIModel

/// Statistical process control for one series, as NHS England's "Making Data Count" does it:
/// XmR limits per segment, the four special-cause rules, each point's type, and the variation
/// and assurance icons.
///
/// Computed exactly as the NHS-R reference implementation (NHSRplotthedots 0.2) does, so a
/// trust or council can check kpi's figures against it; where issue 15 settles a case the
/// reference leaves open (no moving range left, a tie between two trends, the trial warning)
/// the issue is followed and the place says so. The input is an ordered list of
/// (period, value), so the calculation does not care whether periods are quarters or months;
/// missing periods are simply not in the list. Values are `Double`s: these are statistics, not
/// recorded figures.
public struct SPCAnalysis: Sendable {
    public let settings: SPCSettings
    public let improvement: ImprovementDirection
    /// The target for the last point's period, when there is one.
    public let target: Double?
    /// Oldest first; the first starts at the first point, each later one at a rebase.
    public let segments: [SPCSegment]
    /// The last point's variation.
    public let variation: VariationIcon
    /// Where the target sits against the last segment's limits; nil without a target or for a
    /// neutral indicator.
    public let assurance: AssuranceIcon?

    /// The fewest points an analysis needs: one moving range.
    public static let minimumPoints = 2

    /// Analyses `values` (oldest first, one per period, missing periods left out), starting a
    /// new segment at each period in `rebase`.
    ///
    /// A rebase period must lie within the series; one with no value of its own starts the new
    /// segment at the next point that has one, and one at the first point changes nothing.
    /// Throws when there are fewer than ``minimumPoints`` values or a rebase period lies
    /// outside the series.
    public init(
        _ values: [(period: Period, value: Double)], rebase: [Period] = [], settings: SPCSettings = .standard,
        improvement: ImprovementDirection, target: Double? = nil
    ) throws(FieldError) {
        precondition(
            zip(values, values.dropFirst()).allSatisfy { $0.period < $1.period },
            "values in period order, one per period")
        guard values.count >= Self.minimumPoints, let first = values.first?.period, let last = values.last?.period
        else {
            let found = values.first.map { "1 (\($0.period))" } ?? "none"
            throw .tooFewValues(minimum: Self.minimumPoints, found: found)
        }
        var starts: Set<Int> = [0]
        for period in rebase {
            guard first <= period, period <= last else {
                throw .rebaseOutsideSeries(first: first, last: last, found: period)
            }
            starts.insert(values.firstIndex { $0.period >= period }!)
        }
        let bounds = starts.sorted() + [values.count]
        segments = zip(bounds, bounds.dropFirst()).map { start, end in
            SPCSegment(Array(values[start..<end]), settings: settings, improvement: improvement)
        }
        self.settings = settings
        self.improvement = improvement
        self.target = target
        let latest = segments.last!.points.last!
        variation = VariationIcon(type: latest.type, direction: latest.direction)
        let limits = segments.last!.limits
        assurance = target.flatMap {
            AssuranceIcon(
                target: $0, lower: limits.lowerProcessLimit, upper: limits.upperProcessLimit, improvement: improvement)
        }
    }

    /// Every point, oldest first.
    public var points: [SPCPoint] { segments.flatMap(\.points) }

    /// The periods where a segment after the first starts.
    public var rebasePeriods: [Period] { segments.dropFirst().map(\.from) }

    /// The last point.
    public var latest: SPCPoint { segments.last!.points.last! }

    /// A sentence when the last segment's limits are trial limits, else nil.
    ///
    /// Only the last segment decides (issue 15): it is the one the icons are judged on. The
    /// reference warns when any segment is short.
    public var warning: String? {
        guard let segment = segments.last, segment.trial else { return nil }
        return
            "trial limits: the \(segments.count > 1 ? "last segment" : "series") (\(segment.from) to \(segment.to)) has \(segment.points.count) point\(segment.points.count == 1 ? "" : "s"), fewer than \(SPCSegment.stablePointCount), so its limits will move as points are added"
    }
}
