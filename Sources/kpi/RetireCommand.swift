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
    @Option(help: "The first period it is no longer reported for, of its frequency, e.g. \"2022/23 Q1\".") var from:
        String
    @Option(help: "Why it is retired.") var note: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let recordedAt = try recording.moment(), by = try recording.who()
        let store = try storeOptions.open()
        var from: Period?
        let warnings = try store.write { transaction in
            let period = try Arguments.period(self.from, .option("--from"), for: id, in: &transaction)
            try transaction.retire(id, Retirement(.retire(from: period), recordedAt: recordedAt, note: note, by: by))
            from = period
        }
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Retired \(id) from \(from!)\n")
    }
}
