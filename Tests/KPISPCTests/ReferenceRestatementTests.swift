import Foundation
import KPIModel
import KPITestSupport
import Testing

@testable import KPISPC

/// A line-by-line restatement of NHSRplotthedots 0.2 (`ptd_spc_standard`,
/// `ptd_calculate_point_type`), windows and padding as the R code has them, with the run lengths
/// as parameters. The property test checks kpi's run-based rules against it on random series.
///
/// One deliberate difference, issue 15's reading of the trend direction ("the step to the next
/// point when that point is also in the trend"): R takes the step to the next point whenever the
/// next point is in any trend, even a different one, and calls a zero step "decreasing"; here the
/// step to the next point counts only when one trend window holds both points.
enum ReferenceRestatement {
    struct Point: Equatable {
        var outside: Bool, close: Bool, side: Int, rule: SPCRule?, type: SPCPointType
    }

    static func segment(_ y: [Double], settings: SPCSettings, improvement: ImprovementDirection) -> [Point] {
        let n = y.count
        // ptd_spc_standard
        let fixY = y.indices.map { $0 < (settings.fixAfter ?? Int.max) ? y[$0] : Double.nan }
        func mean(_ v: [Double]) -> Double {
            let kept = v.filter { !$0.isNaN }
            return kept.isEmpty ? .nan : kept.reduce(0, +) / Double(kept.count)
        }
        let meanCol = mean(fixY)
        var mr = [Double.nan] + (1..<max(n, 1)).map { abs(fixY[$0] - fixY[$0 - 1]) }
        var amr = mean(mr)
        if settings.screenOutliers { mr = mr.map { $0 < 3.267 * amr ? $0 : .nan }; amr = mean(mr) }
        if amr.isNaN { amr = 0 }  // issue 15: no moving range left, limits at the mean
        let limit = 2.66, limitClose = 2 * (limit / 3)
        let lpl = meanCol - limit * amr, upl = meanCol + limit * amr
        let nlpl = meanCol - limitClose * amr, nupl = meanCol + limitClose * amr
        let outside = y.map { $0 > upl || $0 < lpl }
        let rtm = y.map { $0 > meanCol ? 1 : $0 < meanCol ? -1 : 0 }
        let close = y.indices.map { !outside[$0] && (y[$0] < nlpl || y[$0] > nupl) }

        // ptd_seven_point_trend, ptd_part_of_seven_trend, ptd_seven_point_one_side_mean
        func sign(_ x: Double) -> Int { x > 0 ? 1 : x < 0 ? -1 : 0 }
        var trend = [Int](repeating: 0, count: n)
        if n >= settings.trend {
            for i in (settings.trend - 1)..<n {
                let d = (0..<(settings.trend - 1)).map { sign(y[i - $0] - y[i - $0 - 1]) }
                trend[i] = d.allSatisfy { $0 == 1 } ? 1 : d.allSatisfy { $0 == -1 } ? -1 : 0
            }
        }
        func partOf(_ v: [Int], _ length: Int) -> [Bool] {
            let padded = v + [Int](repeating: 0, count: length - 1)
            return v.indices.map { i in (0..<length).contains { abs(padded[i + $0]) == 1 } }
        }
        let partTrend = partOf(trend, settings.trend)
        let padded = [Int](repeating: 0, count: settings.shift - 1) + rtm
        let oneSide = rtm.indices.map { i -> Int in
            let j = i + settings.shift - 1
            return (1..<settings.shift).allSatisfy { padded[j] == padded[j - $0] } && padded[j] != 0 ? 1 : 0
        }
        let partShift = partOf(oneSide, settings.shift)
        // ptd_two_in_three, ptd_part_of_two_in_three
        let vp = [0, 0] + close.map { $0 ? 1 : 0 } + [0, 0]
        let rp = [0, 0] + rtm + [0, 0]
        let twoInThree = y.indices.map { i in
            (0...2).contains { s in
                (0...2).map { vp[i + s + $0] }.reduce(0, +) >= 2
                    && abs((0...2).map { rp[i + s + $0] }.reduce(0, +)) == 3
            }
                && close[i]
        }
        // sdy: the step to the next point when one trend window holds both, else from the previous one
        let steps = (1..<max(n, 1)).map { sign(y[$0] - y[$0 - 1]) }
        let sdy = y.indices.map { i -> Int in
            let sameTrend =
                i < n - 1 && trend.indices.contains { j in trend[j] != 0 && j - settings.trend + 1 <= i && i + 1 <= j }
            return sameTrend ? steps[i] : i > 0 ? steps[i - 1] : 0
        }
        return y.indices.map { i in
            let (rule, direction): (SPCRule?, Int) =
                outside[i]
                ? (.outsideLimits, rtm[i])
                : partTrend[i]
                    ? (.trend, sdy[i] == 1 ? 1 : -1)
                    : twoInThree[i] ? (.twoInThree, rtm[i]) : partShift[i] ? (.shift, rtm[i]) : (nil, 0)
            return Point(
                outside: outside[i], close: close[i], side: rtm[i], rule: rule,
                type: SPCPointType(direction: direction, improvement: improvement))
        }
    }
}

@Suite struct ReferenceRestatementTests {
    /// Random small-integer series (ties and points on the mean are common), random rebases and
    /// settings: kpi's rules give exactly what the restated reference gives. The seed is printed
    /// with any failure; KPI_TEST_SEED replays it.
    @Test(arguments: PropertySeed.arguments)
    func kpiAgreesWithTheRestatedReferenceOnRandomSeries(seed: PropertySeed) throws {
        var random = seed.generator()
        for round in 0..<2_000 {
            let count = Int.random(in: 2...40, using: &random)
            let spread = Double(Int.random(in: 1...8, using: &random))
            let values = (0..<count).map { _ in (Double.random(in: 0...spread, using: &random)).rounded() }
            let settings = SPCSettings(
                shift: Int.random(in: 2...8, using: &random), trend: Int.random(in: 2...8, using: &random),
                screenOutliers: Bool.random(using: &random),
                fixAfter: Bool.random(using: &random) ? Int.random(in: 12...20, using: &random) : nil)
            let rebase = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                Int.random(in: 0..<count, using: &random)
            }
            let improvement = ImprovementDirection.allCases.randomElement(using: &random)!
            let analysis = try Series.analyse(values, rebaseAt: rebase, settings: settings, improvement: improvement)
            let starts = Set([0] + rebase).sorted() + [count]
            let expected = zip(starts, starts.dropFirst()).flatMap { start, end in
                ReferenceRestatement.segment(Array(values[start..<end]), settings: settings, improvement: improvement)
            }
            let actual = analysis.points.map {
                ReferenceRestatement.Point(
                    outside: $0.outside, close: $0.close, side: $0.side, rule: $0.rule, type: $0.type)
            }
            #expect(actual == expected, "round \(round): \(values), rebase \(rebase), \(settings), \(improvement)")
            if actual != expected { return }
        }
    }
}
