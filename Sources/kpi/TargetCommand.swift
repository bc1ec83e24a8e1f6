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
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The target value (none with --none).") var value: String?
    @Option(help: "The first period the target applies to.") var from: String
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
        let change = TargetChange(from: try Arguments.period(from, "--from"), value: value,
                                  amber: try Arguments.amber(amber, tolerance),
                                  recordedAt: try recording.moment(), by: try recording.who())
        let store = try storeOptions.open()
        for warning in try store.addTarget(change, to: id) { Terminal.warn(warning) }
        Terminal.write("Target for \(id) from \(change.from): \(change.value?.text ?? "none (data only)")\n")
    }
}
