import ArgumentParser

/// `kpi action …`: define, change, update and import actions of a plan (the tracker half of
/// a quarterly report).
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Define actions, record their quarterly updates (BRAG status) or import a tracker.",
        discussion: """
            An action lives in its own plain-text file in the store, ID.action, beside the \
            indicators; kpi actions shows them all for a period, and kpi pack adds them to the pack.

            Examples:
              kpi action define ICT-5.4 --ref "ICT20-22.Serv-5.4" --title "Implement video conferencing" --due 24/12/2020
              kpi action update ICT-5.4 "2020/21 Q4" --progress 60 --status amber --note "Teams integration complete"
              kpi action import tracker.csv
            """,
        subcommands: [
            ActionDefineCommand.self, ActionRedefineCommand.self, ActionUpdateCommand.self, ActionImportCommand.self,
        ]
    )
}
