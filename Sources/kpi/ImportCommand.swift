import ArgumentParser
import KPIModel
import KPIStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import values from a CSV file, all rows or none.",
        discussion: """
        The header row names the columns: indicator,period,value and optionally note,recorded_at.
        Values may be written "175,776" or 85% (for percent indicators). One bad row rejects the
        whole file, and every bad row is listed as file:line: field: what was expected.

        Example: kpi import q2-2021.csv
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Rows for periods that already have a value become revisions, in file order.") var revise = false

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let store = try storeOptions.open()
        let (count, warnings) = try ObservationImport.run(path: file, store: store, revise: revise)
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Imported \(count) value\(count == 1 ? "" : "s") from \(file)\n")
    }
}
