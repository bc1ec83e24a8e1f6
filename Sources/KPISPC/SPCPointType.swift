/// What a point on an XmR chart signals: common cause, or a special cause that is an
/// improvement, a concern, or (for a neutral indicator) simply high or low.
public enum SPCPointType: String, Sendable, Hashable, CaseIterable {
    case commonCause = "common-cause"
    case improvement
    case concern
    case neutralHigh = "neutral-high"
    case neutralLow = "neutral-low"

    /// The type of a point whose rule points `direction` (+1 above or increasing, −1 below or
    /// decreasing, 0 no rule), judged by the improvement direction.
    public init(direction: Int, improvement: ImprovementDirection) {
        if direction == 0 {
            self = .commonCause
        } else if improvement == .neutral {
            self = direction > 0 ? .neutralHigh : .neutralLow
        } else {
            self = direction * improvement.rawValue > 0 ? .improvement : .concern
        }
    }

    /// The legend word: "common cause", "improvement", "concern", "neutral".
    public var word: String {
        switch self {
        case .commonCause: "common cause"
        case .improvement: "improvement"
        case .concern: "concern"
        case .neutralHigh, .neutralLow: "neutral"
        }
    }
}
