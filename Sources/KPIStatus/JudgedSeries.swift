import KPIModel

/// One indicator judged period by period over consecutive periods of its own frequency (months,
/// quarters or years): every figure, target, status and direction of travel that a chart, tile,
/// table or report shows, computed once.
///
/// Made once per indicator and passed on: the pack judges each indicator's quarters here and
/// its chart, tile, tables and web page all read the same values, so they can never disagree.
/// A period without a value stays in the series (as a gap on a chart, never a zero).
public struct JudgedSeries: Sendable {
    /// The indicator as it stood (the snapshot the series was judged from).
    public let snapshot: IndicatorSnapshot
    /// Oldest first; the last entry is the period the series is "about".
    public let entries: [Assessment]

    /// The `count` periods of `last`'s length ending with `last` (fewer only at the edge of the
    /// supported years).
    public init(_ snapshot: IndicatorSnapshot, last: Period, count: Int) {
        self.snapshot = snapshot
        entries = (0..<max(count, 1)).reversed().compactMap { last.advanced(by: -$0) }.map {
            Assessment(snapshot, period: $0)
        }
    }

    /// Every period from `first` to `last` (both of the same length).
    public init(_ snapshot: IndicatorSnapshot, from first: Period, through last: Period) {
        self.init(snapshot, last: last, count: max(last.ordinal - first.ordinal + 1, 1))
    }

    init(snapshot: IndicatorSnapshot, entries: [Assessment]) {
        self.snapshot = snapshot
        self.entries = entries
    }

    public var indicator: Indicator { snapshot.indicator }
    public var first: Period { entries[0].period }
    public var last: Period { entries[entries.count - 1].period }
    /// The period the series is about, judged.
    public var latest: Assessment { entries[entries.count - 1] }

    /// The last `count` periods of the series (all of it when shorter).
    public func suffix(_ count: Int) -> JudgedSeries {
        JudgedSeries(snapshot: snapshot, entries: Array(entries.suffix(max(count, 1))))
    }

    /// The judgement of one period in the series, or nil when it is outside it (or of another
    /// length).
    public subscript(period: Period) -> Assessment? {
        guard period.length == first.length else { return nil }
        let offset = period.ordinal - first.ordinal
        return entries.indices.contains(offset) ? entries[offset] : nil
    }

    /// The number of periods with no value.
    public var missingCount: Int { entries.filter { $0.value == nil }.count }

    /// The latest entry that has a value, if any.
    public var latestWithValue: Assessment? { entries.last { $0.value != nil } }

    /// "2019/20 Q3 to 2021/22 Q2", or the single period.
    public var rangeText: String {
        first == last ? "\(last)" : "\(first) to \(last)"
    }
}
