import KPIModel
import Testing

@testable import KPIStatus

private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

@Suite("Assessments")
struct AssessmentTests {
    @Test("targets changing mid-series judge each quarter by its own target")
    func targetChanges() {
        let indicator = Indicator(
            id: try! IndicatorID("ICT01"), title: "Incidents", unit: .percent, polarity: .higherIsBetter,
            definedAt: time("2019-01-01"))
        let history = IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(period: per("2020/21 Q4"), value: fig("91"), recordedAt: time("2021-05-10")),
                Observation(period: per("2021/22 Q1"), value: fig("91"), recordedAt: time("2021-08-10")),
                Observation(
                    period: per("2021/22 Q2"), value: fig("85"), recordedAt: time("2021-11-10"), note: "Staff shortages"
                ),
                Observation(period: per("2020/21 Q2"), value: fig("93"), recordedAt: time("2020-11-10")),
            ],
            targetChanges: [
                TargetChange(
                    from: per("2020/21 Q1"), value: fig("90"), amber: .threshold(fig("80")),
                    recordedAt: time("2020-03-01")),
                TargetChange(
                    from: per("2021/22 Q1"), value: fig("92"), amber: .tolerance(fig("10")),
                    recordedAt: time("2021-03-01")),
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

@Suite("Assessments at each frequency")
struct FrequencyAssessmentTests {
    static func snapshot(_ frequency: Frequency, _ values: [(String, String)], target: (String, String))
        -> IndicatorSnapshot
    {
        let indicator = Indicator(
            id: try! IndicatorID("X"), title: "X", unit: .days, polarity: .lowerIsBetter,
            frequency: frequency, definedAt: time("2019-01-01"))
        return IndicatorHistory(
            indicator: indicator,
            observations: values.map {
                Observation(period: per($0.0), value: fig($0.1), recordedAt: time("2022-01-01"))
            },
            targetChanges: [TargetChange(from: per(target.0), value: fig(target.1), recordedAt: time("2019-01-01"))]
        )
        .asOf(nil)!
    }

    @Test("a month is compared with the month before and the same month last year; each judged by its own target")
    func monthly() {
        let snapshot = Self.snapshot(
            .monthly, [("Sep 2020", "18.9"), ("Aug 2021", "21.2"), ("Sep 2021", "22.4")], target: ("Oct 2019", "20"))
        let september = Assessment(snapshot, period: per("Sep 2021"))
        #expect(september.status == .red)
        #expect(september.vsPreviousQuarter == .worsening)
        #expect(september.vsSameQuarterLastYear == .worsening)
        #expect(september.comparisons.map(\.phrase) == ["Worse than last month", "Worse than Sep last year"])
        #expect(september.comparisons.map { $0.period?.description } == ["Aug 2021", "Sep 2020"])
        let january = Assessment(snapshot, period: per("Jan 2022"))
        #expect(january.comparisons.map { $0.period?.description } == ["Dec 2021", "Jan 2021"], "across the year end")
        #expect(january.comparisons.map(\.phrase) == ["No figure for last month", "No figure for Jan last year"])
    }

    @Test("a year is compared with last year once: both fields say the same")
    func annual() {
        let snapshot = Self.snapshot(.annual, [("2019/20", "3"), ("2020/21", "2.5")], target: ("2019/20", "2.8"))
        let year = Assessment(snapshot, period: per("2020/21"))
        #expect(year.status == .green)
        #expect(year.vsPreviousQuarter == .improving && year.vsSameQuarterLastYear == .improving)
        #expect(year.comparisons.map(\.phrase) == ["Better than last year"])
        let quarter = Assessment(Self.snapshot(.quarterly, [], target: ("2021/22 Q1", "1")), period: per("2021/22 Q2"))
        #expect(quarter.comparisons.map(\.earlier) == ["last quarter", "Q2 last year"])
    }

    @Test("a judged series of months runs month by month, gaps included")
    func monthlySeries() {
        let snapshot = Self.snapshot(.monthly, [("Nov 2020", "19"), ("Feb 2021", "22")], target: ("Oct 2019", "20"))
        let series = JudgedSeries(snapshot, last: per("Feb 2021"), count: 5)
        #expect(
            series.entries.map(\.period.description) == ["Oct 2020", "Nov 2020", "Dec 2020", "Jan 2021", "Feb 2021"])
        #expect(series.missingCount == 3)
        #expect(series[per("Dec 2020")]?.status == .missing)
        #expect(series[per("2020/21 Q3")] == nil, "a quarter is not in a series of months")
        #expect(series.rangeText == "Oct 2020 to Feb 2021")
    }
}
