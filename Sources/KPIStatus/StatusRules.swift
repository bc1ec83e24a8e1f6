import Foundation
import KPIModel

/// The rules that turn a figure and a target into a status and a direction of travel.
///
/// Pure functions of their inputs: no files, no clocks. With target T and amber threshold A:
/// - higher is better: `v >= T` green; `A <= v < T` amber; `v < A` red.
/// - lower is better: `v <= T` green; `T < v <= A` amber; `v > A` red.
/// - no amber rule means an empty amber band; no target means `noTarget`; no value `missing`.
public enum StatusRules {
    /// The status of a value against a target.
    public static func status(value: Decimal?, target: Decimal?, amberThreshold: Decimal?, polarity: Polarity) -> Status {
        guard let value else { return .missing }
        guard let target else { return .noTarget }
        switch polarity {
        case .higherIsBetter:
            if value >= target { return .green }
            if let amber = amberThreshold, value >= amber { return .amber }
            return .red
        case .lowerIsBetter:
            if value <= target { return .green }
            if let amber = amberThreshold, value <= amber { return .amber }
            return .red
        }
    }

    /// The status of a recorded value against a target (and its amber rule).
    public static func status(value: Figure?, target: Target?, polarity: Polarity) -> Status {
        status(value: value?.decimal, target: target?.value.decimal,
               amberThreshold: target?.amberThreshold(polarity: polarity), polarity: polarity)
    }

    /// The direction of travel from an earlier figure to the current one.
    public static func direction(from earlier: Decimal?, to current: Decimal?, polarity: Polarity) -> DirectionOfTravel {
        guard let earlier, let current else { return .unknown }
        if current == earlier { return .noChange }
        let wentUp = current > earlier
        return wentUp == (polarity == .higherIsBetter) ? .improving : .worsening
    }
}
