import Foundation
import KPIModel
import KPIStatus

/// The quarters a chart or sparkline shows, each with its value, target and own status.
///
/// Computed once from a snapshot so layout never re-derives status rules: each quarter is
/// judged against the target in force for that quarter (targets change by year), and a quarter
/// without a value stays in the series as a gap rather than becoming a zero.
public struct QuarterSeries: Sendable {
    /// One quarter of the series.
    public struct Entry: Sendable {
        public let period: Period
        public let value: Figure?
        public let target: Target?
        /// The amber/red boundary in force, or nil when there is no target or amber band.
        public let amberThreshold: Decimal?
        public let status: Status
    }

    public let indicator: Indicator
    /// Oldest first; the last entry is the quarter the chart is "about".
    public let entries: [Entry]

    /// The `count` quarters ending with `last` (fewer only at the edge of the supported years).
    public init(snapshot: IndicatorSnapshot, last: Period, count: Int) {
        let polarity = snapshot.indicator.polarity
        indicator = snapshot.indicator
        // Consecutive quarters mostly share a target: its threshold (a decimal division) is
        // worked out once per target, not twice per quarter.
        var known: (target: Target, threshold: Decimal?)?
        entries = (0..<max(count, 1)).reversed().compactMap { last.advanced(by: -$0) }.map { period in
            let value = snapshot.value(for: period)?.value
            let target = snapshot.target(for: period)
            var threshold: Decimal?
            if let target {
                if let known, known.target == target {
                    threshold = known.threshold
                } else {
                    threshold = target.amberThreshold(polarity: polarity)
                    known = (target, threshold)
                }
            }
            return Entry(period: period, value: value, target: target, amberThreshold: threshold,
                         status: StatusRules.status(value: value?.decimal, target: target?.value.decimal,
                                                    amberThreshold: threshold, polarity: polarity))
        }
    }

    public var first: Period { entries.first!.period }
    public var last: Period { entries.last!.period }

    /// The number of quarters with no value.
    public var missingCount: Int { entries.filter { $0.value == nil }.count }

    /// The latest entry that has a value, if any.
    public var latestWithValue: Entry? { entries.last { $0.value != nil } }

    /// "2019/20 Q3 to 2021/22 Q2", or the single period.
    public var rangeText: String {
        first == last ? "\(last)" : "\(first) to \(last)"
    }
}
