import KPIModel

/// Which way a change is good, as the SPC rules need it: the reference's `improvement_direction`.
///
/// Kept apart from ``Polarity`` because SPC has a third case, `neutral`, for indicators where
/// neither direction is better (a budget that should stay close to plan); a special cause is then
/// reported as high or low without judging it.
public enum ImprovementDirection: Int, Sendable, Hashable, CaseIterable {
    case increase = 1
    case decrease = -1
    case neutral = 0

    /// The direction for an indicator's polarity: higher is better means an increase is
    /// improvement; closer to target (a budget on plan) is neutral.
    public init(_ polarity: Polarity) {
        switch polarity {
        case .higherIsBetter: self = .increase
        case .lowerIsBetter: self = .decrease
        case .closer: self = .neutral
        }
    }
}
