/// A change to an indicator's definition: a `redefine` line, recorded like any history line.
///
/// Only the fields given change; the rest keep their value. Text fields (theme, source,
/// description) are cleared by an empty text, since a council may drop a theme. Changes apply
/// in the order they were recorded, so a report as of any moment uses the definition then in
/// force (see ``IndicatorHistory/definition(asOf:)``). The frequency is the exception: it may
/// change only before any period is recorded, so every view uses the one set last.
public struct DefinitionChange: Hashable, Sendable {
    public var title: String?
    public var unit: IndicatorUnit?
    public var polarity: Polarity?
    /// Allowed only while the indicator has no value, target or retirement.
    public var frequency: Frequency?
    public var decimals: Int?
    /// An empty text clears the theme.
    public var theme: String?
    /// An empty text clears the source.
    public var source: String?
    /// An empty text clears the description.
    public var description: String?
    public var allowsAnyPercent: Bool?
    /// Whether values are year-to-date figures from now on.
    public var cumulative: Bool?
    /// The green tolerance of a `closer` indicator, in percent of the target.
    public var greenTolerance: Figure?
    public var recordedAt: Timestamp
    /// Why the definition changed: "Title corrected".
    public var note: String?
    /// Who recorded the change.
    public var by: String?

    public init(
        title: String? = nil, unit: IndicatorUnit? = nil, polarity: Polarity? = nil, frequency: Frequency? = nil,
        decimals: Int? = nil, theme: String? = nil, source: String? = nil, description: String? = nil,
        allowsAnyPercent: Bool? = nil, cumulative: Bool? = nil, greenTolerance: Figure? = nil, recordedAt: Timestamp,
        note: String? = nil, by: String? = nil
    ) {
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.decimals = decimals
        self.theme = theme
        self.source = source
        self.description = description
        self.allowsAnyPercent = allowsAnyPercent
        self.cumulative = cumulative
        self.greenTolerance = greenTolerance
        self.recordedAt = recordedAt
        self.note = note
        self.by = by
    }

    /// Whether the change names no field at all (refused: it would change nothing).
    public var isEmpty: Bool { changedFields.isEmpty }

    /// The names of the fields this change sets, as the command line and files spell them.
    public var changedFields: [String] {
        var names: [String] = []
        if title != nil { names.append("title") }
        if unit != nil { names.append("unit") }
        if polarity != nil { names.append("better") }
        if frequency != nil { names.append("frequency") }
        if decimals != nil { names.append("decimals") }
        if theme != nil { names.append("theme") }
        if source != nil { names.append("source") }
        if description != nil { names.append("description") }
        if allowsAnyPercent != nil { names.append("allow-any-percent") }
        if cumulative != nil { names.append("cumulative") }
        if greenTolerance != nil { names.append("green-tolerance") }
        return names
    }
}

extension Indicator {
    /// The definition with `change` applied: only the fields it gives change.
    public func applying(_ change: DefinitionChange) -> Indicator {
        var result = self
        if let title = change.title { result.title = title }
        if let unit = change.unit {
            // A new unit without its own decimals keeps the decimals shown so far.
            result.unit = unit
        }
        if let polarity = change.polarity { result.polarity = polarity }
        if let frequency = change.frequency { result.frequency = frequency }
        if let decimals = change.decimals { result.decimals = decimals }
        if let theme = change.theme { result.theme = theme.isEmpty ? nil : theme }
        if let source = change.source { result.source = source.isEmpty ? nil : source }
        if let description = change.description { result.description = description.isEmpty ? nil : description }
        if let allows = change.allowsAnyPercent { result.allowsAnyPercent = allows }
        if let cumulative = change.cumulative { result.cumulative = cumulative }
        if let tolerance = change.greenTolerance { result.greenTolerance = tolerance }
        return result
    }

    /// The change that turns this definition into `other`, naming only the fields that differ;
    /// nil when they are the same. Used by `kpi import --definitions --update`.
    public func change(to other: Indicator, recordedAt: Timestamp, note: String? = nil, by: String? = nil)
        -> DefinitionChange?
    {
        var change = DefinitionChange(recordedAt: recordedAt, note: note, by: by)
        if other.title != title { change.title = other.title }
        if other.unit != unit { change.unit = other.unit }
        if other.polarity != polarity { change.polarity = other.polarity }
        if other.frequency != frequency { change.frequency = other.frequency }
        if other.decimals != decimals { change.decimals = other.decimals }
        if other.theme != theme { change.theme = other.theme ?? "" }
        if other.source != source { change.source = other.source ?? "" }
        if other.description != description { change.description = other.description ?? "" }
        if other.allowsAnyPercent != allowsAnyPercent { change.allowsAnyPercent = other.allowsAnyPercent }
        if other.cumulative != cumulative { change.cumulative = other.cumulative }
        if (other.greenTolerance?.decimal ?? 0) != (greenTolerance?.decimal ?? 0) {
            change.greenTolerance = other.greenTolerance ?? Figure(0)
        }
        return change.isEmpty ? nil : change
    }
}
