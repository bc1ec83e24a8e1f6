import ArgumentParser
import KPIModel
import KPIStore

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a period's value; --revise to correct one already recorded.",
        discussion: """
            The period is of the indicator's frequency: a quarter ("2021/22 Q2"), a month ("Sep 2021", \
            "September 2021", "Sep-21", "2021-09", "09/2021", "2021/22 M06") or a financial year \
            ("2021/22", "FY 2021/22").

            Examples:
              kpi record ICT01 "2021/22 Q2" 85 --note "Service desk at 50% of establishment"
              kpi record ICT01 "Q2 2021/22" 86 --revise --note "Late closures added"
              kpi record NET01 "2021/22 Q2" -- -3.5        (a negative value after --)
              kpi record BEN01 "Sep 2021" 21.4             (a monthly indicator)
              kpi record SAT01 2020/21 68                  (an annual indicator)
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(
        help:
            "The period: a quarter \"2021/22 Q2\", a month \"Sep 2021\" or a year \"2021/22\", as the indicator is reported."
    ) var period: String
    @Argument(help: "The value, e.g. 85 or 8.25.") var value: String
    @Option(help: "The officer's commentary.") var note: String?
    @Flag(help: "Correct a value already recorded (the old one is kept as history).") var revise = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let value = try Arguments.figure(self.value, .argument("VALUE"))
        let recordedAt = try recording.moment()
        let by = try recording.who()
        let store = try storeOptions.open()
        var written: Observation?
        let warnings = try store.write { transaction in
            let period = try Arguments.period(self.period, .argument("PERIOD"), for: id, in: &transaction)
            written = try transaction.record(
                id, period: period, value: value, note: note, revise: revise,
                recordedAt: recordedAt, by: by)
        }
        for warning in warnings { Terminal.warn(warning) }
        let observation = written!
        Terminal.write(
            "\(observation.isRevision ? "Revised" : "Recorded") \(id) \(observation.period): \(value.text)\n")
    }
}
