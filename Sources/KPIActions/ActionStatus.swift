import KPIModel

/// An action's BRAG status, and the states a report shows when there is none to give.
///
/// The officer sets one of the four BRAG colours (``officerChoices``): Blue = complete, Green =
/// on track, Amber = at risk, Red = off track or overdue (Orkney's scheme, seed 002). The rules
/// may also suggest `not-started`; a report shows `no-update` when the latest update is from an
/// earlier period (the committee's "awaiting update"), and `unrated` when there is nothing to
/// judge. Every status is shown as a shape and a word as well as a colour.
public enum ActionStatus: String, CaseIterable, Sendable, Hashable {
    case blue
    case green
    case amber
    case red
    case notStarted = "not-started"
    case noUpdate = "no-update"
    case unrated

    /// The statuses an officer may set on an update.
    public static let officerChoices: [ActionStatus] = [.blue, .green, .amber, .red]

    /// The order reports count and list them in: done, then on track, then the problems.
    public static let reportOrder: [ActionStatus] = [.blue, .green, .amber, .red, .notStarted, .noUpdate, .unrated]

    /// "Blue", "Green", "Amber", "Red", "Not started", "No update", "Unrated".
    public var word: String {
        switch self {
        case .blue: "Blue"
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        case .notStarted: "Not started"
        case .noUpdate: "No update"
        case .unrated: "Unrated"
        }
    }

    /// What the status means, for legends.
    public var meaning: String {
        switch self {
        case .blue: "Complete."
        case .green: "On track."
        case .amber: "At risk: behind where it should be, or the officer has concerns."
        case .red: "Off track or overdue."
        case .notStarted: "Not started, and not yet due to start."
        case .noUpdate: "Awaiting update: no update was given for this period."
        case .unrated: "No status given and no progress figure to judge it by."
        }
    }

    /// A text symbol of the shape, for terminals and Markdown: ■ ● ◆ ▲ ○.
    public var symbol: String {
        switch self {
        case .blue: "■"
        case .green: "●"
        case .amber: "◆"
        case .red: "▲"
        case .notStarted, .noUpdate, .unrated: "○"
        }
    }

    /// Reads an officer's status (`blue`, `Green`, `AMBER.`, `red`); the other states are
    /// worked out by the rules and never typed.
    public init(officerParsing text: String, field: String = "status") throws(FieldError) {
        guard let status = ActionStatus(rawValue: ActionWord.normalised(text)), Self.officerChoices.contains(status)
        else {
            throw .unknownOfficerStatus(field, found: text)
        }
        self = status
    }
}
