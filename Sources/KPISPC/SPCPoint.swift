import KPIModel

/// One point of an XmR chart with everything the rules found about it.
public struct SPCPoint: Hashable, Sendable {
    public let period: Period
    public let value: Double
    /// |value − previous value| within the segment, screened out or not; nil for a segment's first point.
    public let movingRange: Double?
    /// Beyond a process limit (strictly).
    public let outside: Bool
    /// Within the process limits but beyond a near limit (strictly).
    public let close: Bool
    /// +1 above the mean, −1 below, 0 exactly on it.
    public let side: Int
    /// The highest-priority rule the point breaks, or nil for common cause.
    public let rule: SPCRule?
    /// Which way the rule points: +1 above the mean or increasing, −1 below or decreasing, 0 for no rule.
    public let direction: Int
    public let type: SPCPointType

    public init(
        period: Period, value: Double, movingRange: Double?, outside: Bool, close: Bool, side: Int,
        rule: SPCRule?, direction: Int, type: SPCPointType
    ) {
        self.period = period
        self.value = value
        self.movingRange = movingRange
        self.outside = outside
        self.close = close
        self.side = side
        self.rule = rule
        self.direction = direction
        self.type = type
    }
}
