/// Whether a figure got better or worse than an earlier one, judged by polarity.
///
/// A fall in sickness days is `improving`; a fall in website users is `worsening`.
public enum DirectionOfTravel: String, CaseIterable, Sendable, Hashable {
    case improving
    case worsening
    case noChange = "no-change"
    /// Either figure is missing, so no comparison can be made.
    case unknown

    /// "Improving", "Worsening", "No change", "Unknown".
    public var word: String {
        switch self {
        case .improving: return "Improving"
        case .worsening: return "Worsening"
        case .noChange: return "No change"
        case .unknown: return "Unknown"
        }
    }

    /// Words comparing with a named earlier period: "Better than last quarter".
    public func phrase(comparedWith earlier: String) -> String {
        switch self {
        case .improving: return "Better than \(earlier)"
        case .worsening: return "Worse than \(earlier)"
        case .noChange: return "Same as \(earlier)"
        case .unknown: return "No figure for \(earlier)"
        }
    }

    /// A text arrow for terminals: ↑ better, ↓ worse (by polarity, not by value), → same.
    public var symbol: String {
        switch self {
        case .improving: return "↑"
        case .worsening: return "↓"
        case .noChange: return "→"
        case .unknown: return "?"
        }
    }
}
