import KPIModel

/// Where an action is in its life: a separate field from its BRAG status.
///
/// Published trackers keep the two apart (seed 001: "Stage: In progress", "Status: Green"): an
/// action can be in progress and red, or completed and still shown green by its officer.
public enum Stage: String, CaseIterable, Sendable, Hashable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed
    case onHold = "on-hold"
    case cancelled

    /// "Not started", "In progress", …: the words a committee reads.
    public var word: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .onHold: "On hold"
        case .cancelled: "Cancelled"
        }
    }

    /// Reads a stage in any case, with spaces, hyphens or underscores (`In progress`).
    public init(parsing text: String, field: String = "stage") throws(FieldError) {
        guard let stage = Stage(rawValue: ActionWord.normalised(text)) else {
            throw .unknownStage(field, found: text)
        }
        self = stage
    }
}
