import KPIModel

extension Store {
    // The commands as whole writes, for callers that already know their periods. The command
    // line reads period text inside `write` instead, once the store's year start is known.

    /// Adds a new indicator, optionally with its first target.
    @discardableResult
    public func define(_ indicator: Indicator, target: TargetChange? = nil) throws -> [String] {
        try write { try $0.define(indicator, target: target) }
    }

    /// Adds a target change to an indicator.
    @discardableResult
    public func addTarget(_ change: TargetChange, to id: IndicatorID) throws -> [String] {
        try write { try $0.addTarget(change, to: id) }
    }

    /// Adds a year target (the year-end target of a financial year, with its profile).
    /// Returns the target each period of the year then has, under the definition in force now,
    /// and any recovery warnings.
    @discardableResult
    public func addYearTarget(_ target: YearTarget, to id: IndicatorID) throws
        -> (targets: [(period: Period, target: Target)], warnings: [String])
    {
        var targets: [(period: Period, target: Target)] = []
        let warnings = try write { transaction in
            let history = try transaction.history(id)
            try Self.validate(at: target.recordedAt, for: history, location: .commandLine) {
                (indicator: Indicator) throws(FieldError) in
                try target.validate(for: indicator)
            }
            transaction.append(SeriesLine.yearTarget(target), to: id)
            let indicator = history.definition(asOf: nil)
            let financialYear = transaction.settings.financialYear
            targets = financialYear.periods(indicator.frequency.periodLength, of: target.year)
                .map { ($0, target.target(for: $0, indicator: indicator, in: financialYear)) }
        }
        return (targets, warnings)
    }

    /// Records a value for a period (or, with `kind` `.forecast`, the year-end forecast made in
    /// it); with `revise`, a correction of the one in force.
    /// Returns the observation written and any recovery warnings.
    public func record(
        _ id: IndicatorID, period: Period, value: Figure, note: String?, revise: Bool,
        recordedAt: Timestamp, by: String? = nil, kind: FigureKind = .value
    ) throws -> (Observation, [String]) {
        var written: Observation?
        let warnings = try write { transaction in
            written = try transaction.record(
                id, period: period, value: value, note: note, revise: revise,
                recordedAt: recordedAt, by: by, kind: kind)
        }
        return (written!, warnings)
    }

    /// Changes an indicator's definition from now (or `change.recordedAt`) on.
    @discardableResult
    public func redefine(_ id: IndicatorID, _ change: DefinitionChange) throws -> [String] {
        try write { try $0.redefine(id, change) }
    }

    /// Retires an indicator from a period on, or reinstates it.
    @discardableResult
    public func retire(_ id: IndicatorID, _ retirement: Retirement) throws -> [String] {
        try write { try $0.retire(id, retirement) }
    }

    /// Checks a target change against its indicator: against the definition in force when it
    /// is recorded and the definition in force now.
    static func validate(_ change: TargetChange, for history: IndicatorHistory, location: KPIError.Location) throws {
        try validate(at: change.recordedAt, for: history, location: location) {
            (indicator: Indicator) throws(FieldError) in
            try indicator.validate(change.from, field: "from")
            try change.validate(for: indicator)
        }
    }

    /// Runs `check` against the definition in force at `moment` and the one in force now,
    /// placing any error at `location`.
    static func validate(
        at moment: Timestamp, for history: IndicatorHistory, location: KPIError.Location,
        _ check: (Indicator) throws(FieldError) -> Void
    ) throws {
        for indicator in definitions(of: history, at: moment) {
            do {
                try check(indicator)
            } catch {
                throw error.located(location)
            }
        }
    }

    /// The definitions a new line must satisfy: the one in force when it is recorded and the
    /// one in force now (the same one unless the definition changed since).
    static func definitions(of history: IndicatorHistory, at moment: Timestamp) -> [Indicator] {
        let then = history.definition(asOf: moment)
        let now = history.definition(asOf: nil)
        return then == now ? [now] : [then, now]
    }

    /// Builds the observation a record (or an import row) adds, with every check that needs
    /// the indicator's current history; a value or, by `kind`, a forecast.
    /// `recordedField` names where the time came from: the `--recorded-at` option, or an
    /// import's `recorded_at` column.
    static func observation(
        for history: IndicatorHistory, in file: SeriesFile, period: Period, value: Figure, note: String?,
        revise: Bool, recordedAt: Timestamp, by: String?, location: KPIError.Location,
        recordedField: String = "recorded-at", current: Observation?? = nil,
        kind: FigureKind = .value
    ) throws -> Observation {
        try validate(at: recordedAt, for: history, location: location) { (indicator: Indicator) throws(FieldError) in
            try indicator.validate(period)
            try indicator.validate(value, field: kind.field)
        }
        if recordedAt > Timestamp(secondsSince1970: Timestamp.now().secondsSince1970 + 300) {
            throw KPIError.recordedInFuture(recordedField, found: recordedAt, at: location)
        }
        let id = history.indicator.id
        let existing = current ?? file.currentObservation(for: period, kind: kind)
        if let existing {
            guard revise else {
                throw KPIError.alreadyRecorded(
                    id, kind.noun(period), value: existing.value, recorded: existing.recordedAt, at: location)
            }
            if recordedAt < existing.recordedAt {
                throw KPIError.recordedBeforeRevised(
                    recordedField, what: kind.keyword, verb: "revises", revised: existing.recordedAt,
                    found: recordedAt, at: location)
            }
        }
        return Observation(
            period: period, value: value, recordedAt: recordedAt, note: note, isRevision: existing != nil, by: by)
    }

    /// Refuses a definition change that would leave a value, forecast, target or year target in
    /// force breaking the rules under the new definition, listing every such line.
    static func validateRedefinition(
        _ change: DefinitionChange, of history: IndicatorHistory, in file: SeriesFile,
        location: KPIError.Location = .commandLine
    ) throws {
        if let frequency = change.frequency, frequency != history.definition(asOf: nil).frequency {
            let lines = [
                (history.observations.count, "value"), (history.targetChanges.count, "target"),
                (history.retirements.filter { if case .retire = $0.kind { true } else { false } }.count, "retirement"),
            ]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1) line\($0.0 == 1 ? "" : "s")" }
            if !lines.isEmpty {
                throw KPIError.frequencyFixed(
                    history.indicator.id, lines: lines.joined(separator: ", "), path: file.path, at: location)
            }
        }
        var updated = history
        updated.definitionChanges.append(change)
        let after = updated.definition(asOf: nil)
        if let green = change.greenTolerance {
            try located(location) { () throws(FieldError) in try after.validate(greenTolerance: green) }
        }
        var broken: [(line: Int, error: KPIError)] = []
        file.forEachCheckedLine(history) { line in
            guard line.inForce else { return }
            do throws(FieldError) {
                try line.check(after, in: history)
            } catch {
                broken.append((line.line, error.located(.line(file.path, line.line))))
            }
        }
        broken.sort { $0.line < $1.line }
        guard broken.isEmpty else {
            throw KPIError.redefinitionBreaks(
                change.changedFields.joined(separator: ", "), broken: broken.map(\.error), at: location)
        }
    }
}
