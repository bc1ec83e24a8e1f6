import Testing

@testable import KPIModel

/// Builders shared by the model tests.
func t(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
func q(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
func f(_ text: String) -> Figure { try! Figure(parsing: text) }

@Suite("As-of snapshots")
struct SnapshotTests {
    let indicator = Indicator(
        id: try! IndicatorID("ICT01"), title: "Incidents", unit: .percent, polarity: .higherIsBetter,
        definedAt: t("2020-01-01"))

    @Test("a revision replaces the value only from the moment it was recorded")
    func revisions() {
        let history = IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(period: q("2021/22 Q2"), value: f("85"), recordedAt: t("2021-11-10")),
                Observation(period: q("2021/22 Q2"), value: f("87"), recordedAt: t("2021-12-01"), isRevision: true),
            ])
        #expect(history.asOf(t("2021-11-30"))?.value(for: q("2021/22 Q2"))?.value == f("85"))
        #expect(history.asOf(t("2021-12-01"))?.value(for: q("2021/22 Q2"))?.value == f("87"))
        #expect(history.asOf(nil)?.value(for: q("2021/22 Q2"))?.value == f("87"))
        #expect(history.asOf(t("2021-11-09"))?.value(for: q("2021/22 Q2")) == nil)
        #expect(history.asOf(t("2019-12-31")) == nil)
    }

    @Test("the target for a period is the latest change from at or before it, as known then")
    func targets() {
        let history = IndicatorHistory(
            indicator: indicator,
            targetChanges: [
                TargetChange(from: q("2020/21 Q1"), value: f("90"), recordedAt: t("2020-03-01")),
                TargetChange(from: q("2021/22 Q1"), value: f("92"), recordedAt: t("2021-03-01")),
                TargetChange(from: q("2021/22 Q1"), value: f("91"), recordedAt: t("2021-05-01")),
            ])
        let now = history.asOf(nil)!
        #expect(now.target(for: q("2019/20 Q4")) == nil)
        #expect(now.target(for: q("2020/21 Q4"))?.value == f("90"))
        #expect(now.target(for: q("2021/22 Q1"))?.value == f("91"))
        #expect(now.target(for: q("2030/31 Q1"))?.value == f("91"))
        let march = history.asOf(t("2021-04-01"))!
        #expect(march.target(for: q("2021/22 Q2"))?.value == f("92"))
        let before = history.asOf(t("2021-02-01"))!
        #expect(before.target(for: q("2021/22 Q2"))?.value == f("90"))
    }
}
