import ArgumentParser
import KPIModel
import KPIReport
import KPIStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every indicator's value, target, status and direction of travel for a period.",
        discussion: """
        Examples:
          kpi status                          (the latest period with any value)
          kpi status "2021/22 Q2" --format json
          kpi status --as-of 2021-12-01       (as the store stood then)
          kpi status --all                    (retired indicators too)
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The period (default: the latest with any value).") var period: String?
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: "table, csv, json or markdown.") var format: String = "table"
    @Flag(help: "Include retired indicators, with the status retired.") var all = false

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard let format = StatusReport.Format(rawValue: self.format) else {
            throw KPIError(.usage, "--format: expected table, csv, json or markdown, found \(quoted(format))")
        }
        let period = try self.period.map { try Arguments.period($0, "PERIOD argument") }
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let contents = try store.read(warn: Terminal.warn)
        guard let report = StatusReport(snapshots: try contents.snapshots(asOf: asOf), period: period,
                                        financialYear: contents.settings.financialYear, asOf: asOf,
                                        includeRetired: all) else {
            let when = asOf.map { " as of \($0.dateText)" } ?? ""
            throw KPIError(.missing, "\(store.directory): no values recorded\(when), so there is no latest period; give a PERIOD or record values first")
        }
        Terminal.write(report.render(format, colour: Terminal.wantsColour, width: Terminal.width))
    }
}
