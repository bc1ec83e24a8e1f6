/// Whether a figure got better or worse than an earlier one, judged by polarity.
///
/// A fall in sickness days is `improving`; a fall in website users is `worsening`; for a
/// budget judged on closeness, getting nearer to plan is `improving`.
public enum DirectionOfTravel: String, CaseIterable, Sendable, Hashable {
    case improving
    case worsening
    case noChange = "no-change"
    /// Either figure is missing, so no comparison can be made.
    case unknown
    /// The comparison is meaningless, so it is not made: a year-to-date figure against the
    /// previous period (Q1 of one year against the whole of the year before). Used for nothing else.
    case notComparable = "not-comparable"

    /// "Improving", "Worsening", "No change", "Unknown", "Not comparable (year to date)".
    public var word: String {
        switch self {
        case .improving: return "Improving"
        case .worsening: return "Worsening"
        case .noChange: return "No change"
        case .unknown: return "Unknown"
        case .notComparable: return "Not comparable (year to date)"
        }
    }

    /// Words comparing with a named earlier period: "Better than last quarter".
    public func phrase(comparedWith earlier: String) -> String {
        switch self {
        case .improving: return "Better than \(earlier)"
        case .worsening: return "Worse than \(earlier)"
        case .noChange: return "Same as \(earlier)"
        case .unknown: return "No figure for \(earlier)"
        case .notComparable: return "Not comparable with \(earlier) (year to date)"
        }
    }

    /// A text arrow for terminals: ↑ better, ↓ worse (by polarity, not by value), → same; none
    /// for a comparison not made.
    public var symbol: String {
        switch self {
        case .improving: return "↑"
        case .worsening: return "↓"
        case .noChange: return "→"
        case .unknown: return "?"
        case .notComparable: return "·"
        }
    }

    /// The short words of a table cell: "↑ Better", "↓ Worse", "→ Same", "–", and "Not
    /// comparable (year to date)" spelt out, because no arrow may stand for it.
    public var cellText: String {
        switch self {
        case .improving: return "↑ Better"
        case .worsening: return "↓ Worse"
        case .noChange: return "→ Same"
        case .unknown: return "–"
        case .notComparable: return "Not comparable (year to date)"
        }
    }
}
