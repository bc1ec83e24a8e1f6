import KPIModel

extension SeriesFileParser {
    /// `redefine FIELD VALUE … recorded TIME [note "TEXT"] [by "NAME"]`: a change to the
    /// definition; only the fields named change.
    mutating func parseRedefinition(_ tokens: [Token], line: Int) {
        guard readyForHistory("redefine", line: line) else { return }
        do throws(FieldError) {
            let allowed = HistoryOptions.Key.definitionFields + [.recorded, .note, .by]
            let options = try HistoryOptions(tokens[...], allowed: allowed, line: "redefine")
            guard let recordedAt = try recordedTime(options, "redefine", line: line) else { return }
            var change = DefinitionChange(recordedAt: recordedAt, note: options.note?.text, by: options.by?.text)
            if let token = options[.title] {
                guard !token.text.trimmingSpaces.isEmpty else { throw .emptyTitle() }
                change.title = token.text
            }
            if let token = options[.unit] { change.unit = try IndicatorUnit(parsing: token.text) }
            if let token = options[.better] { change.polarity = try Polarity(parsing: token.text) }
            if let token = options[.frequency] {
                let changed = try Frequency(parsing: token.text)
                change.frequency = changed
                if let periodLine = firstPeriodLine, changed != frequency {
                    throw .frequencyChangeTooLate(after: periodLine)
                }
            }
            if let token = options[.decimals] {
                guard let value = Int(token.text), Indicator.decimalsRange.contains(value) else {
                    throw .decimalsOutOfRange("decimals", found: token.text)
                }
                change.decimals = value
            }
            change.theme = options[.theme]?.text
            change.source = options[.source]?.text
            change.description = options[.description]?.text
            if let token = options[.allowAnyPercent] {
                guard let allows = Self.yesOrNo(token.text) else {
                    throw .notTrueOrFalse("allow-any-percent", found: token.text)
                }
                change.allowsAnyPercent = allows
            }
            if let token = options[.cumulative] {
                guard let cumulative = Self.yesOrNo(token.text) else {
                    throw .notTrueOrFalse("cumulative", found: token.text)
                }
                change.cumulative = cumulative
            }
            if let token = options.greenTolerance {
                change.greenTolerance = try Figure(
                    parsingUTF8: token.buffer, original: token.text, field: "green-tolerance")
            }
            guard !change.isEmpty else {
                problem(line, .emptyRedefinition(HistoryOptions.Key.definitionFields))
                return
            }
            definitionChanges.append(change)
            definitionChangeLines.append(line)
            if let changed = change.frequency { frequency = changed }
        } catch {
            problem(line, error)
        }
    }

    /// `retire PERIOD recorded TIME [note "TEXT"] [by "NAME"]`
    mutating func parseRetirement(_ tokens: [Token], line: Int) {
        guard readyForHistory("retire", line: line) else { return }
        guard !tokens.isEmpty else {
            problem(
                line, .historyLineFields("retire", example: "retire 2022/23 Q1 recorded 2022-04-01T09:00:00Z", found: 1)
            )
            return
        }
        do {
            let (period, fields) = try periodOfIndicator(tokens, line: line)
            let options = try HistoryOptions(
                tokens.dropFirst(fields), allowed: [.recorded, .note, .by], line: "retire")
            guard let recordedAt = try recordedTime(options, "retire", line: line) else { return }
            retirements.append(
                Retirement(
                    .retire(from: period), recordedAt: recordedAt, note: options.note?.text, by: options.by?.text))
        } catch {
            problem(line, error)
        }
    }

    /// `reinstate recorded TIME [note "TEXT"] [by "NAME"]`
    mutating func parseReinstatement(_ tokens: [Token], line: Int) {
        guard readyForHistory("reinstate", line: line) else { return }
        do {
            let options = try HistoryOptions(tokens[...], allowed: [.recorded, .note, .by], line: "reinstate")
            guard let recordedAt = try recordedTime(options, "reinstate", line: line) else { return }
            retirements.append(
                Retirement(.reinstate, recordedAt: recordedAt, note: options.note?.text, by: options.by?.text))
        } catch {
            problem(line, error)
        }
    }

    /// `true`/`false` (also `yes`/`no`), as written after `allow-any-percent` on a redefine line.
    static func yesOrNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }

    /// Checks every value, forecast, target and year target against the definition in force
    /// when it was recorded, and the lines in force now against the definition in force now (so
    /// a change of unit, polarity, cumulative or allow-any-percent never leaves a figure in a
    /// report that breaks the rules).
    mutating func validateFigures(_ history: IndicatorHistory) {
        let definitions = DefinitionTimeline(history)
        let lastChange = definitionChangeLines.max()
        let lines = file  // a copy: the walk reads it while problems are added to self
        lines.forEachCheckedLine(history, inForce: lastChange != nil) { line in
            do throws(FieldError) {
                try line.check(definitions.at(line.recordedAt), in: history)
            } catch {
                problem(line.line, error)
                return
            }
            guard let lastChange, line.inForce else { return }
            do throws(FieldError) {
                try line.check(definitions.current, in: history)
            } catch {
                problem(line.line, error.underCurrentDefinition(redefinedAt: lastChange))
            }
        }
    }
}
