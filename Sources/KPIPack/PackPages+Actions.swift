import FoundationEssentials
import KPIActions
import KPICharts
import KPIDrawing
import KPIModel

extension PackPages {
    /// The Actions part, after the indicators: the counts by status with the BRAG legend, the
    /// exceptions (red, overdue, awaiting update), then every action grouped by theme. Each
    /// part is an `H2` with its own contents entry; the actions are real tables.
    static func actionsPart(_ content: PackContent, into page: inout PageComposer) {
        actionSummary(content, into: &page)
        page.advance(10)
        let exceptions = content.actionExceptions
        let exceptionsTitle = "Action exceptions: red, overdue or awaiting update"
        keepHeadingWithTable([exceptionsTitle], first: exceptions.first, showTheme: true, into: &page)
        partHeading([exceptionsTitle], destination: Destination.actionExceptions, into: &page)
        page.advance(6)
        if exceptions.isEmpty {
            page.tagged(.paragraph) {
                $0.text(
                    ["No action is red, overdue or awaiting an update for \(content.period)."], font: Style.body,
                    color: StatusPalette.ink)
            }
        } else {
            actionTable(exceptions, showTheme: true, continued: "Action exceptions (continued)", into: &page)
        }
        for (index, theme) in content.actionThemes.enumerated() {
            page.advance(14)
            let title = page.wrap("Actions: " + theme.name, font: Style.sectionHeading, maxLines: 3)
            keepHeadingWithTable(title, first: theme.actions.first, showTheme: false, into: &page)
            partHeading(title, destination: Destination.actionTheme(index), into: &page)
            page.advance(6)
            actionTable(theme.actions, showTheme: false, continued: "Actions: \(theme.name) (continued)", into: &page)
        }
    }

    /// Breaks the page before a part's heading unless the heading, the table's header and its
    /// first row fit below the cursor: a heading never ends a page.
    static func keepHeadingWithTable(
        _ heading: [String], first: ActionAssessment?, showTheme: Bool, into page: inout PageComposer
    ) {
        var height = page.height(lines: heading.count, font: Style.sectionHeading) + 6 + actionHeaderHeight(page)
        if let first {
            height += ActionRowCells(first, showTheme: showTheme, page: page).layout(page: page).height
        } else {
            height += page.lineHeight(Style.body)
        }
        page.ensureRoom(height)
    }

    /// The counts by status, each with its shape and word, the overdue count and what every
    /// status means (Blue: complete), and how the rules judge an action.
    static func actionSummary(_ content: PackContent, into page: inout PageComposer) {
        let ink = StatusPalette.ink
        partHeading(["Actions: progress on the plan"], destination: Destination.actions, into: &page)
        page.advance(6)
        let count = content.actions.count
        let intro =
            "\(count) action\(count == 1 ? "" : "s") reported for \(content.periodDescription). An action's status is its officer's where the update for the quarter gives one; otherwise it is worked out by the rules below, and the tables say so."
        page.tagged(.paragraph) { $0.text($0.wrap(intro, font: Style.body, maxLines: 4), font: Style.body, color: ink) }
        page.advance(8)

        actionCountList(content, x: page.left, into: &page)
        page.advance(4)
        let end = content.financialYear.endDate(of: content.period).displayText
        let overdue =
            "Overdue (due on or before \(end) and not completed): \(content.overdueCount) action\(content.overdueCount == 1 ? "" : "s")."
        page.tagged(.paragraph) {
            $0.text($0.wrap(overdue, font: Style.bodyBold, maxLines: 2), font: Style.bodyBold, color: ink)
        }
        page.advance(14)

        page.tagged(.paragraph) { $0.text(["What each status means"], font: Style.blockHeading, color: ink) }
        page.advance(4)
        let statuses = ActionStatus.reportOrder
        labelledList(
            count: statuses.count, bodyX: page.left + 95, labelFont: Style.bodyBold, bodyFont: Style.body, into: &page
        ) {
            _ = actionBadge(statuses[$0], x: $2.left, top: $1, font: Style.bodyBold, composer: &$2)
        } body: { index, page in
            page.wrap(statuses[index].meaning, font: Style.body, width: page.width - 95, maxLines: 2)
        }
        page.advance(10)
        let ratios = content.actionRules.ratios
        let rules = [
            "How the rules judge an action, at the end of the quarter (\(end)): a completed action is Blue; one not started, and not yet due to start, is Not started; one due on or before that day and not completed is overdue, and Red.",
            "Otherwise its progress is compared with the progress expected by then on a straight line from its start (or the start of the financial year of its first update) to its due date: at least \(percent(ratios.green)) of the expected progress is Green, at least \(percent(ratios.amber)) Amber, less Red. An action with no due date is Green while in progress; one with no progress figure is not rated.",
            "Where the officer's status differs from the rules', the tables show both, e.g. \"officer: Green · rules: Red, overdue\".",
        ]
        for paragraph in rules {
            page.tagged(.paragraph) {
                $0.text($0.wrap(paragraph, font: Style.body, maxLines: 6), font: Style.body, color: ink)
            }
            page.advance(4)
        }
    }

