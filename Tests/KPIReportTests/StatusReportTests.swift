import Foundation
import KPIModel
import KPIStatus
import Testing

@testable import KPIReport

private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text, in: .april) }

@Suite("Status reports")
struct StatusReportTests {
    static let hostileTitle = "=HYPERLINK(\"http://x\") <script>alert(1)</script> | & \u{1b}[31m"
    static let hostileNote = "+1 \"quoted\", two\nlines <b>bold</b> *stars* [link](x)"

    func report(title: String = "% of ICT incidents resolved in under 2 days", note: String? = nil) -> StatusReport {
        let indicator = Indicator(
            id: try! IndicatorID("ICT01"), title: title, unit: .percent, polarity: .higherIsBetter,
            definedAt: time("2020-01-01"))
        let history = IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(period: per("2021/22 Q1"), value: fig("88"), recordedAt: time("2021-08-10")),
                Observation(period: per("2021/22 Q2"), value: fig("85"), recordedAt: time("2021-11-10"), note: note),
            ],
            targetChanges: [
                TargetChange(
                    from: per("2020/21 Q1"), value: fig("90"), amber: .tolerance(fig("5")),
                    recordedAt: time("2020-01-01"))
            ])
        let other = Indicator(
            id: try! IndicatorID("DIG01"), title: "Website users", unit: .count, polarity: .higherIsBetter,
            definedAt: time("2020-01-01"))
        return StatusReport(
            snapshots: [history.asOf(nil)!, IndicatorHistory(indicator: other).asOf(nil)!], period: nil,
            financialYear: .april, asOf: time("2021-12-01"))!
    }

    @Test("JSON is an array sorted by id with exactly the documented keys, numbers exact")
    func json() throws {
        let text = report(note: "Service desk at 50%").json()
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["id"] as! String } == ["DIG01", "ICT01"])
        #expect(rows.allSatisfy { Set($0.keys) == Set(StatusReport.jsonFields) })
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
        #expect(
            csv.contains(",\"'+1 \"\"quoted\"\", two\nlines <b>bold</b> *stars* [link](x)\",90,,missing,-5,-5.6\r\n"))

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
        #expect(
            report().markdown() == """
                ## Status for 2021/22 Q2 (July to September 2021) as of 2021-12-01

                | ID | Indicator | Value | Target | Status | vs Q1 21/22 | vs Q2 20/21 | Note |
                |---|---|---:|---:|---|---|---|---|
                | DIG01 | Website users | – | – | ○ No data | ? Unknown | ? Unknown |  |
                | ICT01 | % of ICT incidents resolved in under 2 days | 85% | 90% | ▲ Red | ↓ Worsening | ? Unknown |  |

                """)
    }
}

@Suite("Status reports of several frequencies")
struct MixedStatusReportTests {
    static func snapshot(_ id: String, _ frequency: Frequency, _ values: [(String, String)]) -> IndicatorSnapshot {
        let indicator = Indicator(
            id: try! IndicatorID(id), title: "\(frequency.rawValue.capitalized) \(id)", unit: .count,
            polarity: .higherIsBetter, frequency: frequency, definedAt: time("2020-01-01"))
        return IndicatorHistory(
            indicator: indicator,
            observations: values.map {
                Observation(period: per($0.0), value: fig($0.1), recordedAt: time("2022-01-01"))
            }
        )
        .asOf(nil)!
    }

    static let snapshots = [
        snapshot("A1", .annual, [("2019/20", "60"), ("2020/21", "65")]),
        snapshot("M1", .monthly, [("Jul 2021", "110"), ("Aug 2021", "100"), ("Aug 2020", "90")]),
        snapshot("Q1", .quarterly, [("2021/22 Q1", "5"), ("2021/22 Q2", "7")]),
    ]

    @Test("a quarter's table says which period each row shows, and names no single earlier period")
    func quarterTable() {
        let report = StatusReport(snapshots: Self.snapshots, period: nil, financialYear: .april, asOf: nil)!
        #expect(report.period == per("2021/22 Q2"), "the latest quarter with any value")
        #expect(report.rows.map(\.period.description) == ["2020/21", "Aug 2021", "2021/22 Q2"])
        #expect(
            report.table(colour: false, width: 100) == """
                Status for 2021/22 Q2 (July to September 2021)
                Prev: its previous period. Last yr: same period last year. By polarity.

                ID  Indicator     Period      Value  Target  Status       Prev      Last yr
                A1  Annual A1     2020/21        65       –  ○ No target  ↑ Better  ↑ Better
                M1  Monthly M1    Aug 2021      100       –  ○ No target  ↓ Worse   ↑ Better
                Q1  Quarterly Q1  2021/22 Q2      7       –  ○ No target  ↑ Better  –

                """)
        #expect(
            report.markdown().contains(
                "| ID | Indicator | Period | Value | Target | Status | vs previous | vs last year | Note |\n|---|---|---|---:|"
            ))
        #expect(report.markdown().contains("| M1 | Monthly M1 | Aug 2021 | 100 |"))
        #expect(
            report.csv().contains(
                "\r\nM1,Monthly M1,count,Aug 2021,100,,,no-target,worsening,improving,,,,missing,,\r\n"))
    }

    @Test("a month's table has the monthly indicators only, as a plain table")
    func monthTable() {
        let report = StatusReport(snapshots: Self.snapshots, period: per("Aug 2021"), financialYear: .april, asOf: nil)!
        #expect(report.rows.map(\.indicator.id.rawValue) == ["M1"])
        #expect(
            report.table(colour: false, width: 100).hasPrefix(
                """
                Status for Aug 2021 (month 5 of 2021/22)
                Prev M: vs Jul 2021. Last yr: vs Aug 2020. Better or worse by polarity.

                ID  Indicator   Value  Target  Status       Prev M   Last yr
                """))
        #expect(
            report.markdown().contains("| ID | Indicator | Value | Target | Status | vs Jul 21 | vs Aug 20 | Note |"))
    }
}
