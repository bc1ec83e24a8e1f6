import Foundation
import KPIActions
import KPIModel
import Testing

/// The status rules of issue 14, one named case per row, so a failure reads like the rule it broke.
@Suite("Action rules: overdue, suggestion, status")
struct ActionRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var start: String? = nil
        var due: String? = nil
        var updates: [ActionUpdate] = []
        var period = "2020/21 Q4"
        var ratios = ActionRatios.standard
        var status: ActionStatus
        var source: ActionAssessment.Source
        var suggested: ActionStatus?
        var overdue = false
        var expected: String? = nil
        var comparison: String? = nil
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "completed is blue", due: "2021-04-30", updates: [update("2020/21 Q4", progress: "100")],
            status: .blue, source: .rules, suggested: .blue, expected: "92.4"),
        Case(
            name: "completed with the officer's Green shows Green, and the rules' Blue beside it", due: "2020-06-30",
            updates: [update("2020/21 Q3", progress: "100", status: .green)], period: "2020/21 Q3",
            status: .green, source: .officer, suggested: .blue, expected: "100",
            comparison: "officer: Green · rules: Blue"),
        Case(
            name: "not started, no start date", due: "2021-03-31",
            updates: [update("2020/21 Q3", progress: "0", stage: .notStarted)],
            period: "2020/21 Q3", status: .notStarted, source: .rules, suggested: .notStarted, expected: "75.3"),
        Case(
            name: "not started, due to start after the period", start: "2021-06-01", due: "2021-12-31",
            updates: [update("2020/21 Q4", stage: .notStarted)], status: .notStarted, source: .rules,
            suggested: .notStarted, expected: "0"),
        Case(
            name: "not started though its start has passed is judged on progress", start: "2021-01-01",
            due: "2021-12-31",
            updates: [update("2020/21 Q4", progress: "0", stage: .notStarted)], status: .red, source: .rules,
            suggested: .red, expected: "24.5"),
        Case(
            name: "due on the period's last day and unfinished is overdue and red", due: "2021-03-31",
            updates: [update("2020/21 Q4", progress: "80")], status: .red, source: .rules, suggested: .red,
            overdue: true, expected: "100"),
        Case(
            name: "due the day after the period is not overdue", due: "2021-04-01",
            updates: [update("2020/21 Q4", progress: "99")],
            status: .green, source: .rules, suggested: .green, expected: "99.7"),
        Case(
            name: "exactly the green ratio of expected progress is green", start: "2021-01-01", due: "2021-06-28",
            updates: [update("2020/21 Q4", progress: "45")], status: .green, source: .rules, suggested: .green,
            expected: "50"),
        Case(
            name: "just under the green ratio is amber", start: "2021-01-01", due: "2021-06-28",
            updates: [update("2020/21 Q4", progress: "44.9")], status: .amber, source: .rules, suggested: .amber,
            expected: "50"),
        Case(
            name: "exactly the amber ratio is amber", start: "2021-01-01", due: "2021-06-28",
            updates: [update("2020/21 Q4", progress: "35")], status: .amber, source: .rules, suggested: .amber,
            expected: "50"),
        Case(
            name: "under the amber ratio is red", start: "2021-01-01", due: "2021-06-28",
            updates: [update("2020/21 Q4", progress: "34.9")], status: .red, source: .rules, suggested: .red,
            expected: "50"),
        Case(
            name: "nothing expected yet is green", start: "2021-06-01", due: "2021-12-31",
            updates: [update("2020/21 Q4", progress: "5")], status: .green, source: .rules, suggested: .green,
            expected: "0"),
        Case(
            name: "no due date: green while in progress", updates: [update("2020/21 Q4", progress: "40")],
            status: .green, source: .rules, suggested: .green),
        Case(
            name: "no due date and no stage: nothing to judge", updates: [update("2020/21 Q4", note: "Work continues")],
            status: .unrated, source: .rules, suggested: nil),
        Case(
            name: "no progress figure and not overdue: no suggestion", due: "2021-12-31",
            updates: [update("2020/21 Q4", stage: .inProgress)], status: .unrated, source: .rules, suggested: nil,
            expected: "57"),
        Case(
            name: "the latest update from an earlier period: no update", due: "2021-12-31",
            updates: [update("2020/21 Q3", progress: "50", status: .green)], status: .noUpdate, source: .rules,
            suggested: .amber, expected: "57"),
        Case(
            name: "completed in an earlier period stays blue", due: "2021-12-31",
            updates: [update("2020/21 Q3", progress: "100")],
            status: .blue, source: .rules, suggested: .blue, expected: "57"),
        Case(
            name: "the officer's status is shown, with the rules' red and overdue beside it", due: "2020-12-24",
            updates: [update("2020/21 Q4", progress: "60", status: .green)], status: .green, source: .officer,
            suggested: .red,
            overdue: true, expected: "100", comparison: "officer: Green · rules: Red, overdue"),
        Case(
            name: "the officer's red on an overdue action needs no comparison", due: "2020-12-24",
            updates: [update("2020/21 Q4", progress: "60", status: .red)], status: .red, source: .officer,
            suggested: .red,
            overdue: true, expected: "100"),
        Case(
            name: "a revised due date is the one in force", due: "2021-01-31",
            updates: [update("2020/21 Q4", progress: "50", due: "2021-06-30")], status: .red, source: .rules,
            suggested: .red, expected: "80"),
        Case(
            name: "no update at all and past due: overdue and red", due: "2021-01-31",
            status: .red, source: .rules, suggested: .red, overdue: true),
        Case(
            name: "no update at all, not yet due: unrated", due: "2021-12-31", status: .unrated, source: .rules,
            suggested: nil),
        Case(
            name: "the store's green ratio 0.8 makes 80% of expected green", due: "2022-03-31",
            updates: [update("2020/21 Q4", progress: "40")],
            ratios: ActionRatios(green: decimal("0.8"), amber: decimal("0.7")),
            status: .green, source: .rules, suggested: .green, expected: "49.9"),
        Case(
            name: "with the standard ratios the same action is amber", due: "2022-03-31",
            updates: [update("2020/21 Q4", progress: "40")], status: .amber, source: .rules, suggested: .amber,
            expected: "49.9"),
        Case(
            name: "an on-hold action past due is overdue", due: "2021-02-28",
            updates: [update("2020/21 Q4", progress: "40", stage: .onHold)],
            status: .red, source: .rules, suggested: .red, overdue: true, expected: "100"),
    ]

    @Test("rule", arguments: cases)
    func rule(_ row: Case) {
        let action = Action(
            id: try! ActionID("A1"), title: "An action", start: row.start.map(day), due: row.due.map(day),
            definedAt: moment("2020-04-01"))
        let snapshot = ActionHistory(action: action, updates: row.updates).asOf(nil)!
        let rules = ActionRules(financialYear: .april, ratios: row.ratios)
        let result = rules.assess(snapshot, period: quarter(row.period))
        #expect(result.status == row.status)
        #expect(result.statusSource == row.source)
        #expect(result.suggestedStatus == row.suggested)
        #expect(result.overdue == row.overdue)
        #expect(result.expectedProgress == row.expected.map(decimal))
        #expect(result.comparison == row.comparison)
    }

    struct Expected: CustomTestStringConvertible, Sendable {
        var start: String, due: String, end: String, progress: String
        var testDescription: String { "from \(start) to \(due) at \(end): \(progress)" }
    }

    @Test(
        "expected progress is a straight line from start to due, in days, clamped and to one decimal place",
        arguments: [
            Expected(start: "2020-04-01", due: "2022-03-31", end: "2021-03-31", progress: "49.9"),
            Expected(start: "2021-01-01", due: "2021-06-28", end: "2021-03-31", progress: "50"),
            Expected(start: "2020-04-01", due: "2021-04-01", end: "2021-03-31", progress: "99.7"),
            Expected(start: "2021-06-01", due: "2021-12-31", end: "2021-03-31", progress: "0"),
            Expected(start: "2020-04-01", due: "2020-12-24", end: "2021-03-31", progress: "100"),
            Expected(start: "2021-03-31", due: "2021-03-31", end: "2021-03-31", progress: "100"),
            Expected(start: "2021-04-30", due: "2021-04-30", end: "2021-03-31", progress: "0"),
            Expected(start: "2021-05-01", due: "2021-04-30", end: "2021-03-31", progress: "0"),
        ])
    func expectedProgress(_ row: Expected) {
        #expect(
            ActionRules.expectedProgress(start: day(row.start), due: day(row.due), periodEnd: day(row.end))
                == decimal(row.progress))
    }

    @Test("overdue: due on or before the period's last day and not completed")
    func overdue() {
        let end = day("2021-03-31")
        #expect(ActionRules.isOverdue(due: day("2021-03-31"), completed: false, periodEnd: end))
        #expect(ActionRules.isOverdue(due: day("2020-12-24"), completed: false, periodEnd: end))
        #expect(!ActionRules.isOverdue(due: day("2021-04-01"), completed: false, periodEnd: end))
        #expect(!ActionRules.isOverdue(due: day("2020-12-24"), completed: true, periodEnd: end))
        #expect(!ActionRules.isOverdue(due: nil, completed: false, periodEnd: end))
    }

    @Test("status precedence: officer's on this period, then completed, then no update, then the suggestion")
    func precedence() {
        let q4 = quarter("2020/21 Q4")
        let officer = update("2020/21 Q4", progress: "100", status: .green)
        #expect(
            ActionRules.status(latest: officer, period: q4, completed: true, suggested: .blue) == (.green, .officer))
        let earlierOfficer = update("2020/21 Q3", progress: "40", status: .green)
        #expect(
            ActionRules.status(latest: earlierOfficer, period: q4, completed: false, suggested: .red) == (
                .noUpdate, .rules
            ))
        let earlierDone = update("2020/21 Q3", progress: "100")
        #expect(
            ActionRules.status(latest: earlierDone, period: q4, completed: true, suggested: .blue) == (.blue, .rules))
        let current = update("2020/21 Q4", progress: "40")
        #expect(
            ActionRules.status(latest: current, period: q4, completed: false, suggested: .amber) == (.amber, .rules))
        #expect(ActionRules.status(latest: current, period: q4, completed: false, suggested: nil) == (.unrated, .rules))
        #expect(ActionRules.status(latest: nil, period: q4, completed: false, suggested: nil) == (.unrated, .rules))
    }

    @Test("the period's end comes from the financial year: April and other starts")
    func periodEnd() {
        #expect(FinancialYear.april.endDate(of: quarter("2020/21 Q4")) == day("2021-03-31"))
        #expect(FinancialYear.april.endDate(of: quarter("2020/21 Q3")) == day("2020-12-31"))
        #expect(FinancialYear.april.endDate(of: quarter("2019/20 Q4")) == day("2020-03-31"))
        #expect(FinancialYear(startMonth: 1).endDate(of: quarter("2020/21 Q1")) == day("2020-03-31"))
        #expect(FinancialYear(startMonth: 7).endDate(of: quarter("2020/21 Q4")) == day("2021-06-30"))
        #expect(FinancialYear(startMonth: 11).endDate(of: quarter("2023/24 Q1")) == day("2024-01-31"))
        #expect(FinancialYear(startMonth: 12).endDate(of: quarter("2023/24 Q1")) == day("2024-02-29"))
        #expect(FinancialYear.april.startDate(ofYearOf: quarter("2020/21 Q4")) == day("2020-04-01"))
    }
}
