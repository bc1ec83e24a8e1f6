import Foundation
import KPICharts
import KPIDrawing
import KPIModel
import KPIPack
import KPIStatus

/// Writes what the peers need to draw the same chart: the drawing commands (for the C program,
/// which replays them with plain Cairo calls) and the data (for matplotlib and RRDtool).
enum Dump {
    /// One line per drawing command, in the order `layout.draw` issues them.
    ///
    /// `size W H`, `title HEX`, `subject HEX`, `date TEXT`, then `fill R G B A : PATH`,
    /// `stroke R G B A WIDTH CAP JOIN PHASE N D1..DN : PATH`, `text R G B A SIZE BOLD X Y HEX`,
    /// `save`, `restore`, `clip X Y W H`, `translate DX DY`. PATH is `M x y`, `L x y`,
    /// `C x1 y1 x2 y2 x y` and `Z` tokens. Text is UTF-8 in hex so any character survives.
    static func commands(_ layout: any RenderableLayout, moment: Timestamp) -> String {
        let canvas = RecordingCanvas(measurer: ChartFiles.measurer)
        layout.draw(on: canvas)
        var lines = ["size \(layout.size.width) \(layout.size.height)",
                     "title \(hex(layout.accessibleTitle))",
                     "subject \(hex(layout.accessibleDescription))",
                     "date \(moment.description)"]
        func color(_ c: Color) -> String { "\(c.red) \(c.green) \(c.blue) \(c.alpha)" }
        func path(_ p: Path) -> String {
            p.elements.map { element -> String in
                switch element {
                case .move(let q): "M \(q.x) \(q.y)"
                case .line(let q): "L \(q.x) \(q.y)"
                case .curve(let a, let b, let q): "C \(a.x) \(a.y) \(b.x) \(b.y) \(q.x) \(q.y)"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }
        for command in canvas.commands {
            switch command {
            case .fill(let p, let c):
                lines.append("fill \(color(c)) : \(path(p))")
            case .stroke(let p, let c, let s):
                let cap = switch s.cap { case .butt: 0; case .round: 1; case .square: 2 }
                let join = switch s.join { case .miter: 0; case .round: 1; case .bevel: 2 }
                let dash = ([String(s.dash.count)] + s.dash.map { "\($0)" }).joined(separator: " ")
                lines.append("stroke \(color(c)) \(s.width) \(cap) \(join) \(s.dashPhase) \(dash) : \(path(p))")
            case .text(let t, let at, let font, let c):
                lines.append("text \(color(c)) \(font.size) \(font.weight == .bold ? 1 : 0) \(at.x) \(at.y) \(hex(t))")
            case .save: lines.append("save")
            case .restore: lines.append("restore")
            case .clip(let r): lines.append("clip \(r.minX) \(r.minY) \(r.width) \(r.height)")
            case .translate(let dx, let dy): lines.append("translate \(dx) \(dy)")
            case .beginTag, .endTag: continue  // PDF structure tags; plain Cairo drawing has none
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func hex(_ text: String) -> String {
        text.utf8.isEmpty ? "-" : text.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// The chart's data and words as JSON, for the matplotlib and RRDtool peers.
    static func data(_ fixture: Fixture) throws -> String {
        let chart = ChartLayout.make(fixture.chartSpec, measurer: ChartFiles.measurer)
        let tile = TileLayout.make(fixture.tileSpec, measurer: ChartFiles.measurer)
        let series = fixture.chartSpec.series
        func number(_ d: Decimal?) -> Any { d.map { NSDecimalNumber(decimal: $0).doubleValue } ?? NSNull() }
        let quarters: [[String: Any]] = series.entries.map { entry in
            let start = quarterStart(entry.period)
            return ["label": entry.period.shortLabel, "period": entry.period.description,
                    "start": start, "end": quarterStart(entry.period.advanced(by: 1)!),
                    "value": number(entry.value?.decimal), "target": number(entry.target?.value.decimal),
                    "amber": number(entry.amberThreshold), "status": entry.status.rawValue]
        }
        func texts(_ labels: [TextLabel], _ role: TextLabel.Role) -> [String] { labels.filter { $0.role == role }.map(\.text) }
        let object: [String: Any] = [
            "id": fixture.chartSpec.snapshot.indicator.id.description,
            "polarity": fixture.chartSpec.snapshot.indicator.polarity == .higherIsBetter ? "higher" : "lower",
            "chart": ["width": chart.size.width, "height": chart.size.height,
                      "title": texts(chart.labels, .title).joined(separator: " "),
                      "subtitle": texts(chart.labels, .subtitle).joined(separator: " "),
                      "footer": texts(chart.labels, .footer),
                      "ymin": chart.yDomain.lowerBound, "ymax": chart.yDomain.upperBound,
                      "accessibleTitle": chart.accessibleTitle, "accessibleDescription": chart.accessibleDescription],
            "tile": ["width": tile.size.width, "height": tile.size.height,
                     "labels": tile.labels.map { ["role": $0.role.rawValue, "text": $0.text, "size": $0.font.size,
                                                  "bold": $0.font.weight == .bold, "x": $0.origin.x, "y": $0.origin.y] },
                     "background": tile.backgroundColor.hexString, "status": tile.status.rawValue],
            "quarters": quarters,
            "date": fixture.moment.description,
        ]
        let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: json, as: UTF8.self) + "\n"
    }

    /// Seconds since 1970 at the start of `period` (financial years starting in April).
    static func quarterStart(_ period: Period) -> Int {
        let month = 4 + (period.quarter - 1) * 3
        let year = period.startYear + (month > 12 ? 1 : 0)
        var components = DateComponents()
        components.year = year
        components.month = (month - 1) % 12 + 1
        components.day = 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return Int(calendar.date(from: components)!.timeIntervalSince1970)
    }
}
