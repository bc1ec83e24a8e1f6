import KPIActions
import KPIModel

/// Every error of a Series or action file's lines, in one place: what the parsers refuse, each
/// a `FieldError` that the parser places at the file and line. The two kinds of file share
/// their lines where they can, and so share these.
extension FieldError {
    // MARK: Any line

    /// A line the tokenizer cannot split: an unclosed quote, a bad escape.
    static func malformedLine(_ reason: Expected) -> FieldError {
        FieldError(field: "line", .expected(reason.text))
    }

    /// A line starting with a word that is not a keyword; `keywords` lists them.
    static func unknownLine(keywords: String, found keyword: String) -> FieldError {
        FieldError(field: "line", .expected("a line starting with \(keywords)", found: quoted(keyword)))
    }

    /// A history line with too few fields; `example` is a whole line as it should be.
    static func historyLineFields(_ keyword: String, example: String, found count: Int) -> FieldError {
        FieldError(field: keyword, .expected("\"\(example)\"", found: "\(count) field\(count == 1 ? "" : "s")"))
    }

    /// A history line without its `recorded TIME`; `example` is a time as it should be.
    static func missingRecorded(_ keyword: String, example: String) -> FieldError {
        FieldError(field: "recorded", .expected("\"recorded \(example)\" on every \(keyword) line", found: "none"))
    }

