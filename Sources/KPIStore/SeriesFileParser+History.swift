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

    /// `value|revise PERIOD FIGURE recorded TIME [note "TEXT"] [by "NAME"]`, and the same for a
    /// year-end forecast made in a period: `forecast|revise-forecast PERIOD FIGURE …`.
    mutating func parseObservation(_ tokens: [Token], kind: FigureKind, isRevision: Bool, line: Int) {
        let keyword = isRevision ? kind.revisionKeyword : kind.keyword
        guard readyForHistory(keyword, line: line) != nil else { return }
        guard tokens.count >= 3 else {
            problem(line, keyword, "expected \"\(keyword) 2021/22 Q2 85 recorded 2021-11-10T09:00:00Z\", found \(tokens.count + 1) fields")
            return
        }
        do {
            let period = try Self.period(tokens[0], tokens[1])
            let value = try Figure(parsingUTF8: tokens[2].buffer, original: tokens[2].text, field: kind.field)
            let options = try HistoryOptions(tokens.dropFirst(3), allowed: [.recorded, .note, .by], line: keyword)
            guard let recordedAt = try recordedTime(options, keyword, line: line) else { return }
            let earlier = kind == .value ? current[period] : currentForecast[period]
            let lines = kind == .value ? file.observationLines : file.forecastLines
            if isRevision {
                guard let earlier else {
                    problem(line, keyword, "expected an earlier \(kind.keyword) for \(period) to revise, found none (use a \(kind.keyword) line)")
                    return
                }
                let revised = (kind == .value ? observations : forecasts)[earlier]
                if recordedAt < revised.recordedAt {
                    problem(line, "recorded", "expected a revision recorded at or after the \(kind.keyword) it revises (\(revised.recordedAt), line \(lines[earlier])), found \(recordedAt)")
                    return
                }
            } else if let earlier {
                problem(line, kind.keyword, "expected one \(kind.keyword) line for \(period), found a second (the first is at line \(lines[earlier])); a correction is a \(kind.revisionKeyword) line")
                return
            }
            let observation = Observation(period: period, value: value, recordedAt: recordedAt, note: options.note?.text,
                                          isRevision: isRevision, by: options.by?.text)
            switch kind {
            case .value:
                current[period] = observations.count
                observations.append(observation)
                file.observationLines.append(line)
            case .forecast:
                currentForecast[period] = forecasts.count
                forecasts.append(observation)
                file.forecastLines.append(line)
            }
        } catch {
            problem(line, error)
        }
    }

    /// `target PERIOD FIGURE [amber FIGURE | tolerance FIGURE] [green-tolerance FIGURE] recorded TIME
    /// [by "NAME"]`, or `target PERIOD none recorded TIME [by "NAME"]` to turn the target off.
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
            let allowed: [HistoryOptions.Key] = isNone ? [.recorded, .by] : [.amber, .tolerance, .greenTolerance, .recorded, .by]
            let options = try HistoryOptions(tokens.dropFirst(3), allowed: allowed, line: "target")
            guard let recordedAt = try recordedTime(options, "target", line: line) else { return }
            let (amber, green) = try Self.bands(options)
            targets.append(TargetChange(from: period, value: value, amber: amber, greenTolerance: green, recordedAt: recordedAt,
                                        by: options.by?.text))
            file.targetLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// `year-target YEAR FIGURE [profile even|P1,P2,…] [amber FIGURE | tolerance FIGURE]
    /// [green-tolerance FIGURE] recorded TIME [by "NAME"]`: the year-end target of a financial year.
    mutating func parseYearTarget(_ tokens: [Token], line: Int) {
        guard readyForHistory("year-target", line: line) != nil else { return }
        guard tokens.count >= 2 else {
            problem(line, "year-target", "expected \"year-target 2021/22 95 profile 25,50,75,100 recorded 2021-03-01T09:00:00Z\", found \(tokens.count + 1) fields")
            return
        }
        do {
            let year = try Self.year(tokens[0])
            let value = try Figure(parsingUTF8: tokens[1].buffer, original: tokens[1].text, field: "target")
            let options = try HistoryOptions(tokens.dropFirst(2), allowed: [.profile, .amber, .tolerance, .greenTolerance, .recorded, .by],
                                             line: "year-target")
            guard let recordedAt = try recordedTime(options, "year-target", line: line) else { return }
            let profile = try options[.profile].map { token throws(FieldError) in try Self.profile(token) }
            let (amber, green) = try Self.bands(options)
            yearTargets.append(YearTarget(year: year, value: value, profile: profile, amber: amber, greenTolerance: green,
                                          recordedAt: recordedAt, by: options.by?.text))
            file.yearTargetLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// A profile as a Series file writes it, `even` or `25,50,75,100`, its figures read from
    /// their bytes; anything else goes to the lenient ``TargetProfile`` parser for its message.
    static func profile(_ token: Token) throws(FieldError) -> TargetProfile {
        if token.isWord("even") { return .even }
        var figures: [Figure] = []
        var start = token.bytes.startIndex
        let end = token.bytes.endIndex
        while !token.quoted, start < end {
            let comma = token.bytes[start...].firstIndex(of: UInt8(ascii: ",")) ?? end
            let part = UnsafeBufferPointer(rebasing: token.bytes[start..<comma])
            guard let figure = try? Figure(parsingUTF8: part, original: "", field: "profile") else { break }
            figures.append(figure)
            if comma == end { return .cumulative(figures) }
            start = comma + 1
        }
        return try TargetProfile(parsing: token.text)
    }

    /// The amber rule (`amber` or `tolerance`, never both) and green tolerance of a target line.
    static func bands(_ options: HistoryOptions) throws(FieldError) -> (AmberRule?, Figure?) {
        var amber: AmberRule?
        if let token = options.amber {
            if options.tolerance != nil { throw FieldError(field: "amber", "expected either amber or tolerance, found both") }
            amber = .threshold(try Figure(parsingUTF8: token.buffer, original: token.text, field: "amber"))
        } else if let token = options.tolerance {
            amber = .tolerance(try Figure(parsingUTF8: token.buffer, original: token.text, field: "tolerance"))
        }
        let green = try options.greenTolerance.map { token throws(FieldError) in
            try Figure(parsingUTF8: token.buffer, original: token.text, field: "green-tolerance")
        }
        return (amber, green)
    }

    /// A financial year written canonically: `2021/22`, read from its bytes when it is (a store
    /// has one year-target line per indicator and year).
    static func year(_ token: Token) throws(FieldError) -> ReportingYear {
        let b = token.bytes
        if !token.quoted, b.count == 7, b[b.startIndex + 4] == UInt8(ascii: "/") {
            let digits = [0, 1, 2, 3, 5, 6].map { Int(b[b.startIndex + $0]) - 48 }
            if digits.allSatisfy({ (0...9).contains($0) }) {
                let start = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
                if digits[4] * 10 + digits[5] == (start + 1) % 100, Period.yearRange.contains(start) {
                    return ReportingYear(startYear: start)
                }
            }
        }
        let parsed = try ReportingYear(parsing: token.text)
        guard parsed.description == token.text else {
            throw FieldError(field: "year", "expected the canonical form \(quoted(parsed.description)), found \(quoted(token.text))")
        }
        return parsed
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
