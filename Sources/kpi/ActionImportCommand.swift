import ArgumentParser
import KPIModel
import KPIStore

struct ActionImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an action tracker from a CSV file: all rows or none.",
        discussion: """
            One row per action and period. The header names the columns period, title and id or ref, \
            and optionally theme,owner,start,due,progress,stage,status,note,recorded_at,by (any order, \
            any case). With only a ref, the id is the ref with each run of other characters than \
            A-Z a-z 0-9 . _ - made one "-", leading and trailing "-" and "." removed, cut to 32 \
            ("HR&OD20- 22.Strat-4.1" gives HR-OD20--22.Strat-4.1). Actions the store does not know \
            are defined from their earliest row; every row with progress, stage, status, a note or \
            a changed due date records that period's update. Progress may be written 40%; dates \
            2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021. Creates the store when there is none.

            One bad row rejects the whole file, and every bad row is listed as file:line: field: \
            what was expected.

            Examples:
              kpi action import tracker-2020-21-Q4.csv
              kpi action import corrections.csv --revise
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Rows for periods that already have an update replace it, in file order.") var revise = false
    @Option(
        help: ArgumentHelp(
            "Who is recording (default: $KPI_USER, else your user name); a by column overrides it per row.",
            valueName: "name"))
    var by: String?

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let outcome = try ActionImport.run(
            path: file, directory: storeOptions.directory, revise: revise, by: try Arguments.by(by))
        if outcome.createdStore {
            Terminal.write(
                "Created a new store in \(storeOptions.directory) with the default settings (financial year from April)\n"
            )
        }
        for warning in outcome.warnings { Terminal.warn(warning) }
        Terminal.write(
            "Imported actions from \(file): \(outcome.defined) defined, \(outcome.updates) update\(outcome.updates == 1 ? "" : "s") recorded\n"
        )
    }
}
