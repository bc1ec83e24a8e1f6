import ArgumentParser
import KPIModel
import KPIStore

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Set a new target from a period on, or none; earlier targets are kept as history.",
        discussion: """
        Examples:
          kpi target ICT01 92 --from "2022/23 Q1" --amber 88
          kpi target NET01 -- -5 --from "2022/23 Q1"     (a negative target after --)
          kpi target DIG01 --none --from "2022/23 Q1"     (data only from then: no target)
          kpi target BEN01 20 --from "Apr 2022"           (a monthly indicator: from a month)
          kpi target SAT01 70 --from 2022/23              (an annual indicator: from a year)
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The target value (none with --none).") var value: String?
    @Option(help: "The first period the target applies to, of the indicator's frequency.") var from: String
    @Option(parsing: .unconditional, help: "Amber threshold.") var amber: String?
    @Option(parsing: .unconditional, help: "Amber tolerance in % of the target.") var tolerance: String?
    @Flag(help: "No target from --from on: the indicator is data only until a later target.") var none = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let value: Figure?
        switch (self.value, none) {
        case let (text?, false): value = try Arguments.figure(text, "VALUE argument", field: "target")
        case (nil, true):
            if amber != nil || tolerance != nil {
                throw KPIError(.usage, "--none: expected no --amber or --tolerance with it (there is no target to be amber against)")
            }
            value = nil
        case (_?, true): throw KPIError(.usage, "--none: expected either a VALUE or --none, found both")
        case (nil, false): throw KPIError(.usage, "VALUE argument: expected a target value, or --none for no target")
        }
        let amber = try Arguments.amber(amber, tolerance)
        let recordedAt = try recording.moment(), by = try recording.who()
        let store = try storeOptions.open()
        var from: Period?
        let warnings = try store.write { transaction in
            let period = try Arguments.period(self.from, "--from", for: id, in: &transaction)
            try transaction.addTarget(TargetChange(from: period, value: value, amber: amber, recordedAt: recordedAt, by: by), to: id)
            from = period
        }
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Target for \(id) from \(from!): \(value?.text ?? "none (data only)")\n")
    }
}
