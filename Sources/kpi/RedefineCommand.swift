import ArgumentParser
import FoundationEssentials
import KPIModel
import KPIStore

struct RedefineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redefine",
        abstract: "Change an indicator's definition from now on; the old definition is kept as history.",
        discussion: """
            Only the fields given change. A report as of an earlier date still uses the definition in \
            force then. A change that would make a value or target in force break the rules (an amber \
            threshold on the wrong side after --better flips, a percentage over 100 after \
            --allow-any-percent false) is refused, naming the lines. An empty --theme, --source or \
            --description clears it. The frequency may change only while the indicator has no values, \
            targets or retirements.

            Examples:
              kpi redefine ICT01 --title "% of ICT incidents resolved within 2 working days" --note "Title corrected"
              kpi redefine HR02 --theme "People" --recorded-at 2022-04-01
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Option(help: "The title a committee reads.") var title: String?
    @Option(help: "percent, count, days, gbp or number.") var unit: String?
    @Option(help: "higher, lower or closer: which direction is good.") var better: String?
    @Option(help: "quarterly, monthly or annual: only while the indicator has no values, targets or retirements.")
    var frequency: String?
    @Option(help: "Decimals shown in reports, 0 to 6.") var decimals: Int?
    @Option(help: "The report section (empty to clear).") var theme: String?
    @Option(help: "Where the figures come from (empty to clear).") var source: String?
    @Option(help: "A longer description (empty to clear).") var description: String?
    @Option(help: ArgumentHelp("true or false: allow percentages below 0 or above 100.", valueName: "true|false"))
    var allowAnyPercent: String?
    @Option(
        help: ArgumentHelp(
            "true or false: each value is the figure for the financial year to date.", valueName: "true|false"))
    var cumulative: String?
    @Option(parsing: .unconditional, help: "For a closer indicator: within this % of the target is green.")
    var greenTolerance: String?
    @Option(help: "Why the definition changed.") var note: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        var change = DefinitionChange(recordedAt: try recording.moment(), note: note, by: try recording.who())
        if let title {
            guard !title.trimmingBlanks().isEmpty else {
                throw KPIError.emptyTitleOption()
            }
            change.title = title
        }
        if let unit {
            change.unit = try located(.option("--unit")) { () throws(FieldError) in try IndicatorUnit(parsing: unit) }
        }
        if let better {
            change.polarity = try located(.option("--better")) { () throws(FieldError) in try Polarity(parsing: better)
            }
        }
        if let frequency {
            change.frequency = try located(.option("--frequency")) { () throws(FieldError) in
                try Frequency(parsing: frequency)
            }
        }
        if let decimals {
            guard Indicator.decimalsRange.contains(decimals) else {
                throw KPIError.decimalsOption(found: decimals)
            }
            change.decimals = decimals
        }
        change.theme = theme
        change.source = source
        change.description = description
        if let allowAnyPercent {
            change.allowsAnyPercent = try Arguments.yesOrNo(allowAnyPercent, "--allow-any-percent")
        }
        if let cumulative { change.cumulative = try Arguments.yesOrNo(cumulative, "--cumulative") }
        if let greenTolerance {
            // Checked against the definition it makes (better closer) by the store.
            change.greenTolerance = try Arguments.figure(
                greenTolerance, .option("--green-tolerance"), field: "green-tolerance")
        }
        guard !change.isEmpty else {
            throw KPIError.nothingToRedefine()
        }
        let store = try storeOptions.open()
        for warning in try store.redefine(id, change) { Terminal.warn(warning) }
        Terminal.write("Redefined \(id): \(change.changedFields.joined(separator: ", "))\n")
    }
}
