import ArgumentParser
import KPIModel
import KPIStore

struct ReinstateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reinstate",
        abstract: "Report a retired indicator again.",
        discussion: "Example: kpi reinstate DIG02 --note \"Reported again at the committee's request\""
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Option(help: "Why it is reinstated.") var note: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let retirement = Retirement(.reinstate, recordedAt: try recording.moment(), note: note, by: try recording.who())
        let store = try storeOptions.open()
        for warning in try store.retire(id, retirement) { Terminal.warn(warning) }
        Terminal.write("Reinstated \(id)\n")
    }
}
