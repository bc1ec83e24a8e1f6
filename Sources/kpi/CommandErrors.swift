import KPIModel

/// Every error the `kpi` commands give themselves, in one place: options that conflict or
/// need each other, values out of range for an option, and commands with nothing to do. The
/// errors of what the options hold (a period, a figure) come from the modules that read them,
/// placed at the option here.
extension KPIError {
    // MARK: Options that conflict or need each other

    /// Two options of which one at most may be given: `--amber and --tolerance: expected one of them, found both`.
    static func bothGiven(_ first: String, _ second: String) -> KPIError {
        KPIError(.usage, at: .option("\(first) and \(second)"), .expected("one of them", found: "both"))
    }

    /// An option (or options) given without what it needs: `--update: expected only with --definitions`.
    private static func onlyWith(_ option: String, _ requirement: String) -> KPIError {
        KPIError(.usage, at: .option(option), .expected(requirement))
    }

    static func bandsWithoutTarget() -> KPIError {
        onlyWith("--amber/--tolerance", "them only with --target and --from")
    }

    static func spcOptionsWithoutSPC() -> KPIError {
        onlyWith("--rebase, --shift, --trend, --fix-after, --[no-]screen-outliers", "only with --spc")
    }

    static func quartersWithSPC() -> KPIError {
        onlyWith("--quarters", "--periods with --spc")
    }

    static func reviseWithDefinitions() -> KPIError {
        onlyWith("--revise", "only with value imports; with --definitions use --update")
    }

    static func updateWithoutDefinitions() -> KPIError {
        onlyWith("--update", "only with --definitions")
    }

    static func profileWithoutYear() -> KPIError {
        onlyWith("--profile", "it only with --year (a profile spreads a year target over the year)")
    }

    static func noneWithYear() -> KPIError {
        onlyWith("--none", "it only with --from (a year target always has a value)")
    }

    static func targetWithoutFrom() -> KPIError {
        KPIError(.usage, at: .option("--target and --from"), .expected("both or neither"))
    }

    static func targetWithoutPeriod() -> KPIError {
        KPIError(
            .usage, at: .option("--from or --year"),
            .expected("the first period the target applies to, or the financial year it ends"))
    }

    static func noneWithBands() -> KPIError {
        KPIError(
            .usage, at: .option("--none"),
            .expected("no --amber, --tolerance or --green-tolerance with it (there is no target to be amber against)"))
    }

    static func valueAndNone() -> KPIError {
        KPIError(.usage, at: .option("--none"), .expected("either a VALUE or --none", found: "both"))
    }

    static func noTargetValue() -> KPIError {
        KPIError(.usage, at: .argument("VALUE"), .expected("a target value, or --none for no target"))
    }

    static func noYearTargetValue() -> KPIError {
        KPIError(.usage, at: .argument("VALUE"), .expected("the year-end target"))
    }

    /// A command that was given nothing to change; `options` are those it takes.
    private static func nothingGiven(_ command: String, options: String) -> KPIError {
        KPIError(.usage, at: .command(command), .expected("at least one of \(options)", found: "none"))
    }

    static func nothingToRedefine() -> KPIError {
        nothingGiven(
            "redefine",
            options: "--title, --unit, --better, --frequency, --decimals, --theme, --source, --description, "
                + "--allow-any-percent, --cumulative, --green-tolerance")
    }

    static func nothingToRedefineInAction() -> KPIError {
        nothingGiven("action redefine", options: "--title, --ref, --theme, --owner, --start, --due, --description")
    }

    static func nothingToUpdate() -> KPIError {
        nothingGiven("action update", options: "--progress, --stage, --status, --due, --note")
    }

    static func quartersForNonQuarterly(_ frequency: Frequency, _ id: IndicatorID) -> KPIError {
        KPIError(
            .usage, at: .option("--quarters"), .expected("--periods for the \(frequency.rawValue) indicator \(id)"))
    }

    static func fromAfterTo(_ from: Period, _ to: Period) -> KPIError {
        KPIError(
            .usage, at: .option("--from and --to"), .expected("--from at or before --to", found: "\(from) after \(to)"))
    }

    // MARK: Values out of range

    /// A number outside what the option takes; `expected` says what that is.
    private static func outOfRange(
        _ option: String, expected: String, found: some CustomStringConvertible, kind: Kind = .usage
    ) -> KPIError {
        KPIError(kind, at: .option(option), .expected(expected, found: found.description))
    }

    static func decimalsOption(found decimals: Int) -> KPIError {
        outOfRange("--decimals", expected: "a whole number from 0 to 6", found: decimals, kind: .badData)
    }

    /// `--periods` or `--quarters` (`option`) outside 1 to the most a chart shows.
    static func chartPeriods(_ option: String, maximum: Int, found count: Int) -> KPIError {
        outOfRange(option, expected: "a whole number from 1 to \(maximum)", found: count)
    }

    static func spcPeriods(minimum: Int, found count: Int) -> KPIError {
        outOfRange("--periods", expected: "a whole number of \(minimum) or more", found: count)
    }

    static func scaleOutOfRange(_ scale: Double) -> KPIError {
        outOfRange("--scale", expected: "a number from 0.25 to 8", found: scale)
    }

    /// `--width` or `--height` (`option`) outside what leaves room for the text.
    static func sizeOutOfRange(_ option: String, minimum: Double, found size: Double) -> KPIError {
        outOfRange(option, expected: "a number of points from \(Int(minimum)) to 10000", found: size)
    }