    /// "90%" for a ratio of 0.9.
    static func percent(_ ratio: Decimal) -> String {
        "\(ratio * 100)%"
    }

    /// An action status mark and its word at the cursor line, e.g. "■ Blue", returning the width used.
    static func actionBadge(_ status: ActionStatus, x: Double, top: Double, font: Font, composer: inout PageComposer)
        -> Double
    {
        badge(status.word, color: ActionPalette.tileText(status), x: x, top: top, font: font, composer: &composer) {
            .actionMarker(ActionMarker(status: status, center: $0, size: $1))
        }
    }

    /// The actions' counts by status, from `x`: "■ Blue  4 actions".
    static func actionCountList(_ content: PackContent, x: Double, into page: inout PageComposer) {
        let font = Font(size: 11)
        let counts = content.actionCounts
        labelledList(count: counts.count, bodyX: x + 130, labelFont: font, bodyFont: font, into: &page) {
            _ = actionBadge(counts[$0].status, x: x, top: $1, font: font, composer: &$2)
        } body: { index, _ in
            ["\(counts[index].count) action\(counts[index].count == 1 ? "" : "s")"]
        }
    }

    /// The columns of an action table: left edge and width in the content width.
    enum ActionColumn {
        static let ref = (x: 0.0, width: 68.0)
        static let action = (x: 72.0, width: 196.0)
        static let due = (x: 272.0, width: 64.0)
        static let progress = (x: 340.0, width: 58.0)
        static let status = (x: 402.0, width: 109.0)
        /// The latest update runs under the action, due, progress and status columns.
        static let update = (x: 72.0, width: 439.0)
        static let barWidth = 30.0
    }

