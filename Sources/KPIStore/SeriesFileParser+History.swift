import KPIModel

extension SeriesFileParser {
    /// Checks that the definition is complete before a history line, and finishes it; whether
    /// the indicator is defined. (A Bool, not the indicator: this runs for every history line.)
    mutating func readyForHistory(_ keyword: String, line: Int) -> Bool {
        // Matched, not compared with nil, so the indicator is not copied for every line.
        if case .some = indicator { return true }
        if id == nil && !definitionFailed {
            // Reported for this line only: the definition that follows is still read (and not
            // taken for a second one), so every other problem in the file is reported right.
            problem(line, .definitionFirst("indicator", found: keyword))
            return false
        }
        finishDefinition(line: line)
        return indicator != nil
    }

    /// `value|revise PERIOD FIGURE recorded TIME [note "TEXT"] [by "NAME"]`, and the same for a
    /// year-end forecast made in a period: `forecast|revise-forecast PERIOD FIGURE …`.
    mutating func parseObservation(_ tokens: [Token], kind: FigureKind, isRevision: Bool, line: Int) {
        let keyword = isRevision ? kind.revisionKeyword : kind.keyword
        guard readyForHistory(keyword, line: line) else { return }
        // Made only for a message: this runs for every value line.
        func example() -> String { "\(keyword) 2021/22 Q2 85 recorded 2021-11-10T09:00:00Z" }
        guard tokens.count >= 2 else {
            problem(line, .historyLineFields(keyword, example: example(), found: tokens.count + 1))
            return
        }
        do {
            let (period, fields) = try periodOfIndicator(tokens, line: line)
            guard tokens.count > fields else {
                problem(line, .historyLineFields(keyword, example: example(), found: tokens.count + 1))
                return
            }
            let value = try Figure(parsingUTF8: tokens[fields].buffer, original: tokens[fields].text, field: kind.field)
            let options = try HistoryOptions(
                tokens.dropFirst(fields + 1), allowed: HistoryOptions.Key.observationFields, line: keyword)
            guard let recordedAt = try recordedTime(options, keyword, line: line) else { return }
            let earlier = kind == .value ? current[period] : currentForecast[period]
            let lines = kind == .value ? file.observationLines : file.forecastLines
            if isRevision {
                guard let earlier else {
                    problem(
                        line,
                        .nothingToRevise(
                            keyword, what: kind.keyword, verb: "revise", period: period, use: "a \(kind.keyword) line"))
                    return
                }
                let revised = (kind == .value ? observations : forecasts)[earlier]
                if recordedAt < revised.recordedAt {
                    problem(
                        line,
                        .revisionBeforeRevised(
                            what: kind.keyword, verb: "revises", revised: revised.recordedAt, line: lines[earlier],
                            found: recordedAt))
                    return
                }
            } else if let earlier {
                problem(
                    line,
                    .secondLineForPeriod(
                        kind.keyword, period: period, firstAt: lines[earlier],
                        correction: "a correction is a \(kind.revisionKeyword) line"))
                return
            }
            let observation = Observation(
                period: period, value: value, recordedAt: recordedAt, note: options.note?.text,
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
        guard readyForHistory("target", line: line) else { return }
        let example = "target 2021/22 Q1 90 tolerance 5 recorded 2021-03-01T09:00:00Z"
        guard tokens.count >= 2 else {
            problem(line, .historyLineFields("target", example: example, found: tokens.count + 1))
            return
        }
        do {
            let (period, fields) = try periodOfIndicator(tokens, line: line)
            guard tokens.count > fields else {
                problem(line, .historyLineFields("target", example: example, found: tokens.count + 1))
                return
            }
            let figure = tokens[fields]
            let isNone = figure.isWord("none")
            let value = isNone ? nil : try Figure(parsingUTF8: figure.buffer, original: figure.text, field: "target")
            let allowed = isNone ? HistoryOptions.Key.noTargetFields : HistoryOptions.Key.targetFields
            let options = try HistoryOptions(tokens.dropFirst(fields + 1), allowed: allowed, line: "target")
            guard let recordedAt = try recordedTime(options, "target", line: line) else { return }
            let (amber, green) = try Self.bands(options)
            targets.append(
                TargetChange(
                    from: period, value: value, amber: amber, greenTolerance: green, recordedAt: recordedAt,
                    by: options.by?.text))
            file.targetLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// The period at the start of a history line's fields, checked against the frequency in
    /// force, with the number of fields it took. The first such line fixes the frequency.
    mutating func periodOfIndicator(_ tokens: [Token], line: Int) throws(FieldError) -> (Period, Int) {
        let (period, fields) = try Self.period(tokens)
        if firstPeriodLine == nil { firstPeriodLine = line }
        if period.length != frequency.periodLength, let indicator {
            var current = indicator
            current.frequency = frequency
            try current.validate(period)
        }
        return (period, fields)
    }

    /// `year-target YEAR FIGURE [profile even|P1,P2,…] [amber FIGURE | tolerance FIGURE]
    /// [green-tolerance FIGURE] recorded TIME [by "NAME"]`: the year-end target of a financial year.
    mutating func parseYearTarget(_ tokens: [Token], line: Int) {
        guard readyForHistory("year-target", line: line) else { return }
        guard tokens.count >= 2 else {
            problem(
                line,
                .historyLineFields(
                    "year-target", example: "year-target 2021/22 95 profile 25,50,75,100 recorded 2021-03-01T09:00:00Z",
                    found: tokens.count + 1))
            return
        }
        do {
            let year = try Self.year(tokens[0])
            let value = try Figure(parsingUTF8: tokens[1].buffer, original: tokens[1].text, field: "target")
            let options = try HistoryOptions(
                tokens.dropFirst(2), allowed: [.profile, .amber, .tolerance, .greenTolerance, .recorded, .by],
                line: "year-target")
            guard let recordedAt = try recordedTime(options, "year-target", line: line) else { return }
            let profile = try options[.profile].map { token throws(FieldError) in try Self.profile(token) }
            let (amber, green) = try Self.bands(options)
            yearTargets.append(
                YearTarget(
                    year: year, value: value, profile: profile, amber: amber, greenTolerance: green,
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
            if options.tolerance != nil { throw .amberAndTolerance() }
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
        if !token.quoted, let start = canonicalYear(token.bytes) { return ReportingYear(startYear: start) }
        let parsed = try ReportingYear(parsing: token.text)
        guard parsed.description == token.text else {
            throw .notCanonical("year", canonical: quoted(parsed.description), found: token.text)
        }
        return parsed
    }

    /// The `recorded TIME` every history line carries; nil (with the problem noted) when absent.
    mutating func recordedTime(_ options: HistoryOptions, _ keyword: String, line: Int) throws(FieldError) -> Timestamp?
    {
        guard let token = options.recorded else {
            problem(line, .missingRecorded(keyword, example: "2021-11-10T09:00:00Z"))
            return nil
        }
        return try Timestamp(parsingUTF8: token.buffer, field: "recorded", dateOnly: .startOfDay)
    }

    /// The period a history line starts with, written canonically: `2021/22 Q2` (two fields),
    /// `Apr 2021` (two) or `2021/22` (one), with the number of fields it took.
    ///
    /// Each canonical form is recognised from its bytes first, as this runs for every history
    /// line of every file; any other spelling is read only to say what the canonical one is.
    static func period(_ tokens: [Token]) throws(FieldError) -> (Period, Int) {
        let first = tokens[0].bytes
        if let start = canonicalYear(first) {
            if tokens.count > 1, let quarter = canonicalQuarter(tokens[1].bytes) {
                return (Period(startYear: start, quarter: quarter), 2)
            }
            // A year alone when a figure (or `none`, or the options) follows, not "M01" or "Q5".
            if tokens.count == 1 || !isLetter(tokens[1].bytes.first) || tokens[1].isWord("none")
                || tokens[1].isWord("recorded")
            {
                return (Period(financialYearStarting: start), 1)
            }
        }
        if tokens.count > 1, let month = canonicalMonth(first), let year = fourDigitYear(tokens[1].bytes) {
            return (Period(year: year, month: month), 2)
        }
        return try nonCanonicalPeriod(tokens)
    }

    /// A period spelt some other way than canonically: refused, saying the canonical spelling.
    static func nonCanonicalPeriod(_ tokens: [Token]) throws(FieldError) -> (Period, Int) {
        var readings: [(text: String, result: Result<PeriodReading, FieldError>)] = []
        if tokens.count > 1 { readings.append(Self.reading(tokens[0].text + " " + tokens[1].text)) }
        // A one-field reading only when the next field is not part of a period ("Q5").
        if tokens.count == 1 || !tokens[1].text.uppercased().hasPrefix("Q") {
            readings.append(Self.reading(tokens[0].text))
        }
        for (text, result) in readings {
            switch result {
            case .success(.period(let period)) where period.description == text:
                return (period, text.split(separator: " ").count)
            case .success(.period(let period)):
                throw .notCanonical("period", canonical: quoted(period.description), found: text)
            case .success(.monthOfFinancialYear):
                throw .monthNumberInFile(found: text)
            case .failure:
                continue
            }
        }
        guard case .failure(let error) = readings[0].result else { preconditionFailure("a reading that failed") }
        throw error
    }

    private static func reading(_ text: String) -> (text: String, result: Result<PeriodReading, FieldError>) {
        (text, Result { () throws(FieldError) in try Period.read(text) })
    }

    /// `2021/22`: the first calendar year, when it is a valid financial year in canonical form.
    static func canonicalYear(_ bytes: Bytes) -> Int? {
        guard bytes.count == 7, bytes[bytes.startIndex + 4] == UInt8(ascii: "/") else { return nil }
        var start = 0
        for offset in 0..<4 {
            let digit = bytes[bytes.startIndex + offset] &- 48
            guard digit < 10 else { return nil }
            start = start * 10 + Int(digit)
        }
        let high = bytes[bytes.startIndex + 5] &- 48, low = bytes[bytes.startIndex + 6] &- 48
        guard high < 10, low < 10, Int(high) * 10 + Int(low) == (start + 1) % 100, Period.yearRange.contains(start)
        else { return nil }
        return start
    }

    /// Whether a byte is an ASCII letter.
    static func isLetter(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// `Q1` to `Q4`.
    static func canonicalQuarter(_ bytes: Bytes) -> Int? {
        guard bytes.count == 2, bytes.first == UInt8(ascii: "Q") else { return nil }
        let digit = Int(bytes[bytes.startIndex + 1]) - 48
        return (1...4).contains(digit) ? digit : nil
    }

    /// `Jan` to `Dec`, exactly as written to files.
    static func canonicalMonth(_ bytes: Bytes) -> Int? {
        guard bytes.count == 3 else { return nil }
        let i = bytes.startIndex
        let key = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
        return monthKeys[key]
    }

    /// The three bytes of each canonical month abbreviation, packed, with its number.
    private static let monthKeys: [UInt32: Int] = {
        var keys: [UInt32: Int] = [:]
        for month in 1...12 {
            let bytes = Array(Period(year: 2000, month: month).monthAbbreviation.utf8)
            keys[UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])] = month
        }
        return keys
    }()

    /// `2021`: a calendar year of four digits within the supported years.
    static func fourDigitYear(_ bytes: Bytes) -> Int? {
        guard bytes.count == 4 else { return nil }
        var year = 0
        for byte in bytes {
            let digit = byte &- 48
            guard digit < 10 else { return nil }
            year = year * 10 + Int(digit)
        }
        return Period.yearRange.contains(year) ? year : nil
    }
}
