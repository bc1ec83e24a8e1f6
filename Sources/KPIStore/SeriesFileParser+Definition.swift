import KPIModel

extension SeriesFileParser {
    mutating func parseIndicator(_ tokens: [Token], line: Int) {
        if id != nil || definitionFailed || seen["indicator"] != nil {
            problem(line, .secondDefinition("indicator", firstAt: seen["indicator"] ?? idLine))
            return
        }
        seen["indicator"] = line
        idLine = line
        guard tokens.count == 3 || tokens.count == 5, tokens[1].text == "defined" else {
            definitionFailed = true
            problem(
                line,
                .openingLineFields(
                    "indicator", example: "indicator ID defined 2019-03-01T09:00:00Z", found: tokens.count + 1))
            return
        }
        do {
            let parsed = try IndicatorID(tokens[0].text)
            if let expectedID, parsed != expectedID {
                definitionFailed = true
                problem(line, .idNotFileName("indicator", expected: expectedID, found: parsed))
                return
            }
            if tokens.count == 5 {
                let options = try HistoryOptions(tokens.dropFirst(3), allowed: [.by], line: "indicator")
                definedBy = options.by?.text
            }
            id = parsed
            definedAt = try Timestamp(parsing: tokens[2].text, field: "defined", dateOnly: .startOfDay)
        } catch {
            definitionFailed = true
            problem(line, error)
        }
    }

    mutating func parseAttribute(_ keyword: String, _ tokens: [Token], line: Int) {
        let isFlag = keyword == "allow-any-percent" || keyword == "cumulative"
        if let error = DefinitionLines.problem(
            keyword, fields: tokens.count, expected: isFlag ? 0 : 1, opener: "indicator",
            opened: id != nil || definitionFailed, historyStarted: indicator != nil,
            seen: &seen, line: line)
        {
            problem(line, error)
            return
        }
        if isFlag {
            if keyword == "cumulative" { cumulative = true } else { allowsAnyPercent = true }
            return
        }
        let token = tokens[0]
        do {
            switch keyword {
            case "title", "theme", "source", "description":
                guard token.quoted else {
                    problem(line, .unquotedText(keyword, found: token.text))
                    return
                }
                if keyword == "title" {
                    guard !token.text.trimmingSpaces.isEmpty else { problem(line, .emptyTitle(keyword)); return }
                    title = token.text
                }
                if keyword == "theme" { theme = token.text }
                if keyword == "source" { source = token.text }
                if keyword == "description" { description = token.text }
            case "unit": unit = try IndicatorUnit(parsing: token.text)
            case "better": polarity = try Polarity(parsing: token.text)
            case "frequency": frequency = try Frequency(parsing: token.text)
            case "green-tolerance":
                greenTolerance = try Figure(parsingUTF8: token.buffer, original: token.text, field: keyword)
            default:
                guard let value = Int(token.text), Indicator.decimalsRange.contains(value) else {
                    problem(line, .decimalsOutOfRange(keyword, found: token.text))
                    return
                }
                decimals = value
            }
        } catch {
            problem(line, error)
        }
    }

    /// Assembles the definition once its lines are over: at the first history line or the end.
    mutating func finishDefinition(line: Int) {
        guard indicator == nil, !definitionFailed, let id, let definedAt else { return }
        var missing: [String] = []
        if title == nil && seen["title"] == nil { missing.append("title") }
        if unit == nil && seen["unit"] == nil { missing.append("unit") }
        if polarity == nil && seen["better"] == nil { missing.append("better") }
        if !missing.isEmpty {
            problem(idLine, .missingDefinitionLines(missing))
        }
        guard let title, let unit, let polarity else {
            definitionFailed = true
            return
        }
        indicator = Indicator(
            id: id, title: title, unit: unit, polarity: polarity, frequency: frequency, decimals: decimals,
            description: description, source: source, theme: theme,
            allowsAnyPercent: allowsAnyPercent, cumulative: cumulative, greenTolerance: greenTolerance,
            definedAt: definedAt, definedBy: definedBy)
        if let greenTolerance, let indicator {
            do {
                try indicator.validate(greenTolerance: greenTolerance)
            } catch {
                problem(seen["green-tolerance"] ?? idLine, error)
            }
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
