import ArgumentParser
import KPIModel
import KPIReport
import KPIStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show one indicator period by period (month, quarter or year), or every line recorded for it.",
        discussion: """
            Examples:
              kpi history ICT01
              kpi history ICT01 --revisions --as-of 2021-12-31
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Flag(help: "List every recorded value, revision and target change with its time and note.") var revisions = false

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let (_, history, snapshot) = try store.read(.only(id), warn: Terminal.warn).indicator(id, asOf: asOf)
        let report = HistoryReport(history: history, snapshot: snapshot, asOf: asOf)
        Terminal.write(revisions ? report.revisions(width: Terminal.width) : report.quarters(width: Terminal.width))
    }
}
