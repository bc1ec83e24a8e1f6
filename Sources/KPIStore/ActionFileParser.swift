import KPIActions
import KPIModel

/// Reads an action's file (`ID.action`) into an ``ActionFile``, collecting every problem with
/// its line. The lines are those of a Series file where they can be (quoted text, `recorded`,
/// `note`, `by`, periods in canonical form); see `docs/series-format.md`.
struct ActionFileParser {
    let path: String
    let expectedID: IndicatorID?
    var file: ActionFile

    var idLine = 0
    var id: IndicatorID?
    var definedAt: Timestamp?
    var definedBy: String?
    var attributes: [HistoryOptions.Key: String] = [:]
    var dates: [HistoryOptions.Key: CalendarDate] = [:]
    var seen: [String: Int] = [:]
    var action: Action?
    var definitionFailed = false
    var changes: [ActionChange] = []
    var updates: [ActionUpdate] = []
    /// For each period, the index in `updates` of the update in force so far.
    var current: [Period: Int] = [:]
    var tokens: [Token] = []
    var problems: [KPIError] = []

    /// The words an action file's lines start with, for the message about any other.
    static let keywords = "action, ref, title, theme, owner, start, due, description, update, revise or redefine"

    static func parse(_ bytes: [UInt8], path: String, expectedID: IndicatorID?) -> ActionFile {
        var parser = ActionFileParser(path: path, expectedID: expectedID, file: ActionFile(path: path))
        parser.file.size = bytes.count
        let (lineCount, tornTail) = LineReader.forEachLine(bytes) { parser.parseLine($0, line: $1) }
        if let tornTail {
            parser.file.tornTail = tornTail
            parser.file.tornLine = lineCount
        }
        parser.finishDefinition()
        if parser.id == nil && !parser.definitionFailed {
            parser.problem(
                max(lineCount, 1), .noOpeningLine("action", example: "action ICT01 defined 2021-04-01T09:00:00Z"))
        }
        if let action = parser.action {
            parser.file.history = ActionHistory(action: action, changes: parser.changes, updates: parser.updates)
        }
        parser.file.problems = parser.problems
        return parser.file
    }

    mutating func problem(_ line: Int, _ error: FieldError) {
        problems.append(error.located(.line(path, line)))
    }

    mutating func parseLine(_ bytes: Bytes, line: Int) {
        if let reason = Token.split(bytes, into: &tokens) {
            problem(line, .malformedLine(reason))
            return
        }
        guard let first = tokens.first else { return }
        if first.bytes.first == UInt8(ascii: "#") && !first.quoted { return }
        let keyword = first.text
        let rest = Array(tokens.dropFirst())
        switch keyword {
        case "action": parseAction(rest, line: line)
        case "ref", "title", "theme", "owner", "start", "due", "description": parseAttribute(keyword, rest, line: line)
        case "update", "revise": parseUpdate(rest, isRevision: keyword == "revise", line: line)
        case "redefine": parseRedefinition(rest, line: line)
        default:
            problem(line, .unknownLine(keywords: Self.keywords, found: keyword))
        }
    }

    /// `action ID defined TIME [by "NAME"]`
    mutating func parseAction(_ tokens: [Token], line: Int) {
        if let first = seen["action"] {
            problem(line, .secondDefinition("action", firstAt: first))
            return
        }
        seen["action"] = line
        idLine = line
        guard tokens.count == 3 || tokens.count == 5, tokens[1].isWord("defined") else {
            definitionFailed = true
            problem(
                line,
                .openingLineFields("action", example: "action ID defined 2021-04-01T09:00:00Z", found: tokens.count + 1)
            )
            return
        }
        do throws(FieldError) {
            let parsed = try IndicatorID(tokens[0].text, field: "action")
            if let expectedID, parsed != expectedID {
                definitionFailed = true
                problem(line, .idNotFileName("action", expected: expectedID, found: parsed))
                return
            }
            if tokens.count == 5 {
                definedBy = try HistoryOptions(tokens[3...], allowed: [.by], line: "action").by?.text
            }
            definedAt = try Timestamp(parsing: tokens[2].text, field: "defined", dateOnly: .startOfDay)
            id = parsed
        } catch {
            definitionFailed = true
            problem(line, error)
        }
    }

    mutating func parseAttribute(_ keyword: String, _ tokens: [Token], line: Int) {
        if let error = DefinitionLines.problem(
            keyword, fields: tokens.count, opener: "action", opened: id != nil || definitionFailed,
            historyStarted: action != nil, seen: &seen, line: line)
        {
            problem(line, error)
            return
        }
        let key = HistoryOptions.Key(rawValue: keyword)!
        do throws(FieldError) {
            if key == .start || key == .due {
                dates[key] = try Self.date(tokens[0], field: keyword)
                return
            }
            guard tokens[0].quoted else {
                problem(line, .unquotedText(keyword, found: tokens[0].text))
                return
            }
            if key == .title, tokens[0].text.trimmingSpaces.isEmpty {
                problem(line, .emptyTitle(keyword))
                return
            }
            attributes[key] = tokens[0].text
        } catch {
            problem(line, error)
        }
    }

    /// Assembles the definition once its lines are over: at the first history line or the end.
    mutating func finishDefinition() {
        guard action == nil, !definitionFailed, let id, let definedAt else { return }
        guard let title = attributes[.title] else {
            if seen["title"] == nil { problem(idLine, .missingTitleLine()) }
            definitionFailed = true
            return
        }
        action = Action(
            id: id, ref: attributes[.ref], title: title, theme: attributes[.theme], owner: attributes[.owner],
            start: dates[.start], due: dates[.due], description: attributes[.description],
            definedAt: definedAt, definedBy: definedBy)
    }

