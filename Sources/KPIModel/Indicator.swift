/// The definition of a performance indicator: what it measures and how it is judged.
///
/// The first version is written at the top of the indicator's Series file; its figures,
/// targets and later changes to the definition (``DefinitionChange``) follow as history lines.
public struct Indicator: Hashable, Sendable {
    public var id: IndicatorID
    /// The title a committee reads: "% of ICT incidents resolved in under 2 days".
    public var title: String
    public var unit: IndicatorUnit
    public var polarity: Polarity
    /// Decimals shown in reports; figures themselves are kept exactly as typed.
    public var decimals: Int
    public var description: String?
    /// Where the figures come from: "FirstCare sickness system".
    public var source: String?
    /// The report section it belongs to: "Human Resources".
    public var theme: String?
    /// Whether a percent indicator may go below 0 or above 100 (a change in %, say).
    public var allowsAnyPercent: Bool
    /// When the indicator was first defined. History may be back-filled before it.
    public var definedAt: Timestamp
    /// Who defined it.
    public var definedBy: String?

    /// The most decimals a definition may ask for.
    public static let decimalsRange = 0...6

    public init(id: IndicatorID, title: String, unit: IndicatorUnit, polarity: Polarity, decimals: Int? = nil,
                description: String? = nil, source: String? = nil, theme: String? = nil,
                allowsAnyPercent: Bool = false, definedAt: Timestamp, definedBy: String? = nil) {
        self.id = id
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.decimals = decimals ?? unit.defaultDecimals
        self.description = description
        self.source = source
        self.theme = theme
        self.allowsAnyPercent = allowsAnyPercent
        self.definedAt = definedAt
        self.definedBy = definedBy
    }

    /// Checks that a figure fits this indicator: a percentage within 0–100 unless allowed.
    public func validate(_ figure: Figure, field: String = "value") throws(FieldError) {
        if unit == .percent, !allowsAnyPercent, !figure.isWithinPercentRange {
            throw FieldError(field: field, "expected a percentage from 0 to 100 for \(id), found \(figure.text) (define the indicator with --allow-any-percent to allow this)")
        }
    }
}
