import KPIModel

/// Reads a Series file's bytes into a ``SeriesFile``, collecting every problem with its line.
///
/// The parser works on bytes because a store of a thousand indicators holds over a hundred
/// thousand lines and `kpi status` reads them all. See `docs/series-format.md` for the format.
public struct SeriesFileParser {
    let path: String
    let expectedID: IndicatorID?
    var file: SeriesFile

    // The definition as it is being assembled.
    var idLine = 0
    var id: IndicatorID?
    var definedAt: Timestamp?
    var definedBy: String?
    var title: String?
    var unit: IndicatorUnit?
    var polarity: Polarity?
    /// The frequency in force: the definition's, then each `redefine … frequency` in file order.
    var frequency: Frequency = .quarterly
    /// The first line with a period (value, revise, target, retire): the frequency is fixed from it.
    var firstPeriodLine: Int?
    var decimals: Int?
    var allowsAnyPercent = false
    var cumulative = false
    var greenTolerance: Figure?
    var theme: String?
    var source: String?
    var description: String?
    var seen: [String: Int] = [:]
    var indicator: Indicator?
    var definitionFailed = false
    var observations: [Observation] = []
    var targets: [TargetChange] = []
    var definitionChanges: [DefinitionChange] = []
    var definitionChangeLines: [Int] = []
    var retirements: [Retirement] = []
    var forecasts: [Observation] = []
    var yearTargets: [YearTarget] = []
    /// For each period, the index in `observations` of the value in force so far.
    var current = PeriodIndex()
    /// For each period, the index in `forecasts` of the forecast in force so far.
    var currentForecast = PeriodIndex()
    /// The fields of the line being read; one buffer reused for every line.
    var tokens: [Token] = []
    /// Every problem with its line, sorted into line order at the end.
    var problems: [(line: Int, error: KPIError)] = []

    /// The words a Series file's lines start with, for the message about any other.
    static let keywords =
        "indicator, title, unit, better, frequency, decimals, allow-any-percent, cumulative, green-tolerance, theme, "
        + "source, description, target, year-target, value, revise, forecast, revise-forecast, redefine, retire or reinstate"

    /// Parses a whole file. `expectedID` is the id the file name promises.
    public static func parse(_ bytes: [UInt8], path: String, expectedID: IndicatorID?) -> SeriesFile {
        var parser = SeriesFileParser(path: path, expectedID: expectedID, file: SeriesFile(path: path))
        parser.run(bytes)
        return parser.file
    }

    mutating func run(_ contents: [UInt8]) {
        file.size = contents.count
        let (lineNumber, tornTail) = LineReader.forEachLine(contents) { parseLine($0, line: $1) }
        if let tornTail {
            file.tornTail = tornTail
            file.tornLine = lineNumber
        }
        finishDefinition(line: lineNumber)
        if id == nil && !definitionFailed {
            problem(
                max(lineNumber, 1), .noOpeningLine("indicator", example: "indicator ICT01 defined 2019-03-01T09:00:00Z")
            )
        }
        if let indicator {
            let history = IndicatorHistory(
                indicator: indicator, observations: observations, targetChanges: targets,
                definitionChanges: definitionChanges, retirements: retirements,
                yearTargets: yearTargets, forecasts: forecasts)
            validateFigures(history)
            file.history = history
        }
        // Figures are checked after the whole file is read (a definition change may come later
        // in the file yet apply earlier), so problems are put back in line order.
        file.problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element.error)
    }

    mutating func problem(_ line: Int, _ error: FieldError) {
        problems.append((line, error.located(.line(path, line))))
    }

    mutating func parseLine(_ bytes: Bytes, line: Int) {
        if let reason = Token.split(bytes, into: &tokens) {
            problem(line, .malformedLine(reason))
            return
        }
        guard let first = tokens.first else { return }  // blank line
        if first.bytes.first == UInt8(ascii: "#") && !first.quoted { return }  // comment
        // Most lines are values: recognise them from their bytes before making any String.
        if first.isWord("value") || first.isWord("revise") {
            let isRevision = first.isWord("revise")
            tokens.removeFirst()
            parseObservation(tokens, kind: .value, isRevision: isRevision, line: line)
            return
        }
        let keyword = first.text
        tokens.removeFirst()
        switch keyword {
        case "indicator": parseIndicator(tokens, line: line)
        case "title", "unit", "better", "frequency", "decimals", "allow-any-percent", "cumulative", "green-tolerance",
            "theme",
            "source", "description":
            parseAttribute(keyword, tokens, line: line)
        case "forecast", "revise-forecast":
            parseObservation(tokens, kind: .forecast, isRevision: keyword == "revise-forecast", line: line)
        case "target": parseTarget(tokens, line: line)
        case "year-target": parseYearTarget(tokens, line: line)
        case "redefine": parseRedefinition(tokens, line: line)
        case "retire": parseRetirement(tokens, line: line)
        case "reinstate": parseReinstatement(tokens, line: line)
        default:
            problem(line, .unknownLine(keywords: Self.keywords, found: keyword))
        }
    }
}
