import Foundation
import Testing
import KPIModel
import KPIStatus
@testable import KPIReport

private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text) }

@Suite("Status reports")
struct StatusReportTests {
    static let hostileTitle = "=HYPERLINK(\"http://x\") <script>alert(1)</script> | & \u{1b}[31m"
    static let hostileNote = "+1 \"quoted\", two\nlines <b>bold</b> *stars* [link](x)"

    func report(title: String = "% of ICT incidents resolved in under 2 days", note: String? = nil) -> StatusReport {
        let indicator = Indicator(id: try! IndicatorID("ICT01"), title: title, unit: .percent, polarity: .higherIsBetter, definedAt: time("2020-01-01"))
        let history = IndicatorHistory(indicator: indicator, observations: [
            Observation(period: per("2021/22 Q1"), value: fig("88"), recordedAt: time("2021-08-10")),
            Observation(period: per("2021/22 Q2"), value: fig("85"), recordedAt: time("2021-11-10"), note: note),
        ], targetChanges: [TargetChange(from: per("2020/21 Q1"), value: fig("90"), amber: .tolerance(fig("5")), recordedAt: time("2020-01-01"))])
        let other = Indicator(id: try! IndicatorID("DIG01"), title: "Website users", unit: .count, polarity: .higherIsBetter, definedAt: time("2020-01-01"))
        return StatusReport(snapshots: [history.asOf(nil)!, IndicatorHistory(indicator: other).asOf(nil)!], period: nil,
                            financialYear: .april, asOf: time("2021-12-01"))!
    }

    @Test("JSON is an array sorted by id with exactly the documented keys, numbers exact")
    func json() throws {
        let text = report(note: "Service desk at 50%").json()
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["id"] as! String } == ["DIG01", "ICT01"])
        #expect(rows.allSatisfy { Set($0.keys) == Set(StatusReport.fields) })
        #expect(rows[0]["value"] is NSNull)
        #expect(rows[0]["status"] as? String == "missing")
        #expect(text.contains("\"amberThreshold\": 85.5,"))
        #expect(rows[1]["status"] as? String == "red")
        #expect(rows[1]["vsPreviousQuarter"] as? String == "worsening")
        #expect(rows[1]["vsSameQuarterLastYear"] as? String == "unknown")
        #expect(rows[1]["note"] as? String == "Service desk at 50%")
    }

    @Test("hostile titles and notes come out escaped in every format")
    func escaping() throws {
        let report = report(title: Self.hostileTitle, note: Self.hostileNote)
        let rows = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as! [[String: Any]]
        #expect(rows[1]["title"] as? String == Self.hostileTitle)
        #expect(rows[1]["note"] as? String == Self.hostileNote)
        #expect(!report.json().contains("<script>"))

        let csv = report.csv()
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\") <script>alert(1)</script> | & \u{1b}[31m\","))
        #expect(csv.contains(",\"'+1 \"\"quoted\"\", two\nlines <b>bold</b> *stars* [link](x)\",90,,missing,-5,-5.6\r\n"))

        let markdown = report.markdown()
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("=HYPERLINK(\"http://x\") &lt;script&gt;alert(1)&lt;/script&gt; \\| &amp;"))
        #expect(markdown.split(separator: "\n").count == 5)

        let table = report.table(colour: false, width: 80)
        #expect(!table.contains("\u{1b}"))
    }

    @Test("the table fits 80 columns and shows status as shape and word; colour only when asked")
    func table() {
        let long = String(repeating: "Percentage of something very long ", count: 3)
        let text = report(title: long).table(colour: false, width: 80)
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
        #expect(text.contains("▲ Red"))
        #expect(text.contains("○ No data"))
        #expect(text.hasPrefix("Status for 2021/22 Q2 (July to September 2021) as of 2021-12-01\n"))
        #expect(!text.contains("\u{1b}["))
        #expect(report().table(colour: true, width: 80).contains("\u{1b}[1;31m▲ Red"))
    }

    @Test("Markdown is a table with a heading")
    func markdown() {
        #expect(report().markdown() == """
            ## Status for 2021/22 Q2 (July to September 2021) as of 2021-12-01

            | ID | Indicator | Value | Target | Status | vs Q1 21/22 | vs Q2 20/21 | Note |
            |---|---|---:|---:|---|---|---|---|
            | DIG01 | Website users | – | – | ○ No data | ? Unknown | ? Unknown |  |
            | ICT01 | % of ICT incidents resolved in under 2 days | 85% | 90% | ▲ Red | ↓ Worsening | ? Unknown |  |

            """)
    }
}
