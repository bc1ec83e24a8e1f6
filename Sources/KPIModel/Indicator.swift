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
    /// How often it is reported: every value and target is for a period of this frequency.
    public var frequency: Frequency
    /// Decimals shown in reports; figures themselves are kept exactly as typed.
    public var decimals: Int
    public var description: String?
    /// Where the figures come from: "FirstCare sickness system".
    public var source: String?
    /// The report section it belongs to: "Human Resources".
    public var theme: String?
    /// Whether a percent indicator may go below 0 or above 100 (a change in %, say).
    public var allowsAnyPercent: Bool
    /// Whether each value is the figure for the financial year to date ("spend to date",
    /// "% of audit plan completed during the year"): compared with a profiled target and with
    /// the same point last year, never with the previous period.
    public var cumulative: Bool
    /// For an indicator judged on closeness (``Polarity/closer``): how far from target, in
    /// percent of it, still counts as green, unless a target line says otherwise. Nil means 0.
    public var greenTolerance: Figure?
    /// When the indicator was first defined. History may be back-filled before it.
    public var definedAt: Timestamp
    /// Who defined it.
    public var definedBy: String?

    /// The most decimals a definition may ask for.
    public static let decimalsRange = 0...6

    public init(
        id: IndicatorID, title: String, unit: IndicatorUnit, polarity: Polarity, frequency: Frequency = .quarterly,
        decimals: Int? = nil, description: String? = nil, source: String? = nil, theme: String? = nil,
        allowsAnyPercent: Bool = false, cumulative: Bool = false, greenTolerance: Figure? = nil,
        definedAt: Timestamp, definedBy: String? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.decimals = decimals ?? unit.defaultDecimals
        self.description = description
        self.source = source
        self.theme = theme
        self.allowsAnyPercent = allowsAnyPercent
        self.cumulative = cumulative
        self.greenTolerance = greenTolerance
        self.definedAt = definedAt
        self.definedBy = definedBy
    }

    /// Checks that a figure fits this indicator: a percentage within 0–100 unless allowed.
    public func validate(_ figure: Figure, field: String = "value") throws(FieldError) {
        if unit == .percent, !allowsAnyPercent, !figure.isWithinPercentRange {
            throw .percentOutOfRange(field, figure, for: id)
        }
    }

    /// Checks that a period is of this indicator's frequency: a monthly indicator's values and
    /// targets are for months. The error lists the spellings that would do.
    public func validate(_ period: Period, field: String = "period") throws(FieldError) {
        try period.required(frequency.periodLength, "for the \(frequency.rawValue) indicator \(id)", field: field)
    }

    /// Checks a green tolerance: a percentage of 0 or more, and only for an indicator judged on
    /// closeness to its target (the other polarities have no green band to widen).
    public func validate(greenTolerance: Figure, field: String = "green-tolerance") throws(FieldError) {
        guard polarity == .closer else {
            throw .greenToleranceNotCloser(field, greenTolerance, for: id, polarity: polarity)
        }
        guard !greenTolerance.isNegative else {
            throw .negativePercentage(field, greenTolerance)
        }
    }
}
