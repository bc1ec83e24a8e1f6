import ArgumentParser
import FoundationEssentials
import KPIActions
import KPIModel
import KPIStore

struct ActionRedefineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redefine",
        abstract: "Change an action's definition from now on; the old definition is kept as history.",
        discussion: """
            Only the fields given change; a report as of an earlier date still shows the definition \
            in force then. An empty --ref, --theme, --owner or --description clears it; --start none \
            or --due none clears a date. To record that the due date has moved, give the new one on \
            the update instead (kpi action update ID PERIOD --due DATE): the original then stays \
            visible as "revised from".

            Example:
              kpi action redefine ICT-5.4 --title "Implement and promote video conferencing" --note "Title as in the plan"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The action id.") var id: String
    @Option(help: "What is to be done.") var title: String?
    @Option(help: "The reference as published (empty to clear).") var ref: String?
    @Option(help: "The part of the plan (empty to clear).") var theme: String?
    @Option(help: "Who answers for it (empty to clear).") var owner: String?
    @Option(help: "When the work starts, or none.") var start: String?
    @Option(help: "The due date as planned, or none.") var due: String?
    @Option(help: "A longer description (empty to clear).") var description: String?
    @Option(help: "Why the definition changed.") var note: String?
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.actionID(self.id)
        var change = ActionChange(recordedAt: try recording.moment(), note: note, by: try recording.who())
        if let title {
            guard !title.trimmingBlanks().isEmpty else {
                throw KPIError.emptyTitleOption()
            }
            change.title = title
        }
        change.ref = ref
        change.theme = theme
        change.owner = owner
        change.description = description
        if let start {
            change.start = start == "none" ? .some(nil) : try Arguments.date(start, .option("--start"), field: "start")
        }
        if let due { change.due = due == "none" ? .some(nil) : try Arguments.date(due, .option("--due"), field: "due") }
        guard !change.isEmpty else {
            throw KPIError.nothingToRedefineInAction()
        }
        let store = try storeOptions.open()
        for warning in try store.redefineAction(id, change) { Terminal.warn(warning) }
        Terminal.write("Redefined action \(id): \(change.changedFields.joined(separator: ", "))\n")
    }
}
