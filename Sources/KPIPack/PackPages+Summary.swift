import KPICharts
import KPIDrawing
import KPIModel
import KPIStatus

extension PackPages {
    /// The summary table of every indicator: breaks across pages with the header repeated.
    /// One `Table` across its pages; the repeated heading and header are page furniture.
    static func summaryTable(_ content: PackContent, into page: inout PageComposer) {
        partHeading(["Summary of all indicators"], destination: Destination.summary, into: &page)
        page.advance(6)
        // Column left edges (or right edges for numbers) as offsets in the content width.
        let columns: [(title: String, x: Double, width: Double, right: Bool)] = [
            ("ID", 0, 44, false), ("Indicator", 46, 150, false), ("Value", 260, 60, true), ("Target", 322, 60, true),
            ("Status", 328, 72, false), ("Prev Q", 402, 48, false), ("Last yr", 452, 47, false),
        ]
        let rowFont = Style.small
        let line = page.lineHeight(rowFont)

        /// The header row: `TH` cells the first time, furniture when repeated.
        func header(_ page: inout PageComposer, repeated: Bool) {
            if repeated { page.begin(.artifact) } else { page.begin(.element(.tableRow)) }
            for column in columns {
                let width = page.measurer.measure(column.title, font: Style.smallBold).width
                let x = page.left + (column.right ? column.x - width : column.x)
                let label = TextLabel(column.title, role: .message, font: Style.smallBold, color: StatusPalette.ink, x: x, top: page.y, measurer: page.measurer)
                if repeated { page.add(.label(label)) } else { page.tagged(.tableHeader) { $0.add(.label(label)) } }
            }
            if !repeated { page.end(.element(.tableRow)); page.begin(.artifact) }
            page.advance(line + 2)
            page.add(.rule(from: Point(x: page.left, y: page.y - 1), to: Point(x: page.left + page.width, y: page.y - 1), color: StatusPalette.ink, width: 0.75))
            page.end(.artifact)
            page.advance(2)
        }

        page.begin(.element(.table))
        header(&page, repeated: false)
        for assessment in content.assessments {
            let formatter = FigureFormatter(assessment.indicator)
            let title = page.wrap(assessment.indicator.title, font: rowFont, width: columns[1].width, maxLines: 2)
            let height = Double(max(title.count, 1)) * line + 4
            if page.y + height > page.bottom {
                page.newPage()
                page.tagged(.artifact) {
                    $0.text(["Summary of all indicators (continued)"], font: Style.blockHeading, color: StatusPalette.ink, role: .title)
                }
                page.advance(4)
                header(&page, repeated: true)
            }
            let top = page.y
            let cells: [String] = [
                assessment.indicator.id.rawValue,
                "",
                assessment.value.map { formatter.string($0) } ?? "–",
                assessment.target.map { formatter.precise($0.value.decimal) } ?? "–",
                "",
                assessment.vsPreviousQuarter.cellText,
                assessment.vsSameQuarterLastYear.cellText,
            ]
            page.begin(.element(.tableRow))
            for (index, cell) in cells.enumerated() {
                let column = columns[index]
                page.tagged(index == 0 ? .tableHeader : .tableCell) { page in
                    switch index {
                    case 1:
                        page.text(title, font: rowFont, color: StatusPalette.ink, x: page.left + column.x, advance: false)
                    case 4:
                        _ = statusBadge(assessment.status, x: page.left + column.x, top: top, font: rowFont, composer: &page)
                    default:
                        let text = TextFitting.truncate(cell, width: column.width, font: rowFont, measurer: page.measurer)
                        let width = page.measurer.measure(text, font: rowFont).width
                        page.add(.label(TextLabel(text, role: .message, font: rowFont, color: StatusPalette.ink,
                                                  x: page.left + (column.right ? column.x - width : column.x), top: top, measurer: page.measurer)))
                    }
                }
            }
            page.end(.element(.tableRow))
            page.advance(height)
            page.tagged(.artifact) {
                $0.add(.rule(from: Point(x: $0.left, y: $0.y - 2), to: Point(x: $0.left + $0.width, y: $0.y - 2), color: StatusPalette.grid, width: 0.5))
            }
        }
        page.end(.element(.table))
    }
}
