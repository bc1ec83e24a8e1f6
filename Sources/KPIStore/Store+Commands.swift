import KPIModel

extension Store {
    /// Adds a new indicator, optionally with its first target.
    @discardableResult
    public func define(_ indicator: Indicator, target: TargetChange? = nil) throws -> [String] {
        try write { transaction in
            if transaction.exists(indicator.id) {
                throw KPIError(.badData, "\(path(for: indicator.id)): indicator \(indicator.id) already exists; nothing was changed")
            }
            var content = SeriesLine.definition(indicator)
            if let target {
                try Self.validate(target, for: indicator, location: "command line")
                content += SeriesLine.target(target)
            }
            transaction.create(indicator.id, content: content)
        }
    }

    /// Adds a target change to an indicator.
    @discardableResult
    public func addTarget(_ change: TargetChange, to id: IndicatorID) throws -> [String] {
        try write { transaction in
            let history = try transaction.history(id)
            try Self.validate(change, for: history.indicator, location: "command line")
            transaction.append(SeriesLine.target(change), to: id)
        }
    }

    /// Records a value for a period; with `revise`, a correction of the value in force.
    /// Returns the observation written and any recovery warnings.
    public func record(_ id: IndicatorID, period: Period, value: Figure, note: String?, revise: Bool,
                       recordedAt: Timestamp) throws -> (Observation, [String]) {
        var written: Observation?
        let warnings = try write { transaction in
            let file = try transaction.file(id)
            let indicator = try file.requireHistory().indicator
            let observation = try Self.observation(for: indicator, in: file, period: period, value: value, note: note,
                                                   revise: revise, recordedAt: recordedAt, location: "command line")
            transaction.append(SeriesLine.observation(observation), to: id)
            written = observation
        }
        return (written!, warnings)
    }

    /// Checks a target change against its indicator.
    static func validate(_ change: TargetChange, for indicator: Indicator, location: String) throws {
        do {
            try indicator.validate(change.target, field: "target")
            try change.validate(polarity: indicator.polarity)
        } catch {
            throw error.located(location)
        }
        if change.recordedAt < indicator.definedAt {
            throw FieldError(field: "recorded-at", "expected a time at or after \(indicator.id) was defined (\(indicator.definedAt)), found \(change.recordedAt)").located(location)
        }
    }

    /// Builds the observation a record (or an import row) adds, with every check that needs
    /// the indicator's current history.
    /// `recordedField` names where the time came from: the `--recorded-at` option, or an
    /// import's `recorded_at` column.
    static func observation(for indicator: Indicator, in file: SeriesFile, period: Period, value: Figure, note: String?,
                            revise: Bool, recordedAt: Timestamp, location: String, recordedField: String = "recorded-at",
                            current: Observation?? = nil) throws -> Observation {
        do {
            try indicator.validate(value)
        } catch {
            throw error.located(location)
        }
        if recordedAt < indicator.definedAt {
            throw FieldError(field: recordedField, "expected a time at or after \(indicator.id) was defined (\(indicator.definedAt)), found \(recordedAt)").located(location)
        }
        if recordedAt > Timestamp(secondsSince1970: Timestamp.now().secondsSince1970 + 300) {
            throw FieldError(field: recordedField, "expected a time that is not in the future, found \(recordedAt)").located(location)
        }
        let existing = current ?? file.currentObservation(for: period)
        if let existing {
            guard revise else {
                throw KPIError(.badData, "\(location): \(indicator.id) already has a value for \(period) (\(existing.value.text), recorded \(existing.recordedAt)); to correct it, record it again with --revise")
            }
            if recordedAt < existing.recordedAt {
                throw FieldError(field: recordedField, "expected a time at or after the value it revises (recorded \(existing.recordedAt)), found \(recordedAt)").located(location)
            }
        }
        return Observation(period: period, value: value, recordedAt: recordedAt, note: note, isRevision: existing != nil)
    }
}
