import KPIDrawing
import KPIStatus
import Testing

@testable import KPICharts

/// What ChartLayout's and TileLayout's `draw` methods ask of a canvas, recorded by
/// `RecordingCanvas` (as plotters tests its backends): every piece of the layout drawn once,
/// back to front, in the right colour and stroke, and text last so nothing covers it.
@Suite struct DrawingTests {
    static func record(_ layout: any RenderableLayout) -> [DrawingCommand] {
        let canvas = RecordingCanvas()
        layout.draw(on: canvas)
        return canvas.commands
    }

    /// What `StatusMarker.draw` must ask for: a white halo, then the shape in the status colour
    /// (a ring: a white disc with a coloured outline).
    static func expectedCommands(_ marker: StatusMarker) -> [DrawingCommand] {
        let halo = DrawingCommand.stroke(
            marker.path, StatusPalette.white, StrokeStyle(width: StatusMarker.haloWidth * 2, join: .round))
        guard marker.shape == .ring else { return [halo, .fill(marker.path, StatusPalette.mark(marker.status))] }
        return [
            halo, .fill(marker.path, StatusPalette.white),
            .stroke(
                .circle(center: marker.center, radius: max(marker.size - 1, 0.5)), StatusPalette.mark(marker.status),
                StrokeStyle(width: 2)),
        ]
    }

    static func text(_ label: TextLabel) -> DrawingCommand {
        .text(label.text, at: label.origin, font: label.font, color: label.color)
    }

    static let targetStroke = StrokeStyle(width: 1.5, dash: [6, 4])