    /// One table of actions: a header row (repeated as furniture on every later page), then
    /// per action its ref, title and owner, due date (with the original when revised, and
    /// "Overdue"), progress as a bar and a figure, status as shape, word and colour (with the
    /// rules' view where it differs), and the latest update beneath. A row is never split.
    static func actionTable(
        _ rows: [ActionAssessment], showTheme: Bool, continued: String, into page: inout PageComposer
    ) {
        let font = Style.small, bold = Style.smallBold
        let line = page.lineHeight(font)
        let headerHeight = actionHeaderHeight(page) - 4

        func header(_ page: inout PageComposer, repeated: Bool) {
            let titles: [(String, Double, Double)] = [
                ("Ref", ActionColumn.ref.x, 0), ("Action", ActionColumn.action.x, 0), ("Due", ActionColumn.due.x, 0),
                ("Progress", ActionColumn.progress.x, 0), ("Status", ActionColumn.status.x, 0),
                ("Latest update", ActionColumn.update.x, line),
            ]
            if repeated { page.begin(.artifact) } else { page.begin(.element(.tableRow)) }
            for (title, x, dy) in titles {
                let label = TextLabel(
                    title, role: .message, font: bold, color: StatusPalette.ink, x: page.left + x, top: page.y + dy,
                    measurer: page.measurer)
                if repeated { page.add(.label(label)) } else { page.tagged(.tableHeader) { $0.add(.label(label)) } }
            }
            if !repeated { page.end(.element(.tableRow)); page.begin(.artifact) }
            page.advance(headerHeight - 2)
            page.add(
                .rule(
                    from: Point(x: page.left, y: page.y - 1), to: Point(x: page.left + page.width, y: page.y - 1),
                    color: StatusPalette.ink, width: 0.75))
            page.end(.artifact)
            page.advance(4)
        }

        page.begin(.element(.table))
        header(&page, repeated: false)
        for row in rows {
            let cells = ActionRowCells(row, showTheme: showTheme, page: page)
            let (height, firstHeight, update) = cells.layout(page: page)
            if page.y + height > page.bottom {
                page.newPage()
                page.tagged(.artifact) {
                    $0.text(
                        $0.wrap(continued, font: Style.blockHeading, maxLines: 2), font: Style.blockHeading,
                        color: StatusPalette.ink, role: .title)
                }
                page.advance(4)
                header(&page, repeated: true)
            }
            let top = page.y
            page.begin(.element(.tableRow))
            page.tagged(.tableHeader) {
                $0.text(
                    cells.ref, font: font, color: StatusPalette.ink, x: $0.left + ActionColumn.ref.x, advance: false)
            }
            page.tagged(.tableCell) { cell in
                let lines =
                    cells.title.map { ($0, bold, StatusPalette.ink) }
                    + cells.owner.map { ($0, font, StatusPalette.secondaryInk) }
                stack(lines, x: cell.left + ActionColumn.action.x, top: top, line: line, into: &cell)
            }
            page.tagged(.tableCell) { cell in
                // The date in ink, "revised from" in grey, "Overdue" bold in red's text colour (9:1).
                let lines = cells.due.enumerated().map { index, due in
                    let (text, isOverdue) = due
                    let color =
                        isOverdue
                        ? StatusPalette.tileText(.red) : index == 0 ? StatusPalette.ink : StatusPalette.secondaryInk
                    return (text, isOverdue ? bold : font, color)
                }
                stack(lines, x: cell.left + ActionColumn.due.x, top: top, line: line, into: &cell)
            }
            if let progress = row.progress {
                progressBar(
                    progress.doubleValue, x: page.left + ActionColumn.progress.x, top: top, line: line, into: &page)
            }
            page.tagged(.tableCell) { cell in
                let x = cell.left + ActionColumn.progress.x + (row.progress == nil ? 0 : ActionColumn.barWidth + 4)
                cell.add(
                    .label(
                        TextLabel(
                            cells.progress, role: .message, font: font, color: StatusPalette.ink, x: x, top: top,
                            measurer: cell.measurer)))
            }
            page.tagged(.tableCell) { cell in
                _ = actionBadge(row.status, x: cell.left + ActionColumn.status.x, top: top, font: bold, composer: &cell)
                stack(
                    cells.status.map { ($0, font, StatusPalette.secondaryInk) }, x: cell.left + ActionColumn.status.x,
                    top: top + line, line: line, into: &cell)
            }
            page.advance(firstHeight + 3)
            page.tagged(.tableCell) { cell in
                cell.text(
                    update.lines, font: font, color: update.isEmpty ? StatusPalette.secondaryInk : StatusPalette.ink,
                    x: cell.left + ActionColumn.update.x)
            }
            page.end(.element(.tableRow))
            page.advance(5)
            page.tagged(.artifact) {
                $0.add(
                    .rule(
                        from: Point(x: $0.left, y: $0.y - 2), to: Point(x: $0.left + $0.width, y: $0.y - 2),
                        color: StatusPalette.grid, width: 0.5))
            }
            page.advance(3)
        }
        page.end(.element(.table))
    }

    /// The height of an action table's header row with the rule beneath it.
    static func actionHeaderHeight(_ page: PageComposer) -> Double {
        2 * page.lineHeight(Style.small) + 8
    }

    /// A progress bar (page furniture: the figure beside it says the same in words).
    /// Adds `lines` one under another in a table cell, the first at `top`, each `line` below the
    /// one before, left-aligned at `x`.
    static func stack(
        _ lines: [(text: String, font: Font, color: Color)], x: Double, top: Double, line: Double,
        into cell: inout PageComposer
    ) {
        var y = top
        for item in lines {
            cell.add(
                .label(
                    TextLabel(
                        item.text, role: .message, font: item.font, color: item.color, x: x, top: y,
                        measurer: cell.measurer)))
            y += line
        }
    }

    static func progressBar(_ progress: Double, x: Double, top: Double, line: Double, into page: inout PageComposer) {
        let height = 6.0
        let y = top + (line - height) / 2 - 0.5
        let width = ActionColumn.barWidth
        page.tagged(.artifact) {
            $0.add(
                .box(
                    Rect(x: x, y: y, width: width, height: height), fill: StatusPalette.white,
                    stroke: StatusPalette.secondaryInk))
            let filled = width * min(max(progress, 0), 100) / 100
            if filled > 0 {
                $0.add(
                    .box(Rect(x: x, y: y, width: filled, height: height), fill: StatusPalette.secondaryInk, stroke: nil)
                )
            }
        }
    }
}

