import ArgumentParser
import KPIModel
import KPIStore

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Set a new target from a period on; earlier targets are kept as history.",
        discussion: """
        Example:
          kpi target ICT01 92 --from "2022/23 Q1" --amber 88
          kpi target NET01 -- -5 --from "2022/23 Q1"     (a negative target after --)
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The target value.") var value: String
    @Option(help: "The first period the target applies to.") var from: String
    @Option(parsing: .unconditional, help: "Amber threshold.") var amber: String?
    @Option(parsing: .unconditional, help: "Amber tolerance in % of the target.") var tolerance: String?
    @Option(help: "When the target was set (YYYY-MM-DD or ISO 8601 UTC); default now.") var recordedAt: String?

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let change = TargetChange(from: try Arguments.period(from, "--from"),
                                  target: try Arguments.figure(value, "VALUE argument", field: "target"),
                                  amber: try Arguments.amber(amber, tolerance),
                                  recordedAt: try Arguments.recordedAt(recordedAt))
        let store = try storeOptions.open()
        for warning in try store.addTarget(change, to: id) { Terminal.warn(warning) }
        Terminal.write("Target for \(id) from \(change.from): \(change.target.text)\n")
    }
}
