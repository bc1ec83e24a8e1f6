/// The "variation" icon of Making Data Count: what the latest point says about the process.
///
/// It reads the last point only: a process that had special causes earlier but whose latest
/// point is common cause shows `commonCause`. High or low says whether the latest special cause
/// is above the mean or increasing (high) or below it or decreasing (low), so a falling sickness
/// rate flagged by a trend is `improvementLow`.
public enum VariationIcon: String, Sendable, Hashable, CaseIterable {
    case commonCause = "common-cause"
    case improvementHigh = "improvement-high"
    case improvementLow = "improvement-low"
    case concernHigh = "concern-high"
    case concernLow = "concern-low"
    case neutralHigh = "neutral-high"
    case neutralLow = "neutral-low"

    /// The icon for a point of `type` whose rule points `direction` (+1 high, −1 low).
    public init(type: SPCPointType, direction: Int) {
        let high = direction > 0
        switch type {
        case .commonCause: self = .commonCause
        case .improvement: self = high ? .improvementHigh : .improvementLow
        case .concern: self = high ? .concernHigh : .concernLow
        case .neutralHigh, .neutralLow: self = high ? .neutralHigh : .neutralLow
        }
    }

    /// The kind of variation without high or low.
    public var pointType: SPCPointType {
        switch self {
        case .commonCause: .commonCause
        case .improvementHigh, .improvementLow: .improvement
        case .concernHigh, .concernLow: .concern
        case .neutralHigh: .neutralHigh
        case .neutralLow: .neutralLow
        }
    }

    /// Whether the special cause is above the mean or increasing; nil for common cause.
    public var isHigh: Bool? {
        switch self {
        case .commonCause: nil
        case .improvementHigh, .concernHigh, .neutralHigh: true
        case .improvementLow, .concernLow, .neutralLow: false
        }
    }

    /// The words a committee reads: "common cause", "special cause: improvement",
    /// "special cause: concern", "special cause: neutral".
    public var phrase: String {
        self == .commonCause ? "common cause" : "special cause: \(pointType.word)"
    }

    /// The phrase with high or low: "special cause: concern (higher values)".
    public var fullPhrase: String {
        guard let isHigh else { return phrase }
        return "\(phrase) (\(isHigh ? "higher" : "lower") values)"
    }
}
