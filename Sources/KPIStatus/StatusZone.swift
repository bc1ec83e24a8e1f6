import FoundationEssentials
import KPIModel

/// A range of values that takes one status against a target: what a chart shades behind the
/// trend and names on the band edges.
///
/// Worked out here, beside the rules, so the shading can never disagree with the status a
/// point gets. A nil bound is open: the zone runs off the chart that way.
public struct StatusZone: Sendable, Hashable {
    public var low: Decimal?
    public var high: Decimal?
    public var status: Status

    public init(low: Decimal?, high: Decimal?, status: Status) {
        self.low = low
        self.high = high
        self.status = status
    }
}

extension Target {
    /// The amber and red zones around the target for `polarity`, amber first: below the target
    /// when higher is better, above it when lower is better, on both sides for closer
    /// (amber beyond G% of |T| up to A%, red beyond A%). Empty amber bands are left out.
    public func zones(polarity: Polarity) -> [StatusZone] {
        let target = value.decimal
        switch polarity {
        case .higherIsBetter:
            let amber = amberThreshold(polarity: polarity) ?? target
            return (amber < target ? [StatusZone(low: amber, high: target, status: .amber)] : [])
                + [StatusZone(low: nil, high: amber, status: .red)]
        case .lowerIsBetter:
            let amber = amberThreshold(polarity: polarity) ?? target
            return (amber > target ? [StatusZone(low: target, high: amber, status: .amber)] : [])
                + [StatusZone(low: amber, high: nil, status: .red)]
        case .closer:
            let (greenPercent, amberPercent) = closeness
            let green = target.magnitude * greenPercent / 100, amber = target.magnitude * amberPercent / 100
            var zones: [StatusZone] = []
            if amber > green {
                zones.append(StatusZone(low: target - amber, high: target - green, status: .amber))
                zones.append(StatusZone(low: target + green, high: target + amber, status: .amber))
            }
            zones.append(StatusZone(low: nil, high: target - amber, status: .red))
            zones.append(StatusZone(low: target + amber, high: nil, status: .red))
            return zones
        }
    }

    /// The finite edges of the zones (the amber thresholds, or the closer band's four edges).
    public func zoneEdges(polarity: Polarity) -> [Decimal] {
        zones(polarity: polarity).flatMap { [$0.low, $0.high].compactMap { $0 } }.filter { $0 != value.decimal }
    }
}
