import ArgumentParser
import KPIActions
import KPIModel
import KPIReport
import KPIStore

struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Show every action's due date, progress and BRAG status for a period, with the rules' view.",
        discussion: """
            The status is the officer's when this period's update gives one; otherwise blue when \
            completed, "no-update" when the latest update is from an earlier period, else what the \
            rules suggest (see the README). The JSON and CSV forms also give the suggestion, whether \
            the action is overdue and its expected progress.

            Examples:
              kpi actions                              (the latest period with any value or update)
              kpi actions "2020/21 Q3" --format json
              kpi actions --theme "ICT: Service Level Objectives" --as-of 2021-06-01
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The period (default: the latest with any value or update).") var period: String?
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: "Only the actions of this theme.") var theme: String?
    @Option(help: "table, csv, json or markdown.") var format: String = "table"

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard let format = StatusReport.Format(rawValue: self.format) else {
            throw KPIError.unknownReportFormat(format)
        }
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let contents = try store.read(warn: Terminal.warn)
        let financialYear = contents.settings.financialYear
        let requested = try self.period.map { try Arguments.quarter($0, .argument("PERIOD")) }
        let actions = try contents.actions(asOf: asOf)
        guard
            let period = try requested
                ?? StoreContents.latestQuarter(contents.snapshots(asOf: asOf), actions, in: financialYear)
        else {
            throw KPIError.noLatestUpdates(store.directory, asOf: asOf)
        }
        if let theme, !actions.contains(where: { $0.action.theme?.lowercased() == theme.lowercased() }) {
            throw KPIError.unknownTheme(
                theme, store: store.directory, themes: Set(actions.compactMap(\.action.theme)).sorted())
        }
        let report = ActionsReport(
            actions: actions, period: period, rules: contents.settings.actionRules, asOf: asOf, theme: theme)
        Terminal.write(report.render(format, colour: Terminal.wantsColour, width: Terminal.width))
    }
}
