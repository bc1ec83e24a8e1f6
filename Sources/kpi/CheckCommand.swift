import ArgumentParser
import KPIModel
import KPIStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the whole store and list every problem with its file and line.",
        discussion: "Example: kpi check --store Series   (exit 0 when clean, 65 when any problem)"
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let store = try storeOptions.open()
        let problems = try store.check()
        let count = try store.indicatorIDs().count
        let actions = try store.actionIDs().count
        let actionText = actions == 0 ? "" : ", \(actions) action\(actions == 1 ? "" : "s")"
        if problems.isEmpty {
            Terminal.write("\(store.directory): \(count) indicator\(count == 1 ? "" : "s")\(actionText), no problems\n")
            return
        }
        throw KPIError.problemsFound(store.directory, problems)
    }
}