/// The text of one action's row, wrapped to its columns: measured before the row is placed.
struct ActionRowCells {
    var ref: [String]
    var title: [String]
    var owner: [String]
    /// Each line and whether it is the "Overdue" flag.
    var due: [(String, Bool)]
    var progress: String
    /// The lines under the status badge: the rules' view, or "by the rules".
    var status: [String]
    let row: ActionAssessment

    init(_ row: ActionAssessment, showTheme: Bool, page: PageComposer) {
        typealias Column = PackPages.ActionColumn
        let font = PackPages.Style.small, bold = PackPages.Style.smallBold
        self.row = row
        ref = page.wrap(row.action.displayRef, font: font, width: Column.ref.width, maxLines: 4)
        title = page.wrap(row.action.title, font: bold, width: Column.action.width, maxLines: 8)
        var about: [String] = []
        if showTheme, let theme = row.action.theme { about.append(theme) }
        if let owner = row.action.owner { about.append("Owner: " + owner) }
        owner = about.flatMap { page.wrap($0, font: font, width: Column.action.width, maxLines: 3) }
        var due: [(String, Bool)] = [(row.due?.displayText ?? "No due date", false)]
        if let original = row.originalDue {
            due += page.wrap("revised from \(original.displayText)", font: font, width: Column.due.width, maxLines: 2)
                .map { ($0, false) }
        }
        if row.overdue { due.append(("Overdue", true)) }
        self.due = due
        progress = row.progress.map { "\($0.text)%" } ?? "–"
        // "officer: Green · rules: Red, overdue" as two lines, each wrapped to the column.
        var statusText: [String] = []
        if let comparison = row.comparison {
            statusText = comparison.components(separatedBy: " · ")
        } else if row.statusSource == .rules, [.green, .amber, .red, .notStarted].contains(row.status) {
            statusText = ["by the rules"]
        }
        status = statusText.flatMap { page.wrap($0, font: font, width: Column.status.width, maxLines: 2) }
    }

    /// The row's height, the height of its first block (the columns side by side), and the
    /// update's lines, cut so the row fits on a page of its own under the continued heading
    /// and the header: a row is never split across pages.
    func layout(page: PageComposer) -> (height: Double, firstHeight: Double, update: (lines: [String], isEmpty: Bool)) {
        let line = page.lineHeight(PackPages.Style.small)
        let continuedHeight = page.height(lines: 2, font: PackPages.Style.blockHeading) + 4
        let freshRoom = page.bottom - PageComposer.margin - continuedHeight - PackPages.actionHeaderHeight(page) - 2
        let firstHeight = Double(firstBlockLines) * line
        let update = updateLines(page: page, maxLines: max(Int((freshRoom - firstHeight - 10) / line), 3))
        return (firstHeight + 3 + Double(update.lines.count) * line + 8, firstHeight, update)
    }

    /// Lines in the first block: the tallest of the columns beside each other.
    var firstBlockLines: Int {
        max(ref.count, title.count + owner.count, due.count, 1, 1 + status.count)
    }

    /// The latest update, paragraph by paragraph, at most `maxLines` lines; when cut, the last
    /// line says where the rest is.
    func updateLines(page: PageComposer, maxLines: Int) -> (lines: [String], isEmpty: Bool) {
        let font = PackPages.Style.small
        let width = PackPages.ActionColumn.update.width
        guard let note = row.note, !TextFitting.clean(note).isEmpty else {
            return ([row.update == nil ? "No update recorded." : "No update text recorded."], true)
        }
        var text = note
        if let shown = row.update?.period, shown != row.period { text = "Update for \(shown): " + text }
        var lines: [String] = []
        for paragraph in text.split(whereSeparator: \.isNewline) where !TextFitting.clean(String(paragraph)).isEmpty {
            lines += page.wrap(String(paragraph), font: font, width: width, maxLines: 1000)
        }
        guard lines.count > maxLines else { return (lines, false) }
        var kept = Array(lines.prefix(maxLines - 1))
        kept[kept.count - 1] = TextFitting.truncate(
            kept[kept.count - 1] + " …", width: width, font: font, measurer: page.measurer)
        kept.append("The update continues in the pack's web page (index.html) and actions.md.")
        return (kept, false)
    }
}
