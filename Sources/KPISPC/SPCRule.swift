/// The four special-cause rules of "Making Data Count", in the priority a point is reported by.
///
/// A point that breaks several rules is reported by the first: outside the limits, then trend,
/// then two in three near a limit, then shift (the reference's order).
public enum SPCRule: String, Sendable, Hashable, CaseIterable {
    /// Beyond a process limit (strictly).
    case outsideLimits = "outside-limits"
    /// Part of a run of points each strictly above (or below) the one before.
    case trend
    /// Near a limit, with at least one more of three consecutive points near it on the same side.
    case twoInThree = "two-in-three"
    /// Part of a run of points on the same side of the mean.
    case shift

    /// Words for a person: "outside the process limits", "7-point trend".
    public func phrase(_ settings: SPCSettings) -> String {
        switch self {
        case .outsideLimits: "outside the process limits"
        case .trend: "\(settings.trend)-point trend"
        case .twoInThree: "2 of 3 points near a limit"
        case .shift: "\(settings.shift)-point shift"
        }
    }
}
