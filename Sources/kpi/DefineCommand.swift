import ArgumentParser
import FoundationEssentials
import KPIModel
import KPIStore

struct DefineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "define",
        abstract: "Add an indicator: its title, unit, polarity and optionally its first target.",
        discussion: """
            An indicator is reported quarterly unless --frequency says monthly or annual; its values \
            and targets are then for months ("Sep 2021") or financial years ("2021/22").

            --cumulative: each value is the figure for the financial year to date (spend to date, \
            % of the audit plan done so far): compared with a profiled year target (kpi target \
            --year) and with the same point last year, never with the period before.

            --better closer: good is near the target on either side (a budget). With green tolerance \
            G (--green-tolerance, % of the target, default 0) and amber tolerance A (--tolerance, \
            default G), d = |value - target| / |target| x 100 is green up to G, amber up to A, red \
            beyond. --amber is refused for closer, and the target may not be 0.

            Examples:
              kpi define ICT01 --title "% of ICT incidents resolved in under 2 days" --unit percent \\
                --better higher --theme "IT and Digital Services" --target 90 --from "2021/22 Q1" --tolerance 5
              kpi define BEN01 --title "Average days to process new benefit claims" --unit days \\
                --better lower --frequency monthly --target 20 --from "Apr 2021" --amber 24
              kpi define KM01 --title "Knowledge Management staff spend to date" --unit gbp \\
                --better closer --cumulative --green-tolerance 1
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id: 1–32 characters of A-Z a-z 0-9 . _ - (e.g. ICT01).")
    var id: String
    @Option(help: "The title a committee reads.") var title: String
    @Option(help: "percent, count, days, gbp or number.") var unit: String
    @Option(help: "higher, lower or closer: which direction is good (closer: near the target either side).") var better:
        String
    @Option(help: "quarterly (the default), monthly or annual: how often it is reported.") var frequency: String?
    @Option(help: "Decimals shown in reports (default by unit).") var decimals: Int?
    @Option(help: "A longer description.") var description: String?
    @Option(help: "The report section, e.g. \"Human Resources\".") var theme: String?
    @Option(help: "Where the figures come from.") var source: String?
    @Flag(help: "Allow percentages below 0 or above 100.") var allowAnyPercent = false
    @Flag(help: "Each value is the figure for the financial year to date.") var cumulative = false
    @Option(parsing: .unconditional, help: "With --better closer: within this % of the target is green (default 0).")
    var greenTolerance: String?
    @Option(parsing: .unconditional, help: "A first target.") var target: String?
    @Option(
        help:
            "The first period the target applies to, of the indicator's frequency: \"2021/22 Q1\", \"Apr 2021\" or \"2021/22\"."
    ) var from: String?
    @Option(parsing: .unconditional, help: "Amber threshold: worse than target up to this value is amber.") var amber:
        String?
    @Option(parsing: .unconditional, help: "Amber tolerance in % of the target (instead of --amber).") var tolerance:
        String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let recordedAt = try recording.moment()
        let by = try recording.who()
        let unit = try located(.option("--unit")) { () throws(FieldError) in try IndicatorUnit(parsing: self.unit) }
        let polarity = try located(.option("--better")) { () throws(FieldError) in try Polarity(parsing: self.better) }
        let frequency =
            try frequency.map { text in
                try located(.option("--frequency")) { () throws(FieldError) in try Frequency(parsing: text) }
            } ?? .quarterly
        if let decimals, !Indicator.decimalsRange.contains(decimals) {
            throw KPIError.decimalsOption(found: decimals)
        }
        guard !title.trimmingBlanks().isEmpty else {
            throw KPIError.emptyTitleOption()
        }
        let indicator = Indicator(
            id: id, title: title, unit: unit, polarity: polarity, frequency: frequency, decimals: decimals,
            description: description, source: source, theme: theme,
            allowsAnyPercent: allowAnyPercent, cumulative: cumulative,
            greenTolerance: try Arguments.greenTolerance(greenTolerance, polarity: polarity),
            definedAt: recordedAt, definedBy: by)
        var target: (value: Figure, from: String, amber: AmberRule?)?
        switch (self.target, from) {
        case let (value?, from?):
            target = (
                try Arguments.figure(value, .option("--target"), field: "target"), from,
                try Arguments.amber(amber, tolerance)
            )
        case (nil, nil):
            if amber != nil || tolerance != nil {
                throw KPIError.bandsWithoutTarget()
            }
        default:
            throw KPIError.targetWithoutFrom()
        }
        let store = try storeOptions.open()
        let warnings = try store.write { transaction in
            let change = try target.map { target in
                TargetChange(
                    from: try Arguments.period(
                        target.from, .option("--from"), in: transaction.settings.financialYear, for: indicator),
                    value: target.value, amber: target.amber, recordedAt: recordedAt, by: by)
            }
            try transaction.define(indicator, target: change)
        }
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Defined \(id) in \(store.path(for: id))\n")
    }
}
