import KPIModel

extension StoreTransaction {
    /// Stages a new indicator, optionally with its first target (whose period must be of the
    /// indicator's frequency).
    public mutating func define(_ indicator: Indicator, target: TargetChange? = nil) throws {
        if exists(indicator.id) {
            throw KPIError.indicatorExists(indicator.id, path: store.path(for: indicator.id))
        }
        var content = SeriesLine.definition(indicator)
        if let target {
            try Store.validate(target, for: IndicatorHistory(indicator: indicator), location: .commandLine)
            content += SeriesLine.target(target)
        }
        create(indicator.id, content: content)
    }

    /// Stages a target change for an indicator.
    public mutating func addTarget(_ change: TargetChange, to id: IndicatorID) throws {
        let history = try history(id)
        try Store.validate(change, for: history, location: .commandLine)
        append(SeriesLine.target(change), to: id)
    }

    /// Stages a value for a period of the indicator's frequency (or, with `kind` `.forecast`, the
    /// year-end forecast made in it); with `revise`, a correction of the one in force. Returns
    /// the observation staged.
    public mutating func record(
        _ id: IndicatorID, period: Period, value: Figure, note: String?, revise: Bool,
        recordedAt: Timestamp, by: String? = nil, kind: FigureKind = .value
    ) throws -> Observation {
        let file = try file(id)
        let history = try file.requireHistory()
        let observation = try Store.observation(
            for: history, in: file, period: period, value: value, note: note,
            revise: revise, recordedAt: recordedAt, by: by, location: .commandLine,
            kind: kind)
        append(SeriesLine.observation(observation, kind: kind), to: id)
        return observation
    }

    /// Stages a change to an indicator's definition. Refused when the new definition would make
    /// a value or target in force break the rules, naming the lines, or would change the
    /// frequency of an indicator that already has periods recorded.
    public mutating func redefine(_ id: IndicatorID, _ change: DefinitionChange) throws {
        let file = try file(id)
        let history = try file.requireHistory()
        try Store.validateRedefinition(change, of: history, in: file)
        append(SeriesLine.redefinition(change), to: id)
    }

    /// Stages a retirement from a period of the indicator's frequency, or a reinstatement.
    /// Reinstating an indicator that is not retired is refused (65).
    public mutating func retire(_ id: IndicatorID, _ retirement: Retirement) throws {
        let history = try history(id)
        switch retirement.kind {
        case .reinstate:
            if history.retiredFrom(asOf: nil) == nil {
                throw KPIError.notRetired(id, path: store.path(for: id))
            }
        case .retire(let period):
            try located(.option("--from")) { () throws(FieldError) in try history.definition(asOf: nil).validate(period)
            }
        }
        append(SeriesLine.retirement(retirement), to: id)
    }
}
