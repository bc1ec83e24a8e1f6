import KPIModel

/// An officer's update on an action for one reporting period: an `update` line in the
/// action's file, or a `revise` line that replaces the whole update for that period.
///
/// Every field is optional: seed 002 gives a status and words but no percentage, seed 000 a
/// percentage and words but no status. The fields are kept consistent when the update is made
/// (see ``consistent(progress:stage:status:)``), so a report never has to guess.
public struct ActionUpdate: Hashable, Sendable {
    public var period: Period
    /// Per cent complete, 0 to 100.
    public var progress: Figure?
    public var stage: Stage?
    /// The officer's BRAG status: blue, green, amber or red.
    public var status: ActionStatus?
    /// A revised due date, in force from this period on; the original is kept on the action.
    public var due: CalendarDate?
    /// The officer's words: what happened this period.
    public var note: String?
    public var recordedAt: Timestamp
    public var by: String?
    /// Whether this line replaces an update recorded earlier for the same period.
    public var isRevision: Bool

    public init(
        period: Period, progress: Figure? = nil, stage: Stage? = nil, status: ActionStatus? = nil,
        due: CalendarDate? = nil, note: String? = nil, recordedAt: Timestamp, by: String? = nil,
        isRevision: Bool = false
    ) {
        self.period = period
        self.progress = progress
        self.stage = stage
        self.status = status
        self.due = due
        self.note = note
        self.recordedAt = recordedAt
        self.by = by
        self.isRevision = isRevision
    }

    /// Whether the update says nothing at all (refused on the command line).
    public var isEmpty: Bool {
        progress == nil && stage == nil && status == nil && due == nil && note == nil
    }

    /// Checks an update's progress, stage and status against each other, and returns the
    /// progress and stage with what each implies filled in.
    ///
    /// - progress is 0 to 100;
    /// - progress 100 means stage completed and the other way round (either implies the
    ///   other), and a contradicting pair (60% and completed) is refused;
    /// - progress 1 to 99 without a stage means in progress; with stage not started it is refused;
    /// - `blue` (complete) needs stage completed or progress 100 in the same update.
    public static func consistent(progress: Figure?, stage: Stage?, status: ActionStatus?) throws(FieldError) -> (
        progress: Figure?, stage: Stage?
    ) {
        var progress = progress
        var stage = stage
        if let figure = progress {
            guard figure.isWithinPercentRange else {
                throw .progressOutOfRange(figure)
            }
            let complete = figure.decimal == 100
            switch stage {
            case nil:
                if complete { stage = .completed } else if figure.decimal > 0 { stage = .inProgress }
            case .completed?:
                guard complete else {
                    throw .completedShortOf100(progress: figure)
                }
            case let other?:
                guard !complete else {
                    throw .completeButNotCompleted(stage: other)
                }
                if other == .notStarted, figure.decimal > 0 {
                    throw .notStartedWithProgress(figure)
                }
            }
        } else if stage == .completed {
            progress = Figure(100)
        }
        if status == .blue, stage != .completed {
            let found = progress.map { "progress \($0.text)" } ?? stage.map { "stage \($0.rawValue)" } ?? "neither"
            throw .blueNotComplete(found: found)
        }
        return (progress, stage)
    }
}

extension ActionUpdate {
    /// Reads progress as people write it: `40`, `40%` or `40 %` (a spreadsheet's percent
    /// cells). The range is checked with the stage and status, by ``consistent(progress:stage:status:)``.
    public static func progress(parsing text: String) throws(FieldError) -> Figure {
        var body = Substring(text)
        if body.hasSuffix("%") { body = body.dropLast() }
        while body.last == " " { body.removeLast() }
        return try Figure(parsing: String(body), field: "progress")
    }
}
