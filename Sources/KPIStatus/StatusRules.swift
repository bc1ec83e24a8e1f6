import FoundationEssentials
import KPIModel

/// The rules that turn a figure and a target into a status and a direction of travel.
///
/// Pure functions of their inputs: no files, no clocks. With target T and amber threshold A:
/// - higher is better: `v >= T` green; `A <= v < T` amber; `v < A` red.
/// - lower is better: `v <= T` green; `T < v <= A` amber; `v > A` red.
/// - closer is better, with green tolerance G and amber tolerance A (percentages, A >= G) and
///   `d = |v - T| / |T| * 100`: `d <= G` green; `G < d <= A` amber; `d > A` red.
/// - no amber rule means an empty amber band; no target means `noTarget`; no value `missing`.
public enum StatusRules {
    /// The status of a value against a target: by the amber threshold for higher and lower is
    /// better; by the green and amber tolerances (in percent of the target; amber defaults to
    /// green) for closer. A target of 0 cannot be judged on closeness: `noTarget`. The amber
    /// threshold is worked out only when the value misses the target (for a tolerance it is a
    /// decimal division).
    public static func status(
        value: Decimal?, target: Decimal?, amberThreshold: @autoclosure () -> Decimal?, greenTolerance: Decimal = 0,
        amberTolerance: Decimal? = nil, polarity: Polarity
    ) -> Status {
        guard let value else { return .missing }
        guard let target else { return .noTarget }
        switch polarity {
        case .higherIsBetter:
            if value >= target { return .green }
            if let amber = amberThreshold(), value >= amber { return .amber }
            return .red
        case .lowerIsBetter:
            if value <= target { return .green }
            if let amber = amberThreshold(), value <= amber { return .amber }
            return .red
        case .closer:
            guard let d = distance(value: value, target: target) else { return .noTarget }
            if d <= greenTolerance { return .green }
            if d <= amberTolerance ?? greenTolerance { return .amber }
            return .red
        }
    }

    /// The status of a recorded value against a target (and its amber rule or, for a `closer`
    /// indicator, its green and amber tolerances).
    public static func status(value: Figure?, target: Target?, polarity: Polarity) -> Status {
        let closeness = target?.closeness
        return status(
            value: value?.decimal, target: target?.value.decimal,
            amberThreshold: target?.amberThreshold(polarity: polarity), greenTolerance: closeness?.green ?? 0,
            amberTolerance: closeness?.amber, polarity: polarity)
    }

    /// How far a value is from its target in percent of the target, `|v - T| / |T| * 100`,
    /// exact in decimal; nil when the target is 0 (refused for `closer` indicators).
    public static func distance(value: Decimal, target: Decimal) -> Decimal? {
        guard target != 0 else { return nil }
        return (value - target).magnitude / target.magnitude * 100
    }

    /// The direction of travel from an earlier figure to the current one.
    public static func direction(from earlier: Decimal?, to current: Decimal?, polarity: Polarity) -> DirectionOfTravel
    {
        guard let earlier, let current else { return .unknown }
        if current == earlier { return .noChange }
        let wentUp = current > earlier
        switch polarity {
        case .higherIsBetter: return wentUp ? .improving : .worsening
        case .lowerIsBetter, .closer: return wentUp ? .worsening : .improving
        }
    }

    /// The direction of travel of a period's figure against an earlier period's, each with its
    /// own target: by polarity; for a `closer` indicator by the distance from target (nearer is
    /// improving), unknown when either period has no target.
    public static func direction(
        from earlier: (value: Figure?, target: Target?), to current: (value: Figure?, target: Target?),
        polarity: Polarity
    ) -> DirectionOfTravel {
        guard polarity == .closer else {
            return direction(from: earlier.value?.decimal, to: current.value?.decimal, polarity: polarity)
        }
        func distance(_ side: (value: Figure?, target: Target?)) -> Decimal? {
            guard let value = side.value, let target = side.target else { return nil }
            return Self.distance(value: value.decimal, target: target.value.decimal)
        }
        return direction(from: distance(earlier), to: distance(current), polarity: .closer)
    }

    /// The variance from target, `v - T`, exact; nil without a value or a target.
    public static func variance(value: Figure?, target: Target?) -> Decimal? {
        guard let value, let target else { return nil }
        return value.decimal - target.value.decimal
    }

    /// The variance in percent of the target, `(v - T) / |T| * 100`, rounded to 1 decimal place
    /// half away from zero; nil without a variance or when the target is 0.
    public static func variancePercent(value: Figure?, target: Target?) -> Decimal? {
        guard let variance = variance(value: value, target: target), let target, target.value.decimal != 0 else {
            return nil
        }
        return (variance / target.value.decimal.magnitude * 100).rounded(toPlaces: 1)
    }
}
