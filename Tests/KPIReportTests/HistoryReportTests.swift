import KPIModel
import Testing

@testable import KPIReport

private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text, in: .april) }

@Suite("History reports")
struct HistoryReportTests {
    static let history = IndicatorHistory(
        indicator: Indicator(
            id: try! IndicatorID("HR01"), title: "Sickness absence", unit: .days, polarity: .lowerIsBetter,
            definedAt: time("2020-01-01")),
        observations: [
            Observation(period: per("2021/22 Q1"), value: fig("1.91"), recordedAt: time("2021-08-11")),
            Observation(
                period: per("2021/22 Q1"), value: fig("2.04"), recordedAt: time("2021-09-17"),
                note: String(repeating: "Late absence returns added. ", count: 6), isRevision: true),
            Observation(period: per("2021/22 Q3"), value: fig("2.5"), recordedAt: time("2022-02-10")),
        ],
        targetChanges: [
            TargetChange(
                from: per("2021/22 Q1"), value: fig("2"), amber: .tolerance(fig("10")), recordedAt: time("2021-03-01"))
        ])

    @Test("every quarter from the first to the latest, a gap shown as no data")
    func quarters() {
        let report = HistoryReport(history: Self.history, snapshot: Self.history.asOf(nil)!, asOf: nil)
        let lines = report.quarters(width: 100).split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.hasPrefix("2021/22 Q") }.map { String($0.prefix(10)) } == [
                "2021/22 Q1", "2021/22 Q2", "2021/22 Q3",
            ])
        #expect(lines.contains { $0.hasPrefix("2021/22 Q2") && $0.contains("○ No data") })
        #expect(lines.contains { $0.hasPrefix("2021/22 Q1") && $0.contains("2.04 days") && $0.contains("2.20 days") })
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test("every recorded line in recorded order; as of a date, only what was known then")
    func revisions() {
        let all = HistoryReport(history: Self.history, snapshot: Self.history.asOf(nil)!, asOf: nil).revisions(
            width: 90)
        let kinds = all.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true)[1]
        }
        #expect(kinds == ["defined", "target", "value", "revise", "value"])
        #expect(all.split(separator: "\n").allSatisfy { $0.count <= 90 })
        #expect(all.contains("Late absence returns added."))
        let before = HistoryReport(
            history: Self.history, snapshot: Self.history.asOf(time("2021-09-01"))!, asOf: time("2021-09-01"))
        #expect(!before.revisions().contains("revise"))
        #expect(before.quarters().contains("1.91 days"))
    }
}

@Suite("History reports at each frequency")
struct FrequencyHistoryReportTests {
    @Test("a year's history has one direction column; a month's runs month by month")
    func frequencies() {
        let annual = IndicatorHistory(
            indicator: Indicator(
                id: try! IndicatorID("SAT01"), title: "Satisfaction", unit: .percent, polarity: .higherIsBetter,
                frequency: .annual, definedAt: time("2020-01-01")),
            observations: [
                Observation(period: per("2019/20"), value: fig("63"), recordedAt: time("2020-06-01")),
                Observation(period: per("2021/22"), value: fig("67"), recordedAt: time("2022-06-01")),
            ])
        #expect(
            HistoryReport(history: annual, snapshot: annual.asOf(nil)!, asOf: nil).quarters() == """
                SAT01: Satisfaction (percent, higher is better, annual)

                Period   Value  Target  Amber  Status       vs last yr  Note
                2019/20    63%       –      –  ○ No target  –
                2020/21      –       –      –  ○ No data    –
                2021/22    67%       –      –  ○ No target  –

                """)
        let monthly = IndicatorHistory(
            indicator: Indicator(
                id: try! IndicatorID("BEN01"), title: "Benefit days", unit: .days, polarity: .lowerIsBetter,
                frequency: .monthly, definedAt: time("2020-01-01")),
            observations: [
                Observation(period: per("Nov 2021"), value: fig("20"), recordedAt: time("2021-12-20")),
                Observation(period: per("Jan 2022"), value: fig("19"), recordedAt: time("2022-02-20")),
            ])
        let lines = HistoryReport(history: monthly, snapshot: monthly.asOf(nil)!, asOf: nil).quarters().split(
            separator: "\n")
        #expect(lines[1].hasSuffix("Status       vs prev M  vs last yr  Note"))
        #expect(lines.dropFirst(2).map { String($0.prefix(8)) } == ["Nov 2021", "Dec 2021", "Jan 2022"])
    }
}
