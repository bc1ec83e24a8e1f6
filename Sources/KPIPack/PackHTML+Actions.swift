import KPIActions
import KPIModel
import KPIReport

extension PackHTML {
    /// The Actions part of the web page: counts and legend, exceptions, then every action by
    /// theme, each group a real table (progress as text as well as a bar).
    static func actions(_ content: PackContent) -> String {
        guard !content.actions.isEmpty else { return "" }
        let end = content.financialYear.endDate(of: content.period).displayText
        let count = content.actions.count
        var html = "<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">Actions: progress on the plan</h2>\n"
        html +=
            "<p>\(count) action\(count == 1 ? "" : "s") reported for \(escape(content.periodDescription)). An action's status is its officer's where the update for the quarter gives one; otherwise it is worked out by the rules below, and the tables say so.</p>\n<ul class=\"counts\">\n"
        for (status, number) in content.actionCounts {
            html +=
                "<li>\(actionBadge(status)) <span class=\"count\">\(number) action\(number == 1 ? "" : "s")</span></li>\n"
        }
        html +=
            "</ul>\n<p><strong>Overdue (due on or before \(end) and not completed): \(content.overdueCount) action\(content.overdueCount == 1 ? "" : "s").</strong></p>\n"
        html += "<h3>What each status means</h3>\n<dl class=\"legend\">\n"
        for status in ActionStatus.reportOrder {
            html += "<dt>\(actionBadge(status))</dt><dd>\(escape(status.meaning))</dd>\n"
        }
        let ratios = content.actionRules.ratios
        html += "</dl>\n<h3>How the rules judge an action</h3>\n"
        html +=
            "<p>At the end of the quarter (\(end)): a completed action is Blue; one not started, and not yet due to start, is Not started; one due on or before that day and not completed is overdue, and Red.</p>\n"
        html +=
            "<p>Otherwise its progress is compared with the progress expected by then on a straight line from its start (or the start of the financial year of its first update) to its due date: at least \(PackPages.percent(ratios.green)) of the expected progress is Green, at least \(PackPages.percent(ratios.amber)) Amber, less Red. An action with no due date is Green while in progress; one with no progress figure is not rated.</p>\n"
        html +=
            "<p>Where the officer's status differs from the rules', the tables show both, e.g. “officer: Green · rules: Red, overdue”.</p>\n</section>\n"

        html +=
            "<section aria-labelledby=\"action-exceptions\">\n<h2 id=\"action-exceptions\">Action exceptions: red, overdue or awaiting update</h2>\n"
        let exceptions = content.actionExceptions
        if exceptions.isEmpty {
            html +=
                "<p>No action is red, overdue or awaiting an update for \(escape(content.period.description)).</p>\n"
        } else {
            html += actionTable(
                exceptions, caption: "Actions that are red, overdue or awaiting an update, \(content.period)",
                showTheme: true)
        }
        html += "</section>\n"
        for (index, theme) in content.actionThemes.enumerated() {
            html +=
                "<section aria-labelledby=\"action-theme-\(index)\">\n<h2 id=\"action-theme-\(index)\">Actions: \(escape(theme.name))</h2>\n"
            html += actionTable(theme.actions, caption: "Actions: \(theme.name), \(content.period)", showTheme: false)
            html += "</section>\n"
        }
        return html
    }

    /// "■ Blue" as a badge: the shape is hidden from screen readers, the word is read.
    static func actionBadge(_ status: ActionStatus) -> String {
        "<span class=\"status status-\(status.rawValue)\"><span class=\"shape\" aria-hidden=\"true\">\(status.symbol)</span> \(status.word)</span>"
    }

    /// One table of actions: ref (the row header), action, owner, due, progress, status, latest update.
    static func actionTable(_ rows: [ActionAssessment], caption: String, showTheme: Bool) -> String {
        var html = "<table class=\"actions\">\n<caption>\(escape(caption))</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Progress</th><th scope=\"col\">Status</th><th scope=\"col\">Latest update</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(escape(row.action.displayRef))</th>"
            var action = escape(row.action.title)
            if showTheme, let theme = row.action.theme { action += "<br><span class=\"theme\">\(escape(theme))</span>" }
            html += "<td>\(action)</td><td>\(row.action.owner.map(escape) ?? "–")</td>"
            var due = row.due.map { escape($0.displayText) } ?? "No due date"
            if let original = row.originalDue {
                due += "<br><span class=\"revised\">revised from \(escape(original.displayText))</span>"
            }
            if row.overdue { due += "<br><strong class=\"overdue\">Overdue</strong>" }
            html += "<td class=\"due\">\(due)</td>"
            if let progress = row.progress {
                // Progress is a plain decimal from 0 to 100 (checked when recorded): a CSS width as it is.
                html +=
                    "<td class=\"progress\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:\(progress.text)%\"></span></span> \(escape(progress.text))%</td>"
            } else {
                html += "<td class=\"progress\">–</td>"
            }
            var status = actionBadge(row.status)
            if let comparison = row.comparison {
                status += "<br><span class=\"rules\">\(escape(comparison))</span>"
            } else if row.statusSource == .rules, [.green, .amber, .red, .notStarted].contains(row.status) {
                status += "<br><span class=\"rules\">by the rules</span>"
            }
            html += "<td>\(status)</td><td class=\"update\">\(updateHTML(row))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The latest update as paragraphs (line breaks in the officer's text kept).
    static func updateHTML(_ row: ActionAssessment) -> String {
        guard let note = row.note, !note.allSatisfy(\.isWhitespace) else {
            return row.update == nil ? "No update recorded." : "No update text recorded."
        }
        var paragraphs = note.split(whereSeparator: \.isNewline).map(String.init).filter {
            !$0.allSatisfy(\.isWhitespace)
        }
        if let shown = row.update?.period, shown != row.period { paragraphs.insert("Update for \(shown):", at: 0) }
        return paragraphs.map { "<p>\(escape($0))</p>" }.joined()
    }
}
