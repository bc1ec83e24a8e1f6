import ArgumentParser
import KPIModel
import KPIStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import values, or with --definitions indicator definitions, from a CSV file: all rows or none.",
        discussion: """
            Values: the header row names the columns indicator,period,value and optionally \
            note,recorded_at,by. Values may be written "175,776" or 85% (for percent indicators). A \
            recorded_at date may be before the indicator was defined (back-filled history).

            Definitions (--definitions): one row per indicator, columns id,title,unit,better and \
            optionally frequency (quarterly, monthly or annual),decimals,theme,source,description, \
            allow_any_percent,cumulative,green_tolerance,target,from,amber,tolerance,recorded_at,by. \
            Creates the store when there is none. A row matching an indicator already defined changes \
            nothing; a row that differs is refused unless --update, which records it as a redefinition.

            Forecasts (--forecasts): the same columns as values; each row is the year-end forecast \
            made in its period (see kpi forecast).

            One bad row rejects the whole file, and every bad row is listed as file:line: field: \
            what was expected.

            Examples:
              kpi import --definitions indicators.csv     (a new store from a spreadsheet)
              kpi import values-2019-2022.csv            (then its history)
              kpi import --revise corrections.csv
              kpi import --forecasts forecasts-q2.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "The file holds indicator definitions, one row per indicator.") var definitions = false
    @Flag(help: "The file holds year-end forecasts, one row per indicator and period made in.") var forecasts = false
    @Flag(help: "With --definitions: record rows that differ from the store as redefinitions.") var update = false
    @Flag(help: "Value rows for periods that already have a value become revisions, in file order.") var revise = false
    @Option(
        help: ArgumentHelp(
            "Who is recording (default: $KPI_USER, else your user name); a by column overrides it per row.",
            valueName: "name"))
    var by: String?

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let by = try Arguments.by(self.by)
        if definitions && forecasts {
            throw KPIError.bothGiven("--definitions", "--forecasts")
        }
        if definitions {
            if revise { throw KPIError.reviseWithDefinitions() }
            let outcome = try DefinitionImport.run(
                path: file, directory: storeOptions.directory, update: update, by: by)
            if outcome.createdStore {
                Terminal.write(
                    "Created a new store in \(storeOptions.directory) with the default settings (financial year from April)\n"
                )
            }
            for warning in outcome.warnings { Terminal.warn(warning) }
            var parts = ["\(outcome.defined) defined"]
            if outcome.redefined > 0 { parts.append("\(outcome.redefined) redefined") }
            if outcome.unchanged > 0 { parts.append("\(outcome.unchanged) unchanged") }
            if outcome.targets > 0 { parts.append("\(outcome.targets) target\(outcome.targets == 1 ? "" : "s") added") }
            Terminal.write("Imported definitions from \(file): \(parts.joined(separator: ", "))\n")
            return
        }
        if update { throw KPIError.updateWithoutDefinitions() }
        let store = try storeOptions.open()
        let kind: FigureKind = forecasts ? .forecast : .value
        let (count, warnings) = try ObservationImport.run(path: file, store: store, revise: revise, by: by, kind: kind)
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Imported \(count) \(forecasts ? "forecast" : "value")\(count == 1 ? "" : "s") from \(file)\n")
    }
}
