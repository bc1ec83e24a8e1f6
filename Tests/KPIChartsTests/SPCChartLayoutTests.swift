import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPISPC
import Testing

@testable import KPICharts

/// The XmR chart's layout as values: for short (2 points), trial (12) and long (64) series, each
/// variation and assurance, at the default, the smallest and a large size, with Cairo's and the
/// approximate text measurer.
@Suite struct SPCChartLayoutTests {
    static let matrix = SPCFixtures.cases.indices.flatMap { c in
        SPCFixtures.sizes.indices.flatMap { s in Fixtures.measurers.indices.map { (c, s, $0) } }
    }

    func layout(_ caseIndex: Int, _ sizeIndex: Int = 0, _ measurerIndex: Int = 0) -> SPCChartLayout {
        SPCFixtures.layout(
            SPCFixtures.cases[caseIndex], size: SPCFixtures.sizes[sizeIndex],
            measurer: Fixtures.measurers[measurerIndex].measurer)
    }

    @Test(arguments: matrix)
    func nothingOverlapsNothingLeavesTheImageAndNoLabelCrossesALine(caseIndex: Int, sizeIndex: Int, measurerIndex: Int)
    {
        let layout = layout(caseIndex, sizeIndex, measurerIndex)
        let context =
            "\(SPCFixtures.cases[caseIndex].name), \(SPCFixtures.sizes[sizeIndex]), \(Fixtures.measurers[measurerIndex].name)"
        let labels = LayoutChecks.named(layout.labels)
        let badges = layout.badges.map { ("\($0.kind) badge", $0.box) }
        let marks =
            layout.markers.map { ("\($0.shape) mark", $0.frame) }
            + layout.legendMarkers.map { ("legend \($0.shape)", $0.frame) }
            + layout.legendSamples.map { ("legend \($0.kind) line", $0.path.bounds) }
        // Marks may touch each other on a dense chart; text and badges may touch nothing.
        let textProblems = LayoutChecks.overlaps(labels + badges + marks).filter { problem in
            (labels + badges).contains { problem.hasPrefix($0.0 + " ") }
        }
        #expect(textProblems.isEmpty, "\(context): \(textProblems.sorted())")
        let bounds = Rect(origin: .zero, size: layout.size)
        let outside = LayoutChecks.outside(labels + badges + marks + [("plot", layout.plot)], bounds)
        #expect(outside.isEmpty, "\(context): \(outside)")
        for badge in layout.badges {
            #expect(
                badge.box.contains(badge.label.frame) && badge.box.contains(badge.marker.frame),
                "\(context): \(badge.kind) badge holds its words and mark")
        }
        let crossings = LayoutChecks.crossings(
            labels + layout.badges.map { ("\($0.kind) badge", $0.box) }, layout.lines)
        #expect(crossings.isEmpty, "\(context): \(crossings)")
        #expect(layout.labels(.title).count <= 2, "\(context): title in at most two lines")
    }

    @Test(arguments: SPCFixtures.cases.indices)
    func eachPointIsMarkedByItsOwnTypeAndGapsAreNotPoints(caseIndex: Int) {
        let c = SPCFixtures.cases[caseIndex]
        let layout = layout(caseIndex)
        #expect(layout.markers.map(\.type) == c.analysis.points.map(\.type))
        #expect(layout.markers.map(\.shape) == c.analysis.points.map { SPCPalette.shape($0.type) })
        #expect(layout.valueRuns.map(\.count).reduce(0, +) == c.analysis.points.count)
        let periods = Set(c.analysis.points.map(\.period))
        var runs = 0, inRun = false
        var period = c.analysis.points.first!.period
        while period <= c.analysis.latest.period {
            if periods.contains(period), !inRun { runs += 1 }
            inRun = periods.contains(period)
            period = period.advanced(by: 1)!
        }
        #expect(layout.valueRuns.count == runs, "a missing period breaks the line")
        #expect(layout.markers.allSatisfy { layout.plot.insetBy(dx: -1, dy: -1).contains($0.center) })
    }

    @Test(arguments: SPCFixtures.cases.indices, SPCFixtures.sizes.indices)
    func everyMarkLineAndIconIsNamedInWords(caseIndex: Int, sizeIndex: Int) {
        let c = SPCFixtures.cases[caseIndex]
        let layout = layout(caseIndex, sizeIndex)
        let legend = layout.labels(.legend).map(\.text)
        for type in Set(c.analysis.points.map(\.type)) {
            #expect(layout.legendMarkers.contains { $0.type == type }, "\(c.name): a legend mark for \(type)")
        }
        #expect(legend.contains("Mean") && legend.contains("Process limits"))
        #expect(legend.contains("Target") == !c.snapshot.targetChanges.isEmpty)
        #expect(legend.contains("Rebased: new limits") == !c.analysis.rebasePeriods.isEmpty)
        #expect(layout.rebaseLines.count == c.analysis.rebasePeriods.count)
        #expect(layout.segmentLines.count == c.analysis.segments.count)
        let variation = layout.badges.first { $0.kind == .variation }
        #expect(variation?.label.text == "Variation: \(SPCChartLayout.variationWords(c.analysis.variation))")
        #expect(variation?.marker.type == c.analysis.variation.pointType)
        let assurance = layout.badges.first { $0.kind == .assurance }
        #expect(assurance?.label.text == c.analysis.assurance.map { "Assurance: \($0.phrase)" })
        let footer = layout.labels(.footer).map(\.text).joined(separator: " ")
        #expect(footer.contains("Limits: mean ± 2.66 × average moving range; rules: outside limits,"))
        #expect(footer.contains("Figures as of 2021-10-01"))
        #expect(
            !layout.labels(.note).isEmpty == c.analysis.segments.contains(where: \.trial),
            "\(c.name): the trial-limits note")
        #expect(
            layout.accessibleDescription.contains(
                c.analysis.points.count == 1 ? "1 point" : "XmR chart of \(c.analysis.points.count) points"))
        #expect(
            layout.accessibleDescription.contains(
                c.analysis.variation == .commonCause
                    ? "Variation: common cause" : "Variation: \(c.analysis.variation.fullPhrase)"))
        if let assurance = c.analysis.assurance {
            #expect(layout.accessibleDescription.contains("Assurance: \(assurance.phrase)"))
        }
    }

    @Test func theCrossingCheckCatchesALabelOnALine() {
        let label = [("label", Rect(x: 10, y: 10, width: 40, height: 12))]
        #expect(!LayoutChecks.crossings(label, [.line(from: Point(x: 0, y: 16), to: Point(x: 100, y: 16))]).isEmpty)
        #expect(
            !LayoutChecks.crossings(label, [.polyline([Point(x: 0, y: 0), Point(x: 30, y: 30)])]).isEmpty,
            "a diagonal through it")
        #expect(LayoutChecks.crossings(label, [.line(from: Point(x: 0, y: 30), to: Point(x: 100, y: 30))]).isEmpty)
        #expect(
            LayoutChecks.crossings(label, [.line(from: Point(x: 50, y: 0), to: Point(x: 50, y: 40))]).isEmpty,
            "touching its edge")
    }

    @Test func theVariationsAndAssurancesOfTheMatrixAreAllThere() {
        #expect(Set(SPCFixtures.cases.map(\.analysis.variation)) == Set(VariationIcon.allCases))
        #expect(Set(SPCFixtures.cases.compactMap(\.analysis.assurance)) == Set(AssuranceIcon.allCases))
        #expect(SPCFixtures.cases.contains { $0.analysis.assurance == nil })
        #expect(SPCFixtures.cases.map(\.analysis.points.count).contains(2))
        #expect(SPCFixtures.cases.map(\.analysis.points.count).contains(12))
        #expect(SPCFixtures.cases.map(\.analysis.points.count).contains { $0 >= 40 })
    }

    @Test func theAlternativeTextSaysWhatTheChartShows() {
        let c = SPCFixtures.cases.first { $0.name.hasPrefix("the same rebased") }!
        #expect(
            SPCFixtures.layout(c).accessibleDescription
                == "AE01 A&E four-hour breaches, trust RQM: XmR chart of 24 points from 2015/16 Q3 to 2021/22 Q2. Up to 2018/19 Q2: mean 1,717.3, process limits 736.3 to 2,698.4 (trial limits, fewer than 13 points). Rebased from 2018/19 Q3: mean 1,373.0, process limits 628.9 to 2,117.1 (trial limits, fewer than 13 points). Variation: common cause; the latest point, 1,564 in 2021/22 Q2, shows no special cause. Assurance: hit and miss; the target of 1,200 lies between the limits. 3 points show special cause: 2 improvement (2015/16 Q4, 2016/17 Q1); 1 concern (2017/18 Q4)."
        )
    }
}
