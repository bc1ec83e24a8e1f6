import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPICharts

@Suite struct ChartLayoutTests {
    static let matrix = Fixtures.cases.indices.flatMap { c in Fixtures.measurers.indices.map { (c, $0) } }

    func layout(_ caseIndex: Int, _ measurerIndex: Int, size: Size = ChartSpec.defaultSize) -> (
        ChartLayout, IndicatorSnapshot, Int
    ) {
        let c = Fixtures.cases[caseIndex]
        let spec = ChartSpec(
            snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, periods: c.quarters, size: size,
            asOfText: "2021-10-01")
        return (ChartLayout.make(spec, measurer: Fixtures.measurers[measurerIndex].measurer), c.snapshot, c.quarters)
    }

    @Test(arguments: matrix)
    func noLabelsOverlapAndNothingLeavesTheImage(caseIndex: Int, measurerIndex: Int) {
        for size in [ChartSpec.defaultSize, Size(width: 480, height: 300)] {
            let (layout, _, _) = layout(caseIndex, measurerIndex, size: size)
            let context = "\(Fixtures.cases[caseIndex].name), \(Fixtures.measurers[measurerIndex].name), \(size)"
            let labels = LayoutChecks.named(layout.labels)
            let marks =
                layout.markers.map { ("\($0.shape) mark", $0.frame) }
                + layout.legendMarkers.map { ("legend \($0.shape)", $0.frame) }
            // Marks may touch each other on a dense chart; text may touch nothing.
            let textProblems = LayoutChecks.overlaps(labels + marks).filter { problem in
                labels.contains { problem.hasPrefix($0.0 + " ") }
            }
            #expect(textProblems.isEmpty, "\(context): \(textProblems.sorted())")
            let bounds = Rect(origin: .zero, size: size)
            let outside = LayoutChecks.outside(labels + marks + [("plot", layout.plot)], bounds)
            #expect(outside.isEmpty, "\(context): \(outside)")
            let crossings = LayoutChecks.crossings(
                LayoutChecks.named(layout.labels(.latestValue)), layout.trendRuns.map { Path.polyline($0) })
            #expect(crossings.isEmpty, "\(context): the latest value's label is clear of the line: \(crossings)")
            #expect(layout.labels(.title).count <= 2, "\(context): title in at most two lines")
            #expect(layout.labels.allSatisfy { !$0.text.isEmpty || $0.role == .title }, "\(context): empty label")
        }
    }

    @Test(arguments: Fixtures.cases.indices)
    func eachPointIsShapedByItsOwnQuartersStatusAndGapsAreNotZeros(caseIndex: Int) {
        let (layout, snapshot, quarters) = layout(caseIndex, 0)
        let series = JudgedSeries(snapshot, last: Fixtures.lastPeriod, count: quarters)
        let withValues = series.entries.filter { $0.value != nil }
        #expect(layout.markers.map(\.status) == withValues.map(\.status))
        #expect(layout.markers.map(\.shape) == withValues.map { StatusPalette.shape($0.status) })
        #expect(layout.trendRuns.map(\.count).reduce(0, +) == withValues.count, "missing quarters are gaps, not points")
        var runs = 0, inRun = false
        for entry in series.entries {
            if entry.value != nil, !inRun { runs += 1 }
            inRun = entry.value != nil
        }
        #expect(layout.trendRuns.count == runs)
    }

    @Test(arguments: Fixtures.cases.indices)
    func theAxisCoversValuesAndTargetsAndStopsAtAHundredPercent(caseIndex: Int) {
        let (layout, snapshot, quarters) = layout(caseIndex, 0)
        let series = JudgedSeries(snapshot, last: Fixtures.lastPeriod, count: quarters)
        let figures =
            series.entries.compactMap { $0.value?.doubleValue }
            + series.entries.compactMap { $0.target?.value.doubleValue }
        for figure in figures {
            #expect(layout.yDomain.contains(figure), "\(figure) outside \(layout.yDomain)")
        }
        if snapshot.indicator.unit == .percent, (figures.max() ?? 0) <= 100 {
            #expect(layout.yDomain.upperBound <= 100)
        }
        #expect(layout.gridlines.allSatisfy { $0.y >= layout.plot.minY - 1e-9 && $0.y <= layout.plot.maxY + 1e-9 })
    }

