import ArgumentParser

/// The `kpi` command: record quarterly performance figures and see where they stand.
///
/// This module only parses arguments, calls the store and the reports, and turns errors into
/// the documented exit codes (see ``ExitStatus``).
@main
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Record quarterly performance indicators and report their red/amber/green status.",
        discussion: """
            The store is a directory of plain-text Series files, one per indicator and one per \
            action (default ./Series, or $KPI_STORE, or --store DIR). Every figure and every revision is kept; --as-of DATE shows \
            the store as it stood at any past moment.

            Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing store/indicator/file, 73 cannot create \
            output, 74 I/O error, 75 store busy.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, DefineCommand.self, RedefineCommand.self, TargetCommand.self, RecordCommand.self,
            ForecastCommand.self,
            ImportCommand.self, RetireCommand.self, ReinstateCommand.self, ActionCommand.self,
            StatusCommand.self, ActionsCommand.self, HistoryCommand.self, ExportCommand.self, CheckCommand.self,
            SPCCommand.self, ChartCommand.self, TileCommand.self, PackCommand.self,
        ]
    )
}
