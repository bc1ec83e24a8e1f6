import ArgumentParser
import KPIActions
import KPIModel
import KPIStore

struct ActionUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record an action's update for a period; --revise to replace one already recorded.",
        discussion: """
            One update per period; --revise replaces the whole update for that period (the old one \
            is kept as history). Progress 100 means stage completed and the other way round; \
            progress 1–99 without a stage means in progress; blue (complete) needs stage completed \
            or progress 100. --due records a revised due date (the original is kept and shown as \
            "revised from"). Stage and status may be written in any case, with spaces, hyphens or \
            underscores ("In progress", "not_started", "Green").

            Examples:
              kpi action update ICT-5.4 "2020/21 Q4" --progress 60 --note "Integration with Outlook complete"
              kpi action update 1.01.04 "Q3 2020/21" --progress 30% --stage "In progress" --status amber
              kpi action update 1.01.04 "2020/21 Q3" --progress 35 --status amber --revise --due 30/06/2021
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The action id.") var id: String
    @Argument(help: "The reporting period, e.g. \"2020/21 Q4\".") var period: String
    @Option(help: "Per cent complete, 0 to 100 (40 or 40%).") var progress: String?
    @Option(help: "not started, in progress, completed, on hold or cancelled.") var stage: String?
    @Option(
        help: ArgumentHelp(
            "The officer's BRAG status: blue (complete), green, amber or red.", valueName: "blue|green|amber|red"))
    var status: String?
    @Option(help: "A revised due date, in force from this period on.") var due: String?
    @Option(help: "The officer's update: what happened this period.") var note: String?
    @Flag(help: "Replace the update already recorded for this period (it is kept as history).") var revise = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.actionID(self.id)
        let period = try Arguments.quarter(self.period, .argument("PERIOD"))
        guard progress != nil || stage != nil || status != nil || due != nil || note != nil else {
            throw KPIError.nothingToUpdate()
        }
        let (checkedProgress, checkedStage, checkedStatus) = try located { () throws(FieldError) in
            let progress = try self.progress.map { text throws(FieldError) in try ActionUpdate.progress(parsing: text) }
            let stage = try self.stage.map { text throws(FieldError) in try Stage(parsing: text) }
            let status = try self.status.map { text throws(FieldError) in try ActionStatus(officerParsing: text) }
            let checked = try ActionUpdate.consistent(progress: progress, stage: stage, status: status)
            return (checked.progress, checked.stage, status)
        }
        let update = ActionUpdate(
            period: period, progress: checkedProgress, stage: checkedStage, status: checkedStatus,
            due: try due.map { try Arguments.date($0, .option("--due"), field: "due") }, note: note,
            recordedAt: try recording.moment(), by: try recording.who())
        let store = try storeOptions.open()
        let (written, warnings) = try store.updateAction(id, update, revise: revise)
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("\(written.isRevision ? "Replaced" : "Recorded") the update for \(id) \(period)\n")
    }

    /// Runs a parse of the options and places any error at the option it is about
    /// (`--progress: progress: expected a percentage from 0 to 100, found 140`).
    private func located<T>(_ body: () throws(FieldError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw error.located(.option("--\(error.field)"))
        }
    }
}