    /// Whether a history line may be read: the definition must be complete before it.
    mutating func readyForHistory(_ keyword: String, line: Int) -> Bool {
        if id == nil && !definitionFailed {
            problem(line, .definitionFirst("action", found: keyword))
            return false
        }
        finishDefinition()
        return action != nil
    }

    /// `update|revise PERIOD [progress P] [stage S] [status S] [due DATE] recorded TIME [note "TEXT"] [by "NAME"]`
    mutating func parseUpdate(_ tokens: [Token], isRevision: Bool, line: Int) {
        let keyword = isRevision ? "revise" : "update"
        guard readyForHistory(keyword, line: line) else { return }
        guard tokens.count >= 2 else {
            problem(
                line,
                .historyLineFields(
                    keyword, example: "\(keyword) 2020/21 Q4 progress 40 recorded 2021-05-12T09:00:00Z",
                    found: tokens.count + 1))
            return
        }
        do throws(FieldError) {
            let (period, fields) = try SeriesFileParser.period(tokens)
            try period.required(.quarter, "for an action's update (updates are quarterly)")
            let options = try HistoryOptions(
                tokens.dropFirst(fields), allowed: HistoryOptions.Key.updateFields, line: keyword)
            guard let recordedAt = try recordedTime(options, keyword, line: line) else { return }
            let progress = try options[.progress].map { token throws(FieldError) in
                try Figure(parsingUTF8: token.buffer, original: token.text, field: "progress")
            }
            let stage = try options[.stage].map { token throws(FieldError) in
                guard !token.quoted, let stage = Stage(rawValue: token.text) else {
                    throw .unknownStageKeyword(found: token.text)
                }
                return stage
            }
            let status = try options[.status].map { token throws(FieldError) in
                guard !token.quoted, let status = ActionStatus(rawValue: token.text),
                    ActionStatus.officerChoices.contains(status)
                else {
                    throw .unknownStatusKeyword(found: token.text)
                }
                return status
            }
            let due = try options[.due].map { token throws(FieldError) in try Self.date(token, field: "due") }
            let checked = try ActionUpdate.consistent(progress: progress, stage: stage, status: status)
            let earlier = current[period]
            if isRevision {
                guard let earlier else {
                    problem(
                        line,
                        .nothingToRevise(
                            "revise", what: "update", verb: "replace", period: period, use: "an update line"))
                    return
                }
                let replaced = updates[earlier]
                if recordedAt < replaced.recordedAt {
                    problem(
                        line,
                        .revisionBeforeRevised(
                            what: "update", verb: "replaces", revised: replaced.recordedAt,
                            line: file.updateLines[earlier],
                            found: recordedAt))
                    return
                }
            } else if let earlier {
                problem(
                    line,
                    .secondLineForPeriod(
                        "update", period: period, firstAt: file.updateLines[earlier],
                        correction: "a replacement is a revise line"))
                return
            }
            current[period] = updates.count
            updates.append(
                ActionUpdate(
                    period: period, progress: checked.progress, stage: checked.stage, status: status, due: due,
                    note: options.note?.text, recordedAt: recordedAt, by: options.by?.text, isRevision: isRevision))
            file.updateLines.append(line)
        } catch {
            problem(line, error)
        }
    }

    /// `redefine FIELD VALUE … recorded TIME [note "TEXT"] [by "NAME"]`
    mutating func parseRedefinition(_ tokens: [Token], line: Int) {
        guard readyForHistory("redefine", line: line) else { return }
        do throws(FieldError) {
            let options = try HistoryOptions(
                tokens[...], allowed: HistoryOptions.Key.actionFields + [.recorded, .note, .by], line: "redefine")
            guard let recordedAt = try recordedTime(options, "redefine", line: line) else { return }
            var change = ActionChange(recordedAt: recordedAt, note: options.note?.text, by: options.by?.text)
            if let token = options[.title] {
                guard !token.text.trimmingSpaces.isEmpty else { throw .emptyTitle() }
                change.title = token.text
            }
            change.ref = options[.ref]?.text
            change.theme = options[.theme]?.text
            change.owner = options[.owner]?.text
            change.description = options[.description]?.text
            if let token = options[.start] {
                change.start = token.isWord("none") ? .some(nil) : try Self.date(token, field: "start")
            }
            if let token = options[.due] {
                change.due = token.isWord("none") ? .some(nil) : try Self.date(token, field: "due")
            }
            guard !change.isEmpty else {
                problem(line, .emptyRedefinition(HistoryOptions.Key.actionFields))
                return
            }
            changes.append(change)
        } catch {
            problem(line, error)
        }
    }

    /// The `recorded TIME` every history line carries; nil (with the problem noted) when absent.
    mutating func recordedTime(_ options: HistoryOptions, _ keyword: String, line: Int) throws(FieldError) -> Timestamp?
    {
        guard let token = options.recorded else {
            problem(line, .missingRecorded(keyword, example: "2021-05-12T09:00:00Z"))
            return nil
        }
        return try Timestamp(parsingUTF8: token.buffer, field: "recorded", dateOnly: .startOfDay)
    }

    /// A date written canonically, `2021-04-30`.
    static func date(_ token: Token, field: String) throws(FieldError) -> CalendarDate {
        let date = try CalendarDate(parsing: token.text, field: field)
        guard !token.quoted, date.description == token.text else {
            throw .notCanonical(field, canonical: date.description, found: token.text)
        }
        return date
    }
}
