/// How often an indicator is reported: every month, every quarter or once a financial year.
///
/// Councils report most indicators quarterly, some monthly (calls answered, benefit processing
/// days) and some annually (resident surveys, emissions). Every value and target of an indicator
/// is for a period of its frequency's ``periodLength``.
public enum Frequency: String, CaseIterable, Sendable, Hashable {
    case monthly
    case quarterly
    case annual

    /// Reads `monthly`, `quarterly` or `annual` as written in a Series file or given to
    /// `--frequency`.
    public init(parsing text: String) throws(FieldError) {
        guard let frequency = Frequency(rawValue: text.lowercased()) else {
            throw .unknownFrequency(found: text)
        }
        self = frequency
    }

    /// The length of the periods its figures are for.
    public var periodLength: Period.Length {
        switch self {
        case .monthly: return .month
        case .quarterly: return .quarter
        case .annual: return .year
        }
    }
}
