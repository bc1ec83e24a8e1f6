import FoundationEssentials
import KPIModel

/// The rules that judge an action for a period: overdue, expected progress, the suggested
/// status and which status a report shows. Pure functions of the action and the period's
/// end date, documented in the README and tested as a table.
///
/// For a period ending on day E, using the latest update at or before it:
/// - **overdue**: due on or before E and stage not completed;
/// - **suggested status**: completed → blue; not started with no progress and no start, or a
///   start after E → not-started; overdue → red; otherwise progress against the expected
///   progress (a straight line from start to due): a ratio of at least the green ratio is
///   green, at least the amber ratio amber, else red (nothing expected yet is green); with no
///   due date, green when in progress; with no progress figure, no suggestion;
/// - **status**: the officer's on this period's update; else blue when completed; else
///   no-update when the latest update is from an earlier period; else the suggestion, or
///   unrated.
public struct ActionRules: Sendable {
    public var financialYear: FinancialYear
    public var ratios: ActionRatios

    public init(financialYear: FinancialYear = .april, ratios: ActionRatios = .standard) {
        self.financialYear = financialYear
        self.ratios = ratios
    }

    /// Judges an action for `period`.
    public func assess(_ snapshot: ActionSnapshot, period: Period) -> ActionAssessment {
        let action = snapshot.action
        let end = financialYear.endDate(of: period)
        let latest = snapshot.latestUpdate(atOrBefore: period)
        let revised = snapshot.updates.filter { $0.key <= period && $0.value.due != nil }.max { $0.key < $1.key }?.value
            .due
        let due = revised ?? action.due
        let originalDue = revised != nil && revised != action.due ? action.due : nil
        let stage = latest?.stage
        let completed = stage == .completed
        let overdue = Self.isOverdue(due: due, completed: completed, periodEnd: end)
        // The rules count from the start date, or else from the start of the financial year of
        // the action's first update.
        let start = action.start ?? snapshot.firstPeriod.map(financialYear.startDate(ofYearOf:))
        let expected = due.flatMap { due in start.map { Self.expectedProgress(start: $0, due: due, periodEnd: end) } }
        let suggested = suggestion(
            stage: stage, progress: latest?.progress, start: action.start, due: due,
            overdue: overdue, expected: expected, periodEnd: end)
        let (status, source) = Self.status(latest: latest, period: period, completed: completed, suggested: suggested)
        return ActionAssessment(
            action: action, period: period, update: latest, due: due, originalDue: originalDue,
            status: status, statusSource: source, suggestedStatus: suggested, overdue: overdue,
            expectedProgress: expected)
    }

    /// Due on or before the period's last day and not completed: at the end of the period an
    /// action due that day and unfinished is late.
    public static func isOverdue(due: CalendarDate?, completed: Bool, periodEnd: CalendarDate) -> Bool {
        guard let due else { return false }
        return due <= periodEnd && !completed
    }

    /// Where progress should be at the period's end on a straight line from start (0%) to due
    /// (100%), counted in days, clamped to 0–100 and rounded to one decimal place.
    public static func expectedProgress(start: CalendarDate, due: CalendarDate, periodEnd: CalendarDate) -> Decimal {
        let span = start.days(to: due)
        guard span > 0 else { return periodEnd >= due ? 100 : 0 }
        let elapsed = min(max(start.days(to: periodEnd), 0), span)
        return (Decimal(elapsed) * 100 / Decimal(span)).rounded(toPlaces: 1)
    }

    /// The status the rules suggest, or nil when there is nothing to judge.
    public func suggestion(
        stage: Stage?, progress: Figure?, start: CalendarDate?, due: CalendarDate?, overdue: Bool,
        expected: Decimal?, periodEnd: CalendarDate
    ) -> ActionStatus? {
        if stage == .completed { return .blue }
        let noProgress = progress.map { $0.decimal == 0 } ?? true
        if stage == .notStarted, noProgress, start.map({ $0 > periodEnd }) ?? true { return .notStarted }
        if overdue { return .red }
        guard due != nil else { return stage == .inProgress ? .green : nil }
        guard let progress, let expected else { return nil }
        return rating(progress: progress.decimal, expected: expected)
    }

    /// Progress against expected progress: green at or above the green ratio, amber at or
    /// above the amber ratio, red below; green when nothing is expected yet.
    public func rating(progress: Decimal, expected: Decimal) -> ActionStatus {
        guard expected > 0 else { return .green }
        // Compared as progress ≥ ratio × expected: exact in decimal, no division.
        if progress >= ratios.green * expected { return .green }
        if progress >= ratios.amber * expected { return .amber }
        return .red
    }

    /// Which status a report shows, and who set it.
    public static func status(
        latest: ActionUpdate?, period: Period, completed: Bool,
        suggested: ActionStatus?
    ) -> (ActionStatus, ActionAssessment.Source) {
        if let latest, latest.period == period, let officer = latest.status { return (officer, .officer) }
        if completed { return (.blue, .rules) }
        if let latest, latest.period < period { return (.noUpdate, .rules) }
        return (suggested ?? .unrated, .rules)
    }
}
