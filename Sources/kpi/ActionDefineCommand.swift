import ArgumentParser
import KPIActions
import KPIModel
import KPIStore

struct ActionDefineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "define",
        abstract: "Add an action: its title and optionally its ref, theme, owner, start and due dates.",
        discussion: """
            Dates may be written 2021-04-30, 30/04/2021, 30-Apr-2021 or 30 April 2021.

            Example:
              kpi action define ICT-5.1a --ref "ICT20-22.Serv-5.1a" --title "Cyber essentials plus accreditation" \\
                --theme "ICT: Service Level Objectives" --owner "ICT" --due 29-Jan-2021
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The action id: 1–32 characters of A-Z a-z 0-9 . _ - (e.g. ICT-5.1a).") var id: String
    @Option(help: "What is to be done.") var title: String
    @Option(help: "The reference as published, e.g. \"HR&OD20-22.Strat-4.1\" (default: the id).") var ref: String?
    @Option(help: "The part of the plan, e.g. \"Strategic Objectives\".") var theme: String?
    @Option(help: "Who answers for it: a person or a section.") var owner: String?
    @Option(help: "When the work starts (default for the rules: the start of the financial year of its first update).")
    var start: String?
    @Option(help: "When it is due.") var due: String?
    @Option(help: "A longer description.") var description: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.actionID(self.id)
        guard !title.trimmingBlanks().isEmpty else {
            throw KPIError.emptyTitleOption()
        }
        let action = Action(
            id: id, ref: ref.flatMap { $0.isEmpty ? nil : $0 }, title: title, theme: theme, owner: owner,
            start: try start.map { try Arguments.date($0, .option("--start"), field: "start") },
            due: try due.map { try Arguments.date($0, .option("--due"), field: "due") },
            description: description, definedAt: try recording.moment(), definedBy: try recording.who())
        let store = try storeOptions.open()
        for warning in try store.defineAction(action) { Terminal.warn(warning) }
        Terminal.write("Defined action \(id) in \(store.actionPath(for: id))\n")
    }
}