    static func jobsOutOfRange(_ jobs: Int) -> KPIError {
        outOfRange("--jobs", expected: "a whole number from 1 to 256", found: jobs)
    }

    static func yearStartMonthOption(_ month: Int) -> KPIError {
        outOfRange("--year-start-month", expected: "a month number from 1 to 12", found: month)
    }

    static func emptyTitleOption() -> KPIError {
        KPIError(.badData, at: .option("--title"), .expected("a title", found: "an empty one"))
    }

    static func emptyByOption() -> KPIError {
        KPIError(.usage, at: .option("--by"), .expected("a name", found: "an empty one"))
    }

    /// A word an option does not take: `--format: expected table or json, found "xml"`.
    private static func unknownChoice(_ option: String, choices: String, found text: String) -> KPIError {
        KPIError(.usage, at: .option(option), .expected(choices, found: quoted(text)))
    }

    /// `--format` of `kpi status` and `kpi actions`.
    static func unknownReportFormat(_ text: String) -> KPIError {
        unknownChoice("--format", choices: "table, csv, json or markdown", found: text)
    }

    static func unknownSPCFormat(_ text: String) -> KPIError {
        unknownChoice("--format", choices: "table or json", found: text)
    }

    static func unknownExportFormat(_ text: String) -> KPIError {
        unknownChoice("--format", choices: "csv or json", found: text)
    }

    static func unknownChartFormat(_ text: String) -> KPIError {
        unknownChoice("--format", choices: "png, svg or pdf", found: text)
    }

    /// A yes-or-no option such as `--cumulative` given something else.
    static func notTrueOrFalse(_ option: String, found text: String) -> KPIError {
        unknownChoice(option, choices: "true or false", found: text)
    }

    static func greenToleranceNotCloser(_ polarity: Polarity) -> KPIError {
        KPIError(
            .badData, at: .option("--green-tolerance"),
            .expected("it only for an indicator whose better is closer", found: "--better \(polarity.rawValue)"))
    }

    static func negativeGreenTolerance(_ figure: Figure) -> KPIError {
        KPIError(.badData, at: .option("--green-tolerance"), .expected("a percentage of 0 or more", found: figure.text))
    }

    // MARK: Chart files

    static func unknownOutputExtension(_ out: String) -> KPIError {
        KPIError(
            .usage, at: .option("--out"),
            .expected("a file ending in .png, .svg or .pdf (or give --format)", found: quoted(out)))
    }

    static func formatDisagreesWithOut(_ fromPath: String, out: String, found chosen: String) -> KPIError {
        KPIError(.usage, at: .option("--format"), .expected("\(fromPath) to match --out \(quoted(out))", found: chosen))
    }

    static func renderFailed(_ path: String, format: String, _ error: any Error) -> KPIError {
        KPIError(.io, at: .path(path), .statement("cannot render the \(format): \(error)"))
    }

    // MARK: Nothing to show

    /// No period to report, so none to default to; `records` is what to record (`values`, `updates`).
    private static func noLatestPeriod(_ directory: String, recorded: String, asOf: Timestamp?, records: String)
        -> KPIError
    {
        KPIError(
            .missing, at: .path(directory),
            .statement("no \(recorded) recorded\(Self.asOf(asOf)), so there is no latest period")
                .hint("give a PERIOD or record \(records) first"))
    }

    /// `kpi status` without a PERIOD on a store with no values.
    static func noLatestValues(_ directory: String, asOf: Timestamp?) -> KPIError {
        noLatestPeriod(directory, recorded: "values", asOf: asOf, records: "values")
    }

    /// `kpi actions` without a PERIOD on a store with no values or updates.
    static func noLatestUpdates(_ directory: String, asOf: Timestamp?) -> KPIError {
        noLatestPeriod(directory, recorded: "values or action updates", asOf: asOf, records: "updates")
    }

    static func noPeriodToChart(_ id: IndicatorID, path: String, asOf: Timestamp?) -> KPIError {
        KPIError(
            .missing, at: .path(path),
            .statement("\(id) has no values or targets\(Self.asOf(asOf)), so there is no period to show")
                .hint("give --period or record values first"))
    }

    /// `--theme` naming no action's theme; `themes` are those there are.
    static func unknownTheme(_ theme: String, store: String, themes: [String]) -> KPIError {
        let problem = Problem.expected("the theme of an action in \(store)", found: quoted(theme))
        return KPIError(
            .missing, at: .option("--theme"),
            themes.isEmpty
                ? problem.aside("no action has a theme")
                : problem.hint("the themes are " + themes.map { quoted($0) }.joined(separator: ", ")))
    }

    /// The problems `kpi check` found, one a line under the count.
    static func problemsFound(_ directory: String, _ problems: [KPIError]) -> KPIError {
        KPIError(
            .badData, at: .path(directory),
            .statement("\(problems.count) problem\(problems.count == 1 ? "" : "s") found"),
            details: problems.map(\.message))
    }

    /// An SPC analysis of an indicator's file that failed, with the range it covered.
    static func analysisFailed(_ error: FieldError, path: String, range: String) -> KPIError {
        let located = error.located(.path(path))
        return range.isEmpty ? located : located.adding(.continuation(range))
    }

    /// " as of 2021-10-01" for a command `--as-of` a date, else nothing.
    private static func asOf(_ moment: Timestamp?) -> String {
        moment.map { " as of \($0.dateText)" } ?? ""
    }
}
