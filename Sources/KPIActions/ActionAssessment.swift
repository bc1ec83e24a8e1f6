import FoundationEssentials
import KPIModel

/// One action judged for one period: a row of `kpi actions` and of the pack's action tables.
///
/// Holds both what the officer said and what the rules say, so a committee sees both where
/// they differ ("officer: Green · rules: Red, overdue").
public struct ActionAssessment: Sendable {
    /// Who set the ``status`` shown: the officer on this period's update, or the rules.
    public enum Source: String, Sendable {
        case officer, rules
    }

    /// The definition in force.
    public let action: Action
    /// The period reported on.
    public let period: Period
    /// The latest update at or before ``period`` (the one shown), or nil when there is none.
    public let update: ActionUpdate?
    /// The due date in force at ``period``: the latest revised due date, else the original.
    public let due: CalendarDate?
    /// The original due date when it has been revised; nil otherwise.
    public let originalDue: CalendarDate?
    public let status: ActionStatus
    public let statusSource: Source
    /// What the rules suggest, or nil when there is nothing to judge (no progress figure).
    public let suggestedStatus: ActionStatus?
    /// Due on or before the end of the period and not completed.
    public let overdue: Bool
    /// Where progress should be by the end of the period (0–100, to one decimal place), or
    /// nil without a due date to measure against.
    public let expectedProgress: Decimal?

    public init(
        action: Action, period: Period, update: ActionUpdate?, due: CalendarDate?, originalDue: CalendarDate?,
        status: ActionStatus, statusSource: Source, suggestedStatus: ActionStatus?, overdue: Bool,
        expectedProgress: Decimal?
    ) {
        self.action = action
        self.period = period
        self.update = update
        self.due = due
        self.originalDue = originalDue
        self.status = status
        self.statusSource = statusSource
        self.suggestedStatus = suggestedStatus
        self.overdue = overdue
        self.expectedProgress = expectedProgress
    }

    public var progress: Figure? { update?.progress }
    public var stage: Stage? { update?.stage }
    public var note: String? { update?.note }

    /// Whether a committee should look at it first: red, overdue, or awaiting an update.
    public var isException: Bool { status == .red || overdue || status == .noUpdate }

    /// Whether the officer's status differs from the rules' suggestion, or the officer's
    /// status hides that the action is overdue: then both are shown.
    /// (When the rules have no suggestion, there is nothing to compare.)
    public var rulesDiffer: Bool {
        guard statusSource == .officer, let suggestedStatus else { return false }
        return suggestedStatus != status || (overdue && status != .red)
    }

    /// "officer: Green · rules: Red, overdue" when the officer and the rules differ; nil
    /// otherwise.
    public var comparison: String? {
        guard rulesDiffer else { return nil }
        var rules = suggestedStatus?.word ?? "no suggestion"
        if overdue { rules += ", overdue" }
        return "officer: \(status.word) · rules: \(rules)"
    }
}
