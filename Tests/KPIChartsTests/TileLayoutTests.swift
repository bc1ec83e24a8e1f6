import KPICairo
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPICharts

@Suite struct TileLayoutTests {
    static let matrix = Fixtures.cases.indices.flatMap { c in Fixtures.measurers.indices.map { (c, $0) } }

    @Test(arguments: matrix)
    func noLabelsOverlapAndNothingLeavesTheTile(caseIndex: Int, measurerIndex: Int) {
        for size in [TileSpec.defaultSize, Size(width: 240, height: 150), Size(width: 480, height: 200)] {
            let c = Fixtures.cases[caseIndex]
            let layout = TileLayout.make(
                TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod, size: size),
                measurer: Fixtures.measurers[measurerIndex].measurer)
            let context = "\(c.name), \(Fixtures.measurers[measurerIndex].name), \(size)"
            var items = LayoutChecks.named(layout.labels.filter { $0.role != .tileStatus })
            items.append(("badge", layout.badge))
            items += layout.arrows.map { ("arrow \($0.direction)", $0.path.bounds) }
            if let sparkline = layout.sparkline { items.append(("sparkline", sparkline.rect)) }
            #expect(LayoutChecks.overlaps(items).isEmpty, "\(context): \(LayoutChecks.overlaps(items))")
            let status = layout.labels(.tileStatus)
            #expect(
                status.count == 1 && layout.badge.contains(status[0].frame),
                "\(context): the status word sits in its badge")
            // The tile's own size: a variance or forecast row makes it taller than asked.
            let bounds = Rect(origin: .zero, size: layout.size).insetBy(dx: 2, dy: 2)
            let everything = layout.occupiedFrames.enumerated().map {
                ("frame \($0.offset) of occupiedFrames", $0.element)
            }
            let outside = LayoutChecks.outside(LayoutChecks.named(layout.labels) + everything, bounds)
            #expect(outside.isEmpty, "\(context): \(outside)")
            #expect(layout.labels(.tileTitle).count <= 2)
        }
    }

    @Test(arguments: [
        (Status.red, true), (.amber, true), (.green, false), (.noTarget, false), (.missing, false),
    ])
    func amberAndRedTilesAreLoudOthersQuiet(status: Status, loud: Bool) {
        let values: [Double?] =
            switch status {
            case .red: [90, 80]
            case .amber: [90, 88]
            case .green: [90, 95]
            case .noTarget: [90, 95]
            case .missing, .retired: [90, nil]
            }
        let targets: [(Period, Double, AmberRule?)] =
            status == .noTarget ? [] : [(Fixtures.start, 90, Fixtures.tolerance5)]
        let layout = TileLayout.make(
            TileSpec(snapshot: Fixtures.snapshot(values: values, targets: targets), period: Fixtures.lastPeriod),
            measurer: ApproximateTextMeasurer())
        #expect(layout.status == status)
        #expect(layout.labels(.tileStatus).map(\.text) == [status.word])
        #expect(layout.badgeIcon.shape == StatusPalette.shape(status))
        #expect((layout.backgroundColor != StatusPalette.white) == loud)
        #expect((layout.borderWidth > 1) == loud)
    }

    @Test("the sparkline's target is a step line: flat, then a jump where the target changes")
    func sparklineTargetSteps() throws {
        let snapshot = Fixtures.snapshot(
            values: [80, 82, 84, 86, 88, 90, 92, 91],
            targets: [(Fixtures.start, 85, nil), (Fixtures.lastPeriod.advanced(by: -2)!, 92, nil)])
        let layout = TileLayout.make(
            TileSpec(snapshot: snapshot, period: Fixtures.lastPeriod), measurer: CairoTextMeasurer.shared)
        let points = try #require(
            layout.sparkline?.targetLine?.elements.compactMap { element -> Point? in
                switch element {
                case .move(let point), .line(let point): point
                default: nil
                }
            })
        #expect(points.count == 9)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(a.x == b.x || a.y == b.y, "a sloping target segment from \(a) to \(b)")
        }
    }

    @Test func showsTargetAndBothDirectionsInWords() {
        let snapshot = Fixtures.snapshot(
            values: [80, 70, 75, 72, 78, 90, 88, 85], targets: [(Fixtures.start, 90, Fixtures.tolerance5)])
        let layout = TileLayout.make(
            TileSpec(snapshot: snapshot, period: Fixtures.lastPeriod), measurer: CairoTextMeasurer.shared)
        #expect(layout.labels(.tileValue).map(\.text) == ["85%"])
        #expect(layout.labels(.tileTarget).map(\.text) == ["Target 90%"])
        #expect(layout.labels(.tileDirection).map(\.text) == ["Worse than last quarter", "Better than Q2 last year"])
        #expect(layout.arrows.map(\.direction) == [.worsening, .improving])
        #expect(layout.sparkline?.runs.map(\.count) == [8])
        #expect(
            layout.accessibleDescription
                == "ICT01 % of ICT incidents resolved in under 2 days: 85% in 2021/22 Q2, red: target 90%, worse than last quarter, better than Q2 last year."
        )
    }

    @Test func arrowsFollowPolarityNotTheNumber() {
        // Sickness days fell: better, so the arrow points up.
        let snapshot = Fixtures.snapshot(unit: .days, polarity: .lowerIsBetter, values: [3, 2.5], targets: [])
        let layout = TileLayout.make(
            TileSpec(snapshot: snapshot, period: Fixtures.lastPeriod), measurer: ApproximateTextMeasurer())
        #expect(layout.arrows.first?.direction == .improving)
        let bounds = layout.arrows[0].path.bounds
        let apex = layout.arrows[0].path.elements.first.flatMap { if case .move(let p) = $0 { p } else { nil } }
        #expect(apex?.y == bounds.minY, "an improving arrow points up")
    }
}
