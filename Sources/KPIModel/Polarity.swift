/// Which direction is good for an indicator: more website users, or fewer sickness days.
///
/// Status and direction of travel are judged by polarity, never by whether a number went up.
public enum Polarity: String, CaseIterable, Sendable, Hashable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"

    /// Reads `higher` or `lower` as written in a Series file or given to `--better`.
    public init(parsing text: String) throws(FieldError) {
        guard let polarity = Polarity(rawValue: text.lowercased()) else {
            throw FieldError(field: "better", "expected higher or lower, found \(quoted(text))")
        }
        self = polarity
    }

    /// Words for a person: "higher is better".
    public var phrase: String { "\(rawValue) is better" }
}
