import Foundation
import KPICairo
import KPIDrawing
import KPIModel
import KPIStatus
import Testing

@testable import KPICharts

/// Charts of monthly and annual indicators beside quarterly ones: period labels that never
/// overlap, each year written once, and the latest value's label clear of the line and marks.
@Suite struct FrequencyChartLayoutTests {
    static let september = Period(year: 2021, month: 9)
    static let year = Period(financialYearStarting: 2020)

    /// A wavy series of `count` values ending at `last`, with a gap every seventh period.
    static func wave(_ count: Int, last: Period, unit: IndicatorUnit = .days, polarity: Polarity = .lowerIsBetter)
        -> IndicatorSnapshot
    {
        let values: [Double?] = (0..<count).map { i -> Double? in
            let wave: Double = 20 + 6 * sin(Double(i) / 2.5)
            return i % 7 == 3 ? nil : wave.rounded() / 10
        }
        let amber = Fixtures.figure(polarity == .lowerIsBetter ? 2.4 : 1.6)
        return Fixtures.snapshot(
            id: "BEN01", title: "Days to process new benefit claims", unit: unit, polarity: polarity,
            values: values, last: last, targets: [(last.advanced(by: -(count - 1))!, 2.0, .threshold(amber))])
    }

    /// (name, snapshot, periods shown) for each frequency.
    static let cases: [(name: String, snapshot: IndicatorSnapshot, periods: Int)] = [
        ("24 months", wave(24, last: september), 24),
        ("60 months", wave(60, last: september), 60),
        ("120 months", wave(120, last: september), 120),
        ("13 months from December", wave(13, last: Period(year: 2021, month: 12)), 13),
        ("8 years", wave(8, last: year, unit: .percent, polarity: .higherIsBetter), 8),
        ("40 years", wave(40, last: year, unit: .percent, polarity: .higherIsBetter), 40),
        ("8 quarters", wave(8, last: Fixtures.lastPeriod), 8),
        ("40 quarters", wave(40, last: Fixtures.lastPeriod), 40),
    ]
    static let sizes = [ChartSpec.defaultSize, Size(width: 480, height: 300), Size(width: 515, height: 212)]
    static let matrix = cases.indices.flatMap { c in Fixtures.measurers.indices.map { (c, $0) } }

    static func layout(
        _ snapshot: IndicatorSnapshot, last: Period? = nil, periods: Int? = nil, size: Size = ChartSpec.defaultSize,
        measurer: any TextMeasurer = CairoTextMeasurer.shared
    ) -> ChartLayout {
        ChartLayout.make(
            ChartSpec(
                snapshot: snapshot, lastPeriod: last ?? snapshot.latestPeriod!, periods: periods, size: size,
                asOfText: "2021-10-20"), measurer: measurer)
    }

    /// Every rule a chart of any frequency keeps: no text overlaps text or a mark, nothing
    /// leaves the image, and the latest value's label is clear of the line and every mark.
    static func problems(_ layout: ChartLayout, size: Size) -> [String] {
        let labels = LayoutChecks.named(layout.labels)
        let marks =
            layout.markers.map { ("\($0.shape) mark", $0.frame) }
            + layout.legendMarkers.map { ("legend \($0.shape)", $0.frame) }
        var problems = LayoutChecks.overlaps(labels + marks).filter { problem in
            labels.contains { problem.hasPrefix($0.0 + " ") }
        }
        problems += LayoutChecks.outside(labels + marks + [("plot", layout.plot)], Rect(origin: .zero, size: size))
        let latest = LayoutChecks.named(layout.labels(.latestValue))
        problems += LayoutChecks.crossings(latest, layout.trendRuns.map { Path.polyline($0) })
        return problems
    }

