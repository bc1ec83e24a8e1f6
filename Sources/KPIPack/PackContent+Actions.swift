import KPIActions
import KPIModel

extension PackContent {
    /// What a committee looks at first among the actions: overdue, then red, then awaiting
    /// an update, each group by id.
    public var actionExceptions: [ActionAssessment] {
        let overdue = actions.filter(\.overdue)
        let red = actions.filter { $0.status == .red && !$0.overdue }
        let waiting = actions.filter { $0.status == .noUpdate && !$0.overdue }
        return overdue + red + waiting
    }

    /// Every action grouped by theme (themes in alphabetical order, actions without a theme
    /// last, under "Other actions").
    public var actionThemes: [(name: String, actions: [ActionAssessment])] {
        let names = Set(actions.compactMap(\.action.theme)).sorted()
        var groups = names.map { name in (name, actions.filter { $0.action.theme == name }) }
        let unthemed = actions.filter { $0.action.theme == nil }
        if !unthemed.isEmpty { groups.append((names.isEmpty ? "All actions" : "Other actions", unthemed)) }
        return groups
    }

    /// How many actions have each status: blue, green, amber and red always, the states
    /// without a rating only when some action has them.
    public var actionCounts: [(status: ActionStatus, count: Int)] {
        ActionStatus.reportOrder.map { status in (status, actions.filter { $0.status == status }.count) }
            .filter { $0.count > 0 || ActionStatus.officerChoices.contains($0.status) }
    }

    /// How many actions are overdue at the end of the period.
    public var overdueCount: Int { actions.filter(\.overdue).count }
}
