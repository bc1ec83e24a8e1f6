import KPIModel

extension SeriesFileParser {
    /// Checks that the definition is complete before a history line, and finishes it.
    mutating func readyForHistory(_ keyword: String, line: Int) -> Indicator? {
        if id == nil && !definitionFailed {
            // Reported for this line only: the definition that follows is still read (and not
            // taken for a second one), so every other problem in the file is reported right.
            problem(line, keyword, "expected the indicator definition first, found a \(keyword) line before it")
            return nil
        }
        finishDefinition(line: line)
        return indicator
    }

    /// `value|revise PERIOD FIGURE recorded TIME [note "TEXT"] [by "NAME"]`
    mutating func parseObservation(_ tokens: [Token], isRevision: Bool, line: Int) {
        let keyword = isRevision ? "revise" : "value"
        guard readyForHistory(keyword, line: line) != nil else { return }
        guard tokens.count >= 3 else {
            problem(line, keyword, "expected \"\(keyword) 2021/22 Q2 85 recorded 2021-11-10T09:00:00Z\", found \(tokens.count + 1) fields")
            return
        }
        do {
            let period = try Self.period(tokens[0], tokens[1])
            let value = try Figure(parsingUTF8: tokens[2].buffer, original: tokens[2].text)
            let options = try HistoryOptions(tokens.dropFirst(3), allowed: [.recorded, .note, .by], line: keyword)
            guard let recordedAt = try recordedTime(options, keyword, line: line) else { return }
            let earlier = current[period]
            if isRevision {
                guard let earlier else {
                    problem(line, "revise", "expected an earlier value for \(period) to revise, found none (use a value line)")
                    return
                }
                let revised = observations[earlier]
                if recordedAt < revised.recordedAt {
                    problem(line, "recorded", "expected a revision recorded at or after the value it revises (\(revised.recordedAt), line \(file.observationLines[earlier])), found \(recordedAt)")
                    return
                }
            } else if let earlier {
                problem(line, "value", "expected one value line for \(period), found a second (the first is at line \(file.observationLines[earlier])); a correction is a revise line")
                return
            }
            current[period] = observations.count
            observations.append(Observation(period: period, value: value, recordedAt: recordedAt,
                                            note: options.note?.text, isRevision: isRevision, by: options.by?.text))
            file.observationLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// `target PERIOD FIGURE [amber FIGURE | tolerance FIGURE] recorded TIME [by "NAME"]`, or
    /// `target PERIOD none recorded TIME [by "NAME"]` to turn the target off.
    mutating func parseTarget(_ tokens: [Token], line: Int) {
        guard readyForHistory("target", line: line) != nil else { return }
        guard tokens.count >= 3 else {
            problem(line, "target", "expected \"target 2021/22 Q1 90 tolerance 5 recorded 2021-03-01T09:00:00Z\", found \(tokens.count + 1) fields")
            return
        }
        do {
            let period = try Self.period(tokens[0], tokens[1])
            let isNone = tokens[2].isWord("none")
            let value = isNone ? nil : try Figure(parsingUTF8: tokens[2].buffer, original: tokens[2].text, field: "target")
            let allowed: [HistoryOptions.Key] = isNone ? [.recorded, .by] : [.amber, .tolerance, .recorded, .by]
            let options = try HistoryOptions(tokens.dropFirst(3), allowed: allowed, line: "target")
            guard let recordedAt = try recordedTime(options, "target", line: line) else { return }
            var amber: AmberRule?
            if let token = options.amber {
                if options.tolerance != nil {
                    problem(line, "amber", "expected either amber or tolerance, found both")
                    return
                }
                amber = .threshold(try Figure(parsingUTF8: token.buffer, original: token.text, field: "amber"))
            } else if let token = options.tolerance {
                amber = .tolerance(try Figure(parsingUTF8: token.buffer, original: token.text, field: "tolerance"))
            }
            targets.append(TargetChange(from: period, value: value, amber: amber, recordedAt: recordedAt, by: options.by?.text))
            file.targetLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// The `recorded TIME` every history line carries; nil (with the problem noted) when absent.
    mutating func recordedTime(_ options: HistoryOptions, _ keyword: String, line: Int) throws(FieldError) -> Timestamp? {
        guard let token = options.recorded else {
            problem(line, "recorded", "expected \"recorded 2021-11-10T09:00:00Z\" on every \(keyword) line, found none")
            return nil
        }
        return try Timestamp(parsingUTF8: token.buffer, field: "recorded", dateOnly: .startOfDay)
    }

    /// A period written canonically in two tokens: `2021/22` `Q2`.
    static func period(_ year: Token, _ quarter: Token) throws(FieldError) -> Period {
        let y = year.bytes, q = quarter.bytes
        if y.count == 7, q.count == 2, q.first == UInt8(ascii: "Q") {
            let b = Array(y)
            let digits = [b[0], b[1], b[2], b[3], b[5], b[6], q[q.startIndex + 1]]
            if b[4] == UInt8(ascii: "/"), digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                let start = Int(b[0] - 48) * 1000 + Int(b[1] - 48) * 100 + Int(b[2] - 48) * 10 + Int(b[3] - 48)
                let end = Int(b[5] - 48) * 10 + Int(b[6] - 48)
                let number = Int(digits[6] - 48)
                if end == (start + 1) % 100, (1...4).contains(number), Period.yearRange.contains(start) {
                    return Period(startYear: start, quarter: number)
                }
            }
        }
        let text = year.text + " " + quarter.text
        let parsed = try Period(parsing: text)
        guard parsed.description == text else {
            throw FieldError(field: "period", "expected the canonical form \(quoted(parsed.description)), found \(quoted(text))")
        }
        return parsed
    }
}
