import ArgumentParser
import KPIModel
import KPIReport
import KPIStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every recorded value (CSV, re-importable) or the whole store (JSON) to stdout.",
        discussion: """
            Examples:
              kpi export > all-values.csv          (kpi import --revise all-values.csv rebuilds the history)
              kpi export --format json --as-of 2021-12-31
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: "csv or json.") var format: String = "csv"

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard format == "csv" || format == "json" else {
            throw KPIError.unknownExportFormat(format)
        }
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let histories = try store.read(warn: Terminal.warn).histories()
        Terminal.write(
            format == "csv" ? StoreExport.csv(histories, asOf: asOf) : StoreExport.json(histories, asOf: asOf))
    }
}