    @Test func zeroIsPlottedAsZeroAndMissingIsAGap() {
        let snapshot = Fixtures.snapshot(unit: .count, values: [5, nil, 0, 3])
        let layout = ChartLayout.make(
            ChartSpec(snapshot: snapshot, lastPeriod: Fixtures.lastPeriod, periods: 4, asOfText: "x"),
            measurer: ApproximateTextMeasurer())
        #expect(layout.markers.count == 3)
        #expect(layout.trendRuns.count == 2)
        let zero = layout.markers[1].center.y
        #expect(abs(zero - layout.plot.maxY) < 1e-6, "zero sits on the axis at 0")
        #expect(layout.scale.lowerBound == 0)
    }

    @Test func targetIsADashedStepLineAndBandsFollowPolarity() {
        let snapshot = Fixtures.cases.first { $0.name.hasPrefix("lower better, red") }!.snapshot
        let layout = ChartLayout.make(
            ChartSpec(snapshot: snapshot, lastPeriod: Fixtures.lastPeriod, asOfText: "x"),
            measurer: ApproximateTextMeasurer())
        #expect(layout.targetLines.count == 1)
        let ys = Set(
            layout.targetLines[0].elements.compactMap { e -> Double? in
                if case .line(let p) = e { p.y } else if case .move(let p) = e { p.y } else { nil }
            })
        #expect(ys.count == 2, "two target levels, joined by a step")
        // Lower is better: the red zone is above the amber band.
        let red = layout.bands.filter { $0.status == .red }, amber = layout.bands.filter { $0.status == .amber }
        #expect(!red.isEmpty && !amber.isEmpty)
        #expect(red.allSatisfy { $0.rect.minY == layout.plot.minY })
        #expect(layout.labels(.band).map(\.text) == ["Red above 2.10 days", "Target 1.80 days"])
        #expect(layout.labels(.latestValue).map(\.text) == ["2.60 days"])
        #expect(
            layout.labels(.title).first?.text.hasPrefix("Sickness absence (days lost per FTE) rose to 2.60 days (red)")
                == true)
    }

    @Test func quarterLabelsAreStackedOrThinnedWhenThereAreMany() {
        let forty = Fixtures.cases.first { $0.name.hasPrefix("40") }!.snapshot
        let layout = ChartLayout.make(
            ChartSpec(snapshot: forty, lastPeriod: Fixtures.lastPeriod, periods: 40, asOfText: "x"),
            measurer: CairoTextMeasurer.shared)
        guard case .single(let every) = layout.periodLabelStyle else { Issue.record("expected thinned labels"); return }
        #expect(every > 1)
        #expect(layout.labels(.period).last?.text == "Q2 21/22", "the latest quarter is always labelled")
        let twelve = ChartLayout.make(
            ChartSpec(
                snapshot: forty, lastPeriod: Fixtures.lastPeriod, periods: 12, size: Size(width: 800, height: 400),
                asOfText: "x"),
            measurer: CairoTextMeasurer.shared)
        #expect(twelve.periodLabelStyle == .stacked)
    }

    @Test func hostileTextIsCleanedAndFitted() {
        let hostile = Fixtures.cases.first { $0.name == "hostile title" }!.snapshot
        let layout = ChartLayout.make(
            ChartSpec(snapshot: hostile, lastPeriod: Fixtures.lastPeriod, asOfText: "2021-10-01"),
            measurer: CairoTextMeasurer.shared)
        let title = layout.labels(.title)
        #expect(title.count == 2)
        #expect(title.last!.text.hasSuffix("…"))
        #expect(!layout.labels.contains { $0.text.unicodeScalars.contains { $0.value == 0x202E } })
    }
}
