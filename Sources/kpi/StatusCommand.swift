import ArgumentParser
import KPIModel
import KPIReport
import KPIStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every indicator's value, target, status and direction of travel for a period.",
        discussion: """
            The period may be a quarter, a month or a financial year. For a quarter, a monthly \
            indicator shows its latest month with a value in the quarter, and an annual one its latest \
            financial year ended by the quarter's end; for a month, only monthly indicators show; for \
            a year, annual indicators and the year's last quarter and last month of the others. The \
            period column (and the JSON's period and frequency) says which.

            Examples:
              kpi status                          (the latest quarter with any value)
              kpi status "2021/22 Q2" --format json
              kpi status "Sep 2021"               (monthly indicators only)
              kpi status 2021/22                  (the year: annual indicators, and Q4 and March of the others)
              kpi status --as-of 2021-12-01       (as the store stood then)
              kpi status --all                    (retired indicators too)
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The quarter, month or year (default: the latest quarter with any value).") var period: String?
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: "table, csv, json or markdown.") var format: String = "table"
    @Flag(help: "Include retired indicators, with the status retired.") var all = false

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
        let period = try self.period.map {
            try Arguments.period($0, .argument("PERIOD"), in: contents.settings.financialYear)
        }
        guard
            let report = StatusReport(
                snapshots: try contents.snapshots(asOf: asOf), period: period,
                financialYear: contents.settings.financialYear, asOf: asOf,
                includeRetired: all)
        else {
            throw KPIError.noLatestValues(store.directory, asOf: asOf)
        }
        Terminal.write(report.render(format, colour: Terminal.wantsColour, width: Terminal.width))
    }
}
