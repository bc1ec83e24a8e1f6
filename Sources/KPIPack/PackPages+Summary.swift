import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

extension PackPages {
    /// The summary table of every indicator: breaks across pages with the header repeated.
    static func summaryTable(_ content: PackContent, into page: inout PageComposer) {
        page.text(["Summary of all indicators"], font: Style.sectionHeading, color: StatusPalette.ink, role: .title)
        page.advance(6)
        // Column left edges (or right edges for numbers) as offsets in the content width.
        let columns: [(title: String, x: Double, width: Double, right: Bool)] = [
            ("ID", 0, 44, false), ("Indicator", 46, 150, false), ("Value", 260, 60, true), ("Target", 322, 60, true),
            ("Status", 328, 72, false), ("Prev Q", 402, 48, false), ("Last yr", 452, 47, false),
        ]
        let rowFont = Style.small
        let line = page.lineHeight(rowFont)

        func header(_ page: inout PageComposer) {
            for column in columns {
                let width = page.measurer.measure(column.title, font: Style.smallBold).width
                let x = page.left + (column.right ? column.x - width : column.x)
                page.add(.label(TextLabel(column.title, role: .message, font: Style.smallBold, color: StatusPalette.ink, x: x, top: page.y, measurer: page.measurer)))
            }
            page.advance(line + 2)
            page.add(.rule(from: Point(x: page.left, y: page.y - 1), to: Point(x: page.left + page.width, y: page.y - 1), color: StatusPalette.ink, width: 0.75))
            page.advance(2)
        }

        header(&page)
        for assessment in content.assessments {
            let formatter = FigureFormatter(assessment.indicator)
            let title = page.wrap(assessment.indicator.title, font: rowFont, width: columns[1].width, maxLines: 2)
            let height = Double(max(title.count, 1)) * line + 4
            if page.y + height > page.bottom {
                page.newPage()
                page.text(["Summary of all indicators (continued)"], font: Style.blockHeading, color: StatusPalette.ink, role: .title)
                page.advance(4)
                header(&page)
            }
            let top = page.y
            let cells: [String] = [
                assessment.indicator.id.rawValue,
                "",
                assessment.value.map { formatter.string($0) } ?? "–",
                assessment.target.map { formatter.precise($0.value.decimal) } ?? "–",
                "",
                dotWord(assessment.vsPreviousQuarter),
                dotWord(assessment.vsSameQuarterLastYear),
            ]
            for (index, cell) in cells.enumerated() where !cell.isEmpty {
                let column = columns[index]
                let text = TextFitting.truncate(cell, width: column.width, font: rowFont, measurer: page.measurer)
                let width = page.measurer.measure(text, font: rowFont).width
                page.add(.label(TextLabel(text, role: .message, font: rowFont, color: StatusPalette.ink,
                                          x: page.left + (column.right ? column.x - width : column.x), top: top, measurer: page.measurer)))
            }
            page.text(title, font: rowFont, color: StatusPalette.ink, x: page.left + columns[1].x, advance: false)
            _ = statusBadge(assessment.status, x: page.left + columns[4].x, top: top, font: rowFont, composer: &page)
            page.advance(height)
            page.add(.rule(from: Point(x: page.left, y: page.y - 2), to: Point(x: page.left + page.width, y: page.y - 2), color: StatusPalette.grid, width: 0.5))
        }
    }

    /// "↑ Better", "↓ Worse", "→ Same", "–".
    static func dotWord(_ direction: DirectionOfTravel) -> String {
        switch direction {
        case .improving: "↑ Better"
        case .worsening: "↓ Worse"
        case .noChange: "→ Same"
        case .unknown: "–"
        }
    }
}
