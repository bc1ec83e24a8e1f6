import ArgumentParser
import KPIModel
import KPIStore

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a period's value; --revise to correct one already recorded.",
        discussion: """
        Examples:
          kpi record ICT01 "2021/22 Q2" 85 --note "Service desk at 50% of establishment"
          kpi record ICT01 "Q2 2021/22" 86 --revise --note "Late closures added"
          kpi record NET01 "2021/22 Q2" -- -3.5        (a negative value after --)
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The period: \"2021/22 Q2\", \"Q2 2021/22\", \"Quarter 2 2021/22\" or \"2021-22 Q2\".") var period: String
    @Argument(help: "The value, e.g. 85 or 8.25.") var value: String
    @Option(help: "The officer's commentary.") var note: String?
    @Flag(help: "Correct a value already recorded (the old one is kept as history).") var revise = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let period = try Arguments.period(self.period, "PERIOD argument")
        let value = try Arguments.figure(self.value, "VALUE argument")
        let recordedAt = try recording.moment()
        let by = try recording.who()
        let store = try storeOptions.open()
        let (observation, warnings) = try store.record(id, period: period, value: value, note: note,
                                                       revise: revise, recordedAt: recordedAt, by: by)
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("\(observation.isRevision ? "Revised" : "Recorded") \(id) \(period): \(value.text)\n")
    }
}
