import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPICharts

/// Year-to-date charts and tiles, and a budget judged on closeness, as layouts.
@Suite struct YearToDateChartTests {
    static func t(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
    static func f(_ text: String) -> Figure { try! Figure(parsing: text) }

    /// HR03 of the sample store: sickness days per FTE, year to date, 8 days a year profiled
    /// evenly, with 2020/21 complete and 2021/22 to `last`.
    static func sickness(last: Period, forecast: String? = "8.3", values: [String: String]? = nil) -> IndicatorSnapshot
    {
        let indicator = Indicator(
            id: try! IndicatorID("HR03"), title: "Sickness absence: days lost per FTE, year to date", unit: .days,
            polarity: .lowerIsBetter, cumulative: true, definedAt: t("2020-03-01"))
        let figures =
            values ?? [
                "2020/21 Q1": "1.52", "2020/21 Q2": "3.20", "2020/21 Q3": "5.05", "2020/21 Q4": "6.84",
                "2021/22 Q1": "2.04", "2021/22 Q2": "4.51", "2021/22 Q3": "6.90", "2021/22 Q4": "9.10",
            ]
        return IndicatorHistory(
            indicator: indicator,
            observations: figures.map {
                Observation(
                    period: try! Period(parsing: $0.key, in: .april), value: f($0.value), recordedAt: t("2022-05-01"))
            },
            yearTargets: [2020, 2021].map {
                YearTarget(
                    year: ReportingYear(startYear: $0), value: f("8"), profile: .even,
                    amber: .tolerance(f("10")), recordedAt: t("2020-03-01"))
            },
            forecasts: forecast.map { [Observation(period: last, value: f($0), recordedAt: t("2022-05-01"))] } ?? []
        ).asOf(nil)!
    }

    static let periods = (1...4).map { Period(startYear: 2021, quarter: $0) }
    static let matrix = periods.indices.flatMap { p in Fixtures.measurers.indices.map { (p, $0) } }

    func chart(
        _ last: Period, measurer: any TextMeasurer = CairoTextMeasurer.shared, size: Size = ChartSpec.defaultSize,
        snapshot: IndicatorSnapshot? = nil
    ) -> ChartLayout {
        ChartLayout.make(
            ChartSpec(
                snapshot: snapshot ?? Self.sickness(last: last), lastPeriod: last, size: size, asOfText: "2022-05-01"),
            measurer: measurer)
    }

    @Test("each financial year is its own line over Q1-Q4: no segment joins two years", arguments: periods)
    func noSegmentJoinsTwoYears(_ last: Period) {
        let layout = chart(last)
        #expect(layout.yearLines.map(\.year) == [ReportingYear(startYear: 2020), ReportingYear(startYear: 2021)])
        for line in layout.yearLines {
            for (run, periods) in zip(line.runs, line.periods) {
                #expect(run.count == periods.count)
                #expect(
                    periods.allSatisfy { FinancialYear.april.reportingYear(of: $0) == line.year },
                    "\(line.year): \(periods)")
                // Along a line x only grows: a segment from Q4 back to the next Q1 would go left.
                #expect(zip(run, run.dropFirst()).allSatisfy { $0.x < $1.x }, "\(line.year): \(run)")
            }
        }
        let current = layout.yearLines.first { $0.isCurrent }!
        #expect(
            current.periods.flatMap { $0 } == Array(Self.periods.prefix(last.quarter)),
            "never a value after the period shown")
        #expect(layout.trendRuns == current.runs)
        #expect(
            layout.yearLines.first { !$0.isCurrent }?.periods.flatMap { $0 }
                == (1...4).map { Period(startYear: 2020, quarter: $0) })
        // The same quarter of the two years sits at the same x.
        let earlier = layout.yearLines.first { !$0.isCurrent }!.runs.flatMap { $0 }
        for (index, point) in current.runs.flatMap({ $0 }).enumerated() {
            #expect(abs(point.x - earlier[index].x) < 1e-9)
        }
    }

    @Test("the target profile rises through the year as a step over every quarter, with zones for each")
    func profile() {
        let layout = chart(Period(startYear: 2021, quarter: 2))
        #expect(layout.targetLines.count == 1)
        let steps = Set(
            layout.targetLines[0].straightSegments.filter { abs($0.from.y - $0.to.y) < 1e-9 }.map { $0.from.y })
        #expect(steps.count == 4, "2.00, 4.00, 6.00 and 8.00 days")
        let y = { (value: Double) in
            layout.plot.maxY - (value - layout.yDomain.lowerBound)
                / (layout.yDomain.upperBound - layout.yDomain.lowerBound) * layout.plot.height
        }
        for value in [2.0, 4.0, 6.0, 8.0] { #expect(steps.contains { abs($0 - y(value)) < 1e-6 }, "\(value)") }
        #expect(layout.labels(.band).map(\.text) == ["Red above 8.80 days", "Year-end target 8.00 days"])
        #expect(layout.labels(.period).map(\.text) == ["Q1", "Q2", "Q3", "Q4"])
    }

    @Test("only the current year's points carry a status mark; the year before has plain marks")
    func marks() {
        let layout = chart(Period(startYear: 2021, quarter: 2))
        #expect(layout.markers.map(\.status) == [.amber, .red])
        #expect(layout.earlierYearMarks.count == 4)
        #expect(layout.legendMarkers.map(\.status) == [.red, .amber], "the legend names the statuses drawn")
    }

    @Test("labels never overlap, never cross a line and never leave the image; each year is named", arguments: matrix)
    func labels(periodIndex: Int, measurerIndex: Int) {
        for size in [ChartSpec.defaultSize, Size(width: 480, height: 300)] {
            let layout = chart(
                Self.periods[periodIndex], measurer: Fixtures.measurers[measurerIndex].measurer, size: size)
            let context = "\(Self.periods[periodIndex]), \(Fixtures.measurers[measurerIndex].name), \(size)"
            let labels = LayoutChecks.named(layout.labels)
            let marks =
                layout.markers.map { ("\($0.shape) mark", $0.frame) }
                + layout.earlierYearMarks.map { ("earlier mark", ChartLayout.earlierYearMarkFrame($0)) }
            let problems = LayoutChecks.overlaps(labels + marks).filter { problem in
                labels.contains { problem.hasPrefix($0.0 + " ") }
            }
            #expect(problems.isEmpty, "\(context): \(problems)")
            #expect(LayoutChecks.outside(labels + marks, Rect(origin: .zero, size: size)).isEmpty, "\(context)")
            let years = layout.labels(.yearLabel)
            #expect(Set(years.map(\.text)) == ["2020/21", "2021/22"], "\(context)")
            let lines = layout.targetLines + layout.yearLines.flatMap { $0.runs.map { Path.polyline($0) } }
            #expect(
                LayoutChecks.crossings(LayoutChecks.named(years), lines).isEmpty,
                "\(context): \(LayoutChecks.crossings(LayoutChecks.named(years), lines))")
        }
    }

    @Test("the text alternative says what the chart shows: the year against its profile and last year")
    func alternativeText() {
        let layout = chart(Period(startYear: 2021, quarter: 2))
        #expect(
            layout.accessibleDescription
                == "HR03 Sickness absence: days lost per FTE, year to date: 4.51 days in 2021/22 Q2, red: target 4.00 days, not comparable with last quarter (year to date), worse than Q2 last year, forecast year-end: amber (8.30 days). Year-to-date chart of 2021/22 by quarter against its target profile (Q1 2.00 days, Q2 4.00 days, Q3 6.00 days, Q4 8.00 days), with 2020/21 for comparison (Q1 1.52 days, Q2 3.20 days, Q3 5.05 days, Q4 6.84 days)."
        )
        #expect(
            layout.labels(.title).map(\.text).joined(separator: " ")
                == "Sickness absence: days lost per FTE, year to date at 4.51 days (red)")
    }

    @Test("with no figures for either year the chart says so")
    func empty() {
        let layout = chart(
            Period(startYear: 2021, quarter: 2),
            snapshot: Self.sickness(last: Period(startYear: 2021, quarter: 2), values: [:]))
        #expect(layout.yearLines.isEmpty && layout.markers.isEmpty)
        #expect(layout.labels(.message).map(\.text) == ["No figures recorded for 2021/22 or 2020/21"])
    }

    @Test("the tile's sparkline is the current year against its profile; forecast and directions in words")
    func tile() {
        let snapshot = Self.sickness(last: Period(startYear: 2021, quarter: 2))
        let layout = TileLayout.make(
            TileSpec(snapshot: snapshot, period: Period(startYear: 2021, quarter: 2)),
            measurer: CairoTextMeasurer.shared)
        #expect(layout.size == Size(width: 320, height: 198), "one more row, for the forecast")
        let sparkline = try! #require(layout.sparkline)
        #expect(sparkline.runs.map(\.count) == [2], "Q1 and Q2 of 2021/22 only")
        #expect(
            sparkline.targetLine!.straightSegments.filter { abs($0.from.y - $0.to.y) > 1e-9 }.count == 3,
            "a step at each of Q2, Q3, Q4")
        #expect(layout.labels(.tileForecast).map(\.text) == ["Forecast year-end: Amber"])
        #expect(layout.forecastIcon?.status == .amber)
        #expect(
            layout.labels(.tileDirection).map(\.text) == ["Not comparable (year to date)", "Worse than Q2 last year"])
        #expect(layout.arrows.first?.direction == .notComparable)
        var items = LayoutChecks.named(layout.labels.filter { $0.role != .tileStatus }) + [("badge", layout.badge)]
        items +=
            layout.arrows.map { ("arrow", $0.path.bounds) } + [
                ("sparkline", sparkline.rect), ("forecast icon", layout.forecastIcon!.frame),
            ]
        #expect(LayoutChecks.overlaps(items).isEmpty, "\(LayoutChecks.overlaps(items))")
    }

    /// Seed 003's Knowledge Management line: £76,244 spent against £116,546 planned to date.
    static func budget() -> IndicatorSnapshot {
        let indicator = Indicator(
            id: try! IndicatorID("STAFF4"), title: "Staff: Knowledge Management", unit: .gbp, polarity: .closer,
            cumulative: true, greenTolerance: f("1"), definedAt: t("2009-11-30"))
        return IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(period: Period(startYear: 2009, quarter: 2), value: f("76244"), recordedAt: t("2009-11-30"))
            ],
            yearTargets: [
                YearTarget(
                    year: ReportingYear(startYear: 2009), value: f("233103"),
                    profile: .cumulative([f("24.9988"), f("49.9976"), f("74.9988"), f("100")]),
                    amber: .tolerance(f("5")), recordedAt: t("2009-11-30"))
            ],
            forecasts: [
                Observation(
                    period: Period(startYear: 2009, quarter: 2), value: f("233103"), recordedAt: t("2009-11-30"))
            ]
        ).asOf(nil)!
    }

    @Test("a budget is shaded amber and red on both sides of plan, and its variance is in words")
    func closerBands() {
        let snapshot = Self.budget()
        let layout = chart(Period(startYear: 2009, quarter: 2), snapshot: snapshot)
        let statuses = layout.bands.map(\.status)
        // Two amber and two red zones in each of the four quarters, one on each side of its target.
        #expect(
            statuses.filter { $0 == .amber }.count == 8 && statuses.filter { $0 == .red }.count == 8, "\(layout.bands)")
        let q2 = layout.bands.filter { abs($0.rect.midX - (layout.plot.minX + layout.plot.width * 3 / 8)) < 1 }
        let targetY =
            layout.plot.maxY - (116_552 - layout.yDomain.lowerBound)
            / (layout.yDomain.upperBound - layout.yDomain.lowerBound) * layout.plot.height
        #expect(q2.filter { $0.status == .amber }.map { $0.rect.midY < targetY }.sorted { !$0 && $1 } == [false, true])
        #expect(
            layout.labels(.band).map(\.text) == [
                "Red above £244,758", "Year-end target £233,103", "Red below £221,448",
            ])
        #expect(
            layout.labels(.title).map(\.text).joined(separator: " ")
                == "Staff: Knowledge Management: £40,302 under plan (red)")
        #expect(layout.markers.map(\.status) == [.red])
        let tile = TileLayout.make(
            TileSpec(snapshot: snapshot, period: Period(startYear: 2009, quarter: 2)),
            measurer: CairoTextMeasurer.shared)
        #expect(tile.labels(.tileVariance).map(\.text) == ["£40,302 under plan (34.6%)"])
        #expect(tile.labels(.tileForecast).map(\.text) == ["Forecast year-end: Green"])
        #expect(tile.labels(.tileValue).map(\.text) == ["£76,244"], "whole pounds on the tile, never £76.2k")
        #expect(tile.size.height == 216)
    }
}
