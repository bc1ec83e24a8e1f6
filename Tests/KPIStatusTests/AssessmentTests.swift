import Testing
import KPIModel
@testable import KPIStatus

private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text) }
private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

@Suite("Assessments")
struct AssessmentTests {
    @Test("targets changing mid-series judge each quarter by its own target")
    func targetChanges() {
        let indicator = Indicator(id: try! IndicatorID("ICT01"), title: "Incidents", unit: .percent, polarity: .higherIsBetter, definedAt: time("2019-01-01"))
        let history = IndicatorHistory(indicator: indicator, observations: [
            Observation(period: per("2020/21 Q4"), value: fig("91"), recordedAt: time("2021-05-10")),
            Observation(period: per("2021/22 Q1"), value: fig("91"), recordedAt: time("2021-08-10")),
            Observation(period: per("2021/22 Q2"), value: fig("85"), recordedAt: time("2021-11-10"), note: "Staff shortages"),
            Observation(period: per("2020/21 Q2"), value: fig("93"), recordedAt: time("2020-11-10")),
        ], targetChanges: [
            TargetChange(from: per("2020/21 Q1"), value: fig("90"), amber: .threshold(fig("80")), recordedAt: time("2020-03-01")),
            TargetChange(from: per("2021/22 Q1"), value: fig("92"), amber: .tolerance(fig("10")), recordedAt: time("2021-03-01")),
        ])
        let snapshot = history.asOf(nil)!
        let q4 = Assessment(snapshot, period: per("2020/21 Q4"))
        #expect(q4.status == .green)
        let q1 = Assessment(snapshot, period: per("2021/22 Q1"))
        #expect(q1.status == .amber)
        #expect(q1.vsPreviousQuarter == .noChange)
        let q2 = Assessment(snapshot, period: per("2021/22 Q2"))
        #expect(q2.status == .amber)
        #expect("\(q2.amberThreshold!)" == "82.8")
        #expect(q2.vsPreviousQuarter == .worsening)
        #expect(q2.vsSameQuarterLastYear == .worsening)
        #expect(q2.note == "Staff shortages")
        let q3 = Assessment(snapshot, period: per("2021/22 Q3"))
        #expect(q3.status == .missing)
        #expect(q3.vsPreviousQuarter == .unknown)
    }
}
