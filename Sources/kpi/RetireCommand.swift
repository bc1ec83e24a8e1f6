import ArgumentParser
import KPIModel
import KPIStore

struct RetireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire",
        abstract: "Stop reporting an indicator from a period on; its history stays.",
        discussion: """
        From that period on the indicator is left out of kpi status, kpi pack and the tile sheet; \
        its history and the charts of earlier periods remain, and values may still be recorded. \
        kpi status --all shows it with the status retired. kpi reinstate undoes it.

        Example:
          kpi retire DIG02 --from "2022/23 Q1" --note "Replaced by DIG05"
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Option(help: "The first period it is no longer reported for, e.g. \"2022/23 Q1\".") var from: String
    @Option(help: "Why it is retired.") var note: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let period = try Arguments.period(from, "--from")
        let retirement = Retirement(.retire(from: period), recordedAt: try recording.moment(), note: note, by: try recording.who())
        let store = try storeOptions.open()
        for warning in try store.retire(id, retirement) { Terminal.warn(warning) }
        Terminal.write("Retired \(id) from \(period)\n")
    }
}
