import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPICharts

@Suite struct AlternativeTextTests {
    @Test func chartDescriptionSaysValueStatusTargetDirectionAndRange() {
        let snapshot = Fixtures.snapshot(
            values: [88, 91, 93, 90, 92, 94, 89, nil, 86.5], targets: [(Fixtures.start, 90, Fixtures.tolerance5)])
        let series = JudgedSeries(snapshot, last: Fixtures.lastPeriod, count: 8)
        let text = AlternativeText.chartDescription(
            series, assessment: Assessment(snapshot, period: Fixtures.lastPeriod))
        #expect(
            text
                == "ICT01 % of ICT incidents resolved in under 2 days: 87% in 2021/22 Q2, amber: target 90%, no figure for last quarter, worse than Q2 last year. Trend chart of 8 quarters, 2019/20 Q3 to 2021/22 Q2, 1 without a figure."
        )
    }

    @Test func missingValueSaysNoFigure() {
        let snapshot = Fixtures.snapshot(values: [90, nil], targets: [(Fixtures.start, 90, nil)])
        #expect(
            AlternativeText.summary(Assessment(snapshot, period: Fixtures.lastPeriod))
                == "ICT01 % of ICT incidents resolved in under 2 days: no figure for 2021/22 Q2: target 90%.")
    }
}