    @Test(arguments: matrix)
    func labelsNeverOverlapAndTheLatestValueIsClear(caseIndex: Int, measurerIndex: Int) {
        let c = Self.cases[caseIndex]
        for size in Self.sizes {
            let layout = Self.layout(
                c.snapshot, periods: c.periods, size: size, measurer: Fixtures.measurers[measurerIndex].measurer)
            let problems = Self.problems(layout, size: size)
            #expect(
                problems.isEmpty, "\(c.name), \(Fixtures.measurers[measurerIndex].name), \(size): \(problems.sorted())")
            #expect(layout.labels(.latestValue).count == 1, "\(c.name), \(size)")
        }
    }

    @Test("months: initials or names with each calendar year once, else every third month from January")
    func monthLabels() {
        let chart = Self.layout(Self.cases[0].snapshot)
        #expect(chart.periodLabelStyle == .months(.initial, every: 1))
        let texts = chart.labels(.period).map(\.text)
        #expect(texts.filter { $0.count == 1 }.joined() == "ONDJFMAMJJASONDJFMAMJJAS")
        #expect(texts.filter { $0.count == 4 } == ["2019", "2020", "2021"], "each year once")
        // Each year sits under its first month: January, or the first month shown.
        let years = chart.labels(.period).filter { $0.text.count == 4 }
        let initials = chart.labels(.period).filter { $0.text.count == 1 }
        #expect(abs(years[1].frame.midX - initials[3].frame.midX) < 0.01, "2020 under January 2020")

        let sixty = Self.layout(Self.cases[1].snapshot, periods: 60)
        guard case .months(.abbreviation, let every) = sixty.periodLabelStyle else {
            Issue.record("expected thinned month names, found \(sixty.periodLabelStyle)")
            return
        }
        #expect(every == 3)
        let names = sixty.labels(.period).map(\.text).filter { $0.count == 3 }
        #expect(Set(names) == ["Jan", "Apr", "Jul", "Oct"])
        let sixtyYears = sixty.labels(.period).map(\.text).filter { $0.count == 4 }
        #expect(
            sixtyYears.suffix(5) == ["2017", "2018", "2019", "2020", "2021"]
                && Set(sixtyYears).count == sixtyYears.count,
            "each year once (2016's three months may leave no room for its own)")

        let wide = Self.layout(Self.cases[0].snapshot, size: Size(width: 1600, height: 400))
        #expect(wide.periodLabelStyle == .single(every: 1), "room for \"Sep 21\" under every month")
        #expect(wide.labels(.period).last?.text == "Sep 21")
    }

    @Test("years: 2021/22 under every year, thinned from the latest when there are many")
    func yearLabels() {
        let eight = Self.layout(Self.cases[4].snapshot)
        #expect(eight.periodLabelStyle == .single(every: 1))
        #expect(
            eight.labels(.period).map(\.text) == [
                "2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21",
            ])
        let forty = Self.layout(Self.cases[5].snapshot, periods: 40)
        guard case .single(let every) = forty.periodLabelStyle else { Issue.record("expected thinned years"); return }
        #expect(every > 1)
        #expect(forty.labels(.period).last?.text == "2020/21", "the latest year is always labelled")
    }

    /// The council's chart that put "2.60 days" on the line: two points, the line running
    /// steeply into the latest one, for each frequency and both directions.
    @Test(
        "two points with a steep line into the latest: the label is clear of the line",
        arguments: Period.Length.allCases)
    func twoPointSickness(_ length: Period.Length) {
        let last = length == .month ? Self.september : length == .year ? Self.year : Fixtures.lastPeriod
        for (earlier, count) in [(3.4, 2), (1.2, 2), (3.4, 8), (1.2, 8), (2.5, 8)] {
            var values: [Double?] = Array(repeating: nil, count: count - 2)
            values += [earlier, 2.6]
            let snapshot = Fixtures.snapshot(
                id: "SICK01", title: "Sickness absence (days lost per FTE)", unit: .days,
                polarity: .lowerIsBetter, values: values, last: last,
                targets: [(last.advanced(by: -(count - 1))!, 2.0, .threshold(Fixtures.figure(2.3)))])
            for size in Self.sizes {
                let layout = Self.layout(snapshot, periods: count, size: size)
                #expect(layout.labels(.latestValue).map(\.text) == ["2.60 days"])
                let problems = Self.problems(layout, size: size)
                #expect(problems.isEmpty, "\(length) from \(earlier) over \(count), \(size): \(problems)")
            }
        }
    }

    /// Random series of every frequency, length and size: the rules hold for all. The seed is
    /// printed; set CHART_SEED to replay it.
    @Test("random charts of every frequency keep every layout rule")
    func randomCharts() {
        let seed =
            ProcessInfo.processInfo.environment["CHART_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64.max)
        print("randomCharts seed: \(seed) (CHART_SEED=\(seed) replays it)")
        var random = XorShift(state: seed)
        for round in 0..<150 {
            let length = Period.Length.allCases.randomElement(using: &random)!
            let last = length == .month ? Self.september : length == .year ? Self.year : Fixtures.lastPeriod
            let count = Int.random(in: 1...(length == .month ? 120 : 40), using: &random)
            let base = Double(Int.random(in: -50...5000, using: &random))
            let spread = Double.random(in: 0...(abs(base) + 10), using: &random)
            let values: [Double?] = (0..<count).map { _ in
                Int.random(in: 0..<6, using: &random) == 0
                    ? nil : (base + Double.random(in: -spread...spread, using: &random)).rounded()
            }
            let polarity: Polarity = Bool.random(using: &random) ? .higherIsBetter : .lowerIsBetter
            let snapshot = Fixtures.snapshot(
                unit: .number, polarity: polarity, values: values, last: last,
                targets: [(last.advanced(by: -(count - 1))!, base, nil)])
            let size = Self.sizes.randomElement(using: &random)!
            let layout = Self.layout(snapshot, last: last, periods: count, size: size)
            let problems = Self.problems(layout, size: size)
            #expect(problems.isEmpty, "seed \(seed), round \(round): \(length) × \(count), \(size): \(problems)")
        }
    }
}

/// xorshift64*: a tiny seeded generator, so a failing random chart can be drawn again.
struct XorShift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
