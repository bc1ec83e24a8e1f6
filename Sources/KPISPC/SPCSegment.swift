import KPIModel

/// A run of points judged against one set of limits: the whole series, or the part from one
/// rebase period to the next.
///
/// Limits and rules never reach across segments, so a process that was deliberately changed
/// (a new system, a new service model) is judged on its own points after the change.
public struct SPCSegment: Hashable, Sendable {
    /// Segments of fewer points than this have trial limits, which move with each new point.
    public static let stablePointCount = 13

    public let limits: SPCLimits
    /// The segment's points, oldest first; never empty.
    public let points: [SPCPoint]

    /// Judges `values` (one segment, oldest first) with the four rules in priority order.
    public init(_ values: [(period: Period, value: Double)], settings: SPCSettings, improvement: ImprovementDirection) {
        precondition(!values.isEmpty, "a segment has at least one point")
        let numbers = values.map(\.value)
        let limits = SPCLimits(values: numbers, settings: settings)
        let side = numbers.map(limits.side)
        let outside = numbers.map(limits.isOutside)
        let close = numbers.map(limits.isClose)
        let trend = SPCRules.trend(numbers, length: settings.trend)
        let twoInThree = SPCRules.twoInThree(close: close, side: side)
        let shift = SPCRules.shift(side: side, length: settings.shift)
        self.limits = limits
        points = values.indices.map { index in
            let rule: SPCRule?
            let direction: Int
            if outside[index] {
                (rule, direction) = (.outsideLimits, side[index])
            } else if trend[index] != 0 {
                (rule, direction) = (.trend, trend[index])
            } else if twoInThree[index] {
                (rule, direction) = (.twoInThree, side[index])
            } else if shift[index] {
                (rule, direction) = (.shift, side[index])
            } else {
                (rule, direction) = (nil, 0)
            }
            return SPCPoint(
                period: values[index].period, value: numbers[index],
                movingRange: index == 0 ? nil : abs(numbers[index] - numbers[index - 1]),
                outside: outside[index], close: close[index], side: side[index], rule: rule,
                direction: direction, type: SPCPointType(direction: direction, improvement: improvement))
        }
    }

    public var from: Period { points.first!.period }
    public var to: Period { points.last!.period }

    /// Whether the limits are trial limits: fewer than ``stablePointCount`` points.
    public var trial: Bool { points.count < Self.stablePointCount }
}
