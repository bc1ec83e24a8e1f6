/// Which direction is good for an indicator: more website users, fewer sickness days, or
/// spending close to plan.
///
/// Status and direction of travel are judged by polarity, never by whether a number went up.
public enum Polarity: String, CaseIterable, Sendable, Hashable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
    /// Good is near the target on either side: a budget, where a large underspend (slippage)
    /// is as much a problem as an overspend. Judged on the distance from target in percent of it.
    case closer

    /// Reads `higher`, `lower` or `closer` as written in a Series file or given to `--better`.
    public init(parsing text: String) throws(FieldError) {
        guard let polarity = Polarity(rawValue: text.lowercased()) else {
            throw .unknownPolarity(found: text)
        }
        self = polarity
    }

    /// Words for a person: "higher is better", "closer to target is better".
    public var phrase: String {
        self == .closer ? "closer to target is better" : "\(rawValue) is better"
    }
}