    /// A field written some other way than its canonical form; `canonical` as the message shows it.
    static func notCanonical(_ field: String, canonical: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("the canonical form \(canonical)", found: quoted(text)))
    }

    /// A financial-year month number (`2021/22 M01`), which depends on the year start, in a file.
    static func monthNumberInFile(found text: String) -> FieldError {
        FieldError(
            field: "period",
            .expected(
                "a month in the canonical form such as \"Apr 2021\"",
                found: "the financial-year month number \(quoted(text))"))
    }

    // MARK: Definitions

    /// No `indicator` or `action` line at all; `example` is one as it should be.
    static func noOpeningLine(_ opener: String, example: String) -> FieldError {
        FieldError(field: opener, .expected("an \(opener) line such as \"\(example)\"", found: "none"))
    }

    /// A second `indicator` or `action` line.
    static func secondDefinition(_ opener: String, firstAt line: Int) -> FieldError {
        FieldError(
            field: opener,
            .expected("one definition per file", found: "a second \(opener) line (the first is at line \(line))"))
    }

    /// An `indicator` or `action` line of the wrong shape; `example` is its first fields.
    static func openingLineFields(_ opener: String, example: String, found count: Int) -> FieldError {
        FieldError(field: opener, .expected("\"\(example)\" and optionally by \"NAME\"", found: "\(count) fields"))
    }

    static func idNotFileName(_ opener: String, expected: IndicatorID, found: IndicatorID) -> FieldError {
        FieldError(field: opener, .expected("the id \(expected) to match the file name", found: found.description))
    }

    /// A history line before the definition is complete.
    static func definitionFirst(_ opener: String, found keyword: String) -> FieldError {
        FieldError(field: keyword, .expected("the \(opener) definition first", found: "a \(keyword) line before it"))
    }

    /// A definition line before the file's first line.
    static func openingLineFirst(_ opener: String, found keyword: String) -> FieldError {
        FieldError(field: keyword, .expected("the \(opener) line first", found: "\(keyword) before it"))
    }

    static func definitionAfterHistory(_ keyword: String) -> FieldError {
        FieldError(
            field: keyword, .expected("definition lines before the history", found: "\(keyword) after a history line"))
    }

    static func secondDefinitionLine(_ keyword: String, firstAt line: Int) -> FieldError {
        FieldError(
            field: keyword, .expected("one \(keyword) line", found: "a second one (the first is at line \(line))"))
    }

    /// Something after a flag such as `allow-any-percent`.
    static func flagWithValue(_ keyword: String) -> FieldError {
        FieldError(field: keyword, .expected("nothing after \(keyword)"))
    }

    static func definitionLineFields(_ keyword: String, found count: Int) -> FieldError {
        FieldError(
            field: keyword,
            .expected("one field after \(keyword)", found: "\(count)").aside(
                count > 1 ? "put text in double quotes" : nil))
    }

    /// The definition lines an indicator needs and lacks; the first names the field.
    static func missingDefinitionLines(_ missing: [String]) -> FieldError {
        FieldError(
            field: missing[0],
            .expected(
                "\(missing.joined(separator: ", ")) line\(missing.count > 1 ? "s" : "") in the definition",
                found: "none"))
    }

    static func missingTitleLine() -> FieldError {
        FieldError(field: "title", .expected("a title line in the definition", found: "none"))
    }

    static func unquotedText(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("text in double quotes", found: quoted(text)))
    }

    static func emptyTitle(_ field: String = "title") -> FieldError {
        FieldError(field: field, .expected("a title", found: "an empty one"))
    }

    static func decimalsOutOfRange(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("a whole number from 0 to 6", found: quoted(text)))
    }

    static func notTrueOrFalse(_ field: String, found text: String) -> FieldError {
        FieldError(field: field, .expected("true or false", found: quoted(text)))
    }

    // MARK: History lines

    /// A revision with nothing to revise; `what` is `value`, `forecast` or `update`, `verb`
    /// `revise` or `replace`, and `line` the keyword of a first line.
    static func nothingToRevise(_ keyword: String, what: String, verb: String, period: Period, use line: String)
        -> FieldError
    {
        FieldError(
            field: keyword, .expected("an earlier \(what) for \(period) to \(verb)", found: "none").aside("use \(line)")
        )
    }

    /// A revision recorded before what it revises, which is at `line`.
    static func revisionBeforeRevised(what: String, verb: String, revised: Timestamp, line: Int, found time: Timestamp)
        -> FieldError
    {
        FieldError(
            field: "recorded",
            .expected(
                "a revision recorded at or after the \(what) it \(verb) (\(revised), line \(line))", found: "\(time)"))
    }

    /// A second first line for a period; `correction` says what a correction is.
    static func secondLineForPeriod(_ keyword: String, period: Period, firstAt line: Int, correction: String)
        -> FieldError
    {
        FieldError(
            field: keyword,
            .expected("one \(keyword) line for \(period)", found: "a second (the first is at line \(line))").hint(
                correction))
    }

    static func amberAndTolerance() -> FieldError {
        FieldError(field: "amber", .expected("either amber or tolerance", found: "both"))
    }

    /// A change of frequency after a line with a period of the old one.
    static func frequencyChangeTooLate(after line: Int) -> FieldError {
        FieldError(
            field: "frequency",
            .expected(
                "a change of frequency only before any value, target or retirement", found: "one after line \(line)"))
    }

    /// A `redefine` line that changes nothing; `fields` are those it may change.
    static func emptyRedefinition(_ fields: [HistoryOptions.Key]) -> FieldError {
        FieldError(
            field: "redefine",
            .expected("at least one of \(fields.map(\.rawValue).joined(separator: ", "))", found: "none"))
    }

    /// A line in force that breaks the definition in force now, which the redefine `line` made.
    func underCurrentDefinition(redefinedAt line: Int) -> FieldError {
        adding(.continuation("under the definition in force now (see the redefine line \(line))"))
    }

    /// A stage word in an action file, written as the file writes it (`in-progress`).
    static func unknownStageKeyword(found text: String) -> FieldError {
        FieldError(
            field: "stage",
            .expected("one of \(Stage.allCases.map(\.rawValue).joined(separator: ", "))", found: quoted(text)))
    }

    static func unknownStatusKeyword(found text: String) -> FieldError {
        FieldError(field: "status", .expected("one of blue, green, amber, red", found: quoted(text)))
    }

    // MARK: Options of a history line

    /// A key the line does not take; `allowed` are those it does.
    static func unknownOption(_ keyword: String, allowed: [HistoryOptions.Key], found text: String) -> FieldError {
        FieldError(
            field: keyword,
            .expected("one of \(allowed.map(\.rawValue).sorted().joined(separator: ", "))", found: quoted(text)))
    }

    static func optionWithoutValue(_ key: HistoryOptions.Key) -> FieldError {
        FieldError(field: key.rawValue, .expected("a value after \(key.rawValue)", found: "the end of the line"))
    }

    static func optionTwice(_ key: HistoryOptions.Key) -> FieldError {
        FieldError(field: key.rawValue, .expected("\(key.rawValue) once", found: "it twice"))
    }
}