    @Test(
        "a chart draws background, bands, grid, axis, targets, clipped trend, marks, then text",
        arguments: Fixtures.cases.indices)
    func chartDrawsEveryPartInOrder(caseIndex: Int) {
        let c = Fixtures.cases[caseIndex]
        let layout = ChartLayout.make(
            ChartSpec(
                snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, periods: c.quarters, asOfText: "2021-10-01"),
            measurer: ApproximateTextMeasurer())
        let plot = layout.plot
        var expected: [DrawingCommand] = [.fill(.rect(Rect(origin: .zero, size: layout.size)), StatusPalette.white)]
        expected += layout.bands.map { .fill(.rect($0.rect), StatusPalette.bandTint($0.status)) }
        expected += layout.gridlines.map {
            .stroke(
                .line(from: Point(x: plot.minX, y: $0.y), to: Point(x: plot.maxX, y: $0.y)), StatusPalette.grid,
                .solid(0.75))
        }
        if let zero = layout.zeroLine { expected.append(.stroke(zero, StatusPalette.secondaryInk, .solid(1))) }
        expected.append(
            .stroke(
                .line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.maxY)),
                StatusPalette.secondaryInk, .solid(1)))
        expected += layout.targetLines.map { .stroke($0, StatusPalette.ink, Self.targetStroke) }
        expected += [.save, .clip(plot.insetBy(dx: -8, dy: -8))]
        expected += layout.trendRuns.filter { $0.count > 1 }.map {
            .stroke(.polyline($0), StatusPalette.secondaryInk, StrokeStyle(width: 2, cap: .round, join: .round))
        }
        expected.append(.restore)
        expected += (layout.markers + layout.legendMarkers).flatMap(Self.expectedCommands)
        if let sample = layout.legendTargetSample {
            expected.append(.stroke(sample, StatusPalette.ink, Self.targetStroke))
        }
        expected += layout.labels.map(Self.text)
        #expect(Self.record(layout) == expected, "\(c.name)")
    }

    @Test("each quarter's mark is drawn in its own status colour and a missing quarter breaks the line")
    func chartMarksAndGaps() throws {
        let c = try #require(Fixtures.cases.first { $0.name == "40 quarters with gaps" })
        let layout = ChartLayout.make(
            ChartSpec(snapshot: c.snapshot, lastPeriod: Fixtures.lastPeriod, periods: 40, asOfText: "2021-10-01"),
            measurer: ApproximateTextMeasurer())
        let commands = Self.record(layout)
        let trend = commands.filter {
            if case .stroke(_, StatusPalette.secondaryInk, StrokeStyle(width: 2, cap: .round, join: .round)) = $0 {
                true
            } else {
                false
            }
        }
        #expect(trend.count > 1, "the gaps split the trend into several lines")
        let markFills = commands.compactMap { command -> Color? in
            if case .fill(_, let color) = command, color != StatusPalette.white, StatusPalette.bandTint(.red) != color,
                StatusPalette.bandTint(.amber) != color
            {
                color
            } else {
                nil
            }
        }
        let markerColours = (layout.markers + layout.legendMarkers).filter { $0.shape != .ring }.map {
            StatusPalette.mark($0.status)
        }
        #expect(markFills == markerColours)
        #expect(Set(layout.markers.map(\.status)).count > 1, "the fixture has quarters of several statuses")
    }

    @Test(
        "a tile draws fill, stripe, border, badge, icon, arrows, sparkline, then text",
        arguments: Fixtures.cases.indices)
    func tileDrawsEveryPartInOrder(caseIndex: Int) {
        let c = Fixtures.cases[caseIndex]
        let layout = TileLayout.make(
            TileSpec(snapshot: c.snapshot, period: Fixtures.lastPeriod), measurer: ApproximateTextMeasurer())
        let bounds = Rect(origin: .zero, size: layout.size)
        let badge = Path.roundedRect(layout.badge, radius: layout.badge.height / 2)
        var expected: [DrawingCommand] = [
            .fill(.rect(bounds), layout.backgroundColor),
            .fill(.rect(layout.stripe), StatusPalette.mark(layout.status)),
            .stroke(
                .rect(bounds.insetBy(dx: layout.borderWidth / 2, dy: layout.borderWidth / 2)), layout.borderColor,
                .solid(layout.borderWidth)),
            .fill(badge, layout.badgeColor),
        ]
        if layout.badgeColor == StatusPalette.white {
            expected.append(.stroke(badge, StatusPalette.mark(layout.status), .solid(1.5)))
        }
        expected += Self.expectedCommands(layout.badgeIcon)
        expected += layout.arrows.map { .fill($0.path, $0.color) }
        if let sparkline = layout.sparkline {
            if let target = sparkline.targetLine {
                expected.append(.stroke(target, sparkline.lineColor, StrokeStyle(width: 1, dash: [3, 2])))
            }
            expected += sparkline.runs.filter { $0.count > 1 }.map {
                .stroke(.polyline($0), sparkline.lineColor, StrokeStyle(width: 1.5, cap: .round, join: .round))
            }
            expected += sparkline.runs.filter { $0.count == 1 }.map {
                .fill(.circle(center: $0[0], radius: 1.5), sparkline.lineColor)
            }
            expected += sparkline.latest.map(Self.expectedCommands) ?? []
        }
        expected += layout.labels.map(Self.text)
        #expect(Self.record(layout) == expected, "\(c.name)")
    }

    @Test("a red tile is filled, bordered and badged in red; a green one stays white and quiet")
    func tileColoursFollowStatus() throws {
        let red = try #require(Fixtures.cases.first { $0.name.hasPrefix("lower better, red") })
        let redTile = TileLayout.make(
            TileSpec(snapshot: red.snapshot, period: Fixtures.lastPeriod), measurer: ApproximateTextMeasurer())
        let redCommands = Self.record(redTile)
        let redBounds = Rect(origin: .zero, size: redTile.size)
        let redBadge = Path.roundedRect(redTile.badge, radius: redTile.badge.height / 2)
        #expect(redTile.status == .red)
        #expect(
            Array(redCommands.prefix(5)) == [
                .fill(.rect(redBounds), StatusPalette.tileFill(.red)),
                .fill(.rect(redTile.stripe), StatusPalette.mark(.red)),
                .stroke(.rect(redBounds.insetBy(dx: 1, dy: 1)), StatusPalette.mark(.red), .solid(2)),
                .fill(redBadge, StatusPalette.white),
                .stroke(redBadge, StatusPalette.mark(.red), .solid(1.5)),
            ])

        let green = Fixtures.snapshot(values: [88, 95], targets: [(Fixtures.start, 90, Fixtures.tolerance5)])
        let greenTile = TileLayout.make(
            TileSpec(snapshot: green, period: Fixtures.lastPeriod), measurer: ApproximateTextMeasurer())
        let greenCommands = Self.record(greenTile)
        let greenBounds = Rect(origin: .zero, size: greenTile.size)
        #expect(greenTile.status == .green)
        #expect(
            Array(greenCommands.prefix(4)) == [
                .fill(.rect(greenBounds), StatusPalette.white),
                .fill(.rect(greenTile.stripe), StatusPalette.mark(.green)),
                .stroke(.rect(greenBounds.insetBy(dx: 0.5, dy: 0.5)), StatusPalette.quietBorder, .solid(1)),
                .fill(
                    .roundedRect(greenTile.badge, radius: greenTile.badge.height / 2), StatusPalette.tileFill(.green)),
            ])
        #expect(greenCommands[4] == Self.expectedCommands(greenTile.badgeIcon)[0], "no outline round a quiet badge")
    }
}
