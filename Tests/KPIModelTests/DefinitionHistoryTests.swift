import Foundation
import KPIModel
import Testing

/// Definitions that change over time, retirement, targets turned off, and history recorded
/// before the definition (back-filling), as `--as-of` views see them.
@Suite("Definition history and as-of views")
struct DefinitionHistoryTests {
    static func q(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
    static func f(_ text: String) -> Figure { try! Figure(parsing: text) }
    static func t(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

    static let first = Indicator(
        id: try! IndicatorID("X"), title: "First title", unit: .percent, polarity: .higherIsBetter,
        theme: "Old theme", definedAt: t("2022-01-01"))

    @Test(
        "definition changes apply in recorded order; before the earliest, the first version",
        arguments: [
            ("2021-06-01", "First title", "Old theme"),  // before the definition itself: the first version
            ("2022-01-01", "First title", "Old theme"),
            ("2022-02-01", "Back-dated title", "Old theme"),
            ("2022-03-15", "Back-dated title", nil),  // the theme cleared in March (written first in the file)
            ("2022-05-01", "Latest title", nil),
        ] as [(String, String, String?)])
    func definitionAsOf(moment: String, title: String, theme: String?) {
        let history = IndicatorHistory(
            indicator: Self.first,
            definitionChanges: [
                DefinitionChange(theme: "", recordedAt: Self.t("2022-03-01")),
                DefinitionChange(title: "Latest title", recordedAt: Self.t("2022-04-01")),
                DefinitionChange(title: "Back-dated title", recordedAt: Self.t("2022-02-01")),
            ])
        let definition = history.definition(asOf: Self.t(moment))
        #expect(definition.title == title)
        #expect(definition.theme == theme)
        #expect(history.definition(asOf: nil).title == "Latest title")
    }

    @Test("an indicator is shown as of a moment when its definition or any history line was recorded by then")
    func backFilledHistoryIsVisible() throws {
        let history = IndicatorHistory(
            indicator: Self.first,
            observations: [
                Observation(period: Self.q("2020/21 Q2"), value: Self.f("80"), recordedAt: Self.t("2020-10-10"))
            ],
            targetChanges: [
                TargetChange(from: Self.q("2020/21 Q1"), value: Self.f("90"), recordedAt: Self.t("2022-01-01"))
            ])
        #expect(history.asOf(Self.t("2020-10-09")) == nil)
        let snapshot = try #require(history.asOf(Self.t("2020-12-31")))
        #expect(snapshot.value(for: Self.q("2020/21 Q2"))?.value == Self.f("80"))
        #expect(snapshot.target(for: Self.q("2020/21 Q2")) == nil, "the target was only recorded in 2022")
        #expect(snapshot.indicator.title == "First title")
        #expect(history.asOf(nil)?.target(for: Self.q("2020/21 Q2"))?.value == Self.f("90"))
    }

    @Test("a target line with no value turns the target off from its period; a later target turns it on")
    func targetNone() {
        let snapshot = IndicatorHistory(
            indicator: Self.first,
            targetChanges: [
                TargetChange(
                    from: Self.q("2020/21 Q1"), value: Self.f("90"), amber: .tolerance(Self.f("5")),
                    recordedAt: Self.t("2020-01-01")),
                TargetChange(from: Self.q("2021/22 Q1"), value: nil, recordedAt: Self.t("2021-03-01")),
                TargetChange(from: Self.q("2022/23 Q1"), value: Self.f("95"), recordedAt: Self.t("2022-03-01")),
            ]
        ).asOf(nil)!
        #expect(snapshot.target(for: Self.q("2020/21 Q4"))?.value == Self.f("90"))
        #expect(snapshot.target(for: Self.q("2021/22 Q1")) == nil)
        #expect(snapshot.target(for: Self.q("2021/22 Q4")) == nil)
        #expect(snapshot.target(for: Self.q("2022/23 Q1"))?.value == Self.f("95"))
    }

    @Test(
        "retired from a period, as of the moment; the latest retire or reinstate line decides",
        arguments: [
            ("2021-01-01", nil),
            ("2021-03-02", "2021/22 Q1"),
            ("2021-06-02", nil),
            ("2021-09-02", "2022/23 Q1"),
        ] as [(String, String?)])
    func retirement(moment: String, retiredFrom: String?) throws {
        var defined = Self.first
        defined.definedAt = Self.t("2020-01-01")
        let history = IndicatorHistory(
            indicator: defined,
            retirements: [
                Retirement(.retire(from: Self.q("2021/22 Q1")), recordedAt: Self.t("2021-03-01")),
                Retirement(.reinstate, recordedAt: Self.t("2021-06-01")),
                Retirement(.retire(from: Self.q("2022/23 Q1")), recordedAt: Self.t("2021-09-01")),
            ])
        let snapshot = try #require(history.asOf(Self.t(moment)))
        #expect(snapshot.retiredFrom == retiredFrom.map(Self.q))
        if let retiredFrom {
            #expect(snapshot.isRetired(for: Self.q(retiredFrom)))
            #expect(!snapshot.isRetired(for: Self.q(retiredFrom).previous!))
        }
    }

    @Test("the change between two definitions names exactly the fields that differ")
    func changeBetweenDefinitions() {
        var other = Self.first
        other.title = "New"
        other.theme = nil
        other.polarity = .lowerIsBetter
        let change = Self.first.change(to: other, recordedAt: Self.t("2022-02-02"))!
        #expect(change.changedFields == ["title", "better", "theme"])
        #expect(Self.first.applying(change).title == "New")
        #expect(Self.first.applying(change).theme == nil)
        #expect(Self.first.change(to: Self.first, recordedAt: Self.t("2022-02-02")) == nil)
    }
}
