/// What an indicator's figures count, which decides how they are shown and checked.
public enum IndicatorUnit: String, CaseIterable, Sendable, Hashable {
    /// A percentage, 0 to 100 unless the indicator allows otherwise ("85%").
    case percent
    /// A whole count of things ("175,776 users").
    case count
    /// Days, such as sickness absence days per FTE ("8.2 days").
    case days
    /// Pounds sterling ("£1.83m").
    case gbp
    /// Any other number.
    case number

    /// Reads a unit name as written in a Series file or on the command line.
    public init(parsing text: String) throws(FieldError) {
        guard let unit = IndicatorUnit(rawValue: text.lowercased()) else {
            throw .unknownUnit(found: text)
        }
        self = unit
    }

    /// The number of decimals shown when the definition does not say.
    public var defaultDecimals: Int {
        switch self {
        case .percent, .count, .gbp: return 0
        case .days, .number: return 2
        }
    }
}
