import ArgumentParser
import KPIModel
import KPIStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store.",
        discussion: "Example: kpi init --store Series --year-start-month 4"
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The month the financial year starts in, 1–12 (4 = April, as UK councils).")
    var yearStartMonth: Int = 4

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard (1...12).contains(yearStartMonth) else {
            throw KPIError.yearStartMonthOption(yearStartMonth)
        }
        let store = try Store.initialize(
            at: storeOptions.directory,
            settings: StoreSettings(financialYear: FinancialYear(startMonth: yearStartMonth)))
        Terminal.write("Created an empty store in \(store.directory)\n")
    }
}
