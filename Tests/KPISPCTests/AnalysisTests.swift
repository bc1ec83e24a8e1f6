import KPIModel
import Testing

@testable import KPISPC

/// Segments, rebasing, fixed limits, the icons, the warning and the refusals.
@Suite struct AnalysisTests {
    @Test func rulesNeverRunAcrossARebase() throws {
        let rising = (1...10).map(Double.init)
        #expect(
            try Series.analyse(rising).points.allSatisfy { $0.rule != nil },
            "ten rising points: a trend, the ends outside")
        let rebased = try Series.analyse(rising, rebaseAt: [4])
        #expect(rebased.segments.map(\.points.count) == [4, 6])
        #expect(rebased.points.allSatisfy { $0.rule == nil }, "4 and 6 rising points are no 7-point trend")
        #expect(rebased.rebasePeriods == [Series.period(4)])
        #expect(rebased.segments[1].points.first?.movingRange == nil, "a segment's first point has no moving range")
        #expect(rebased.segments.map(\.limits.mean) == [2.5, 7.5])
    }

    @Test func aRebaseAtTheFirstPointChangesNothingAndRepeatsCountOnce() throws {
        let values = Series.rnorm20
        let plain = try Series.analyse(values)
        let atFirst = try Series.analyse(values, rebaseAt: [0, 0])
        #expect(atFirst.segments.count == 1)
        #expect(atFirst.points == plain.points)
        #expect(try Series.analyse(values, rebaseAt: [10, 10]).segments.count == 2)
    }

    @Test func aRebaseOnAMissingPeriodStartsAtTheNextValue() throws {
        var values = Series.values(Series.rnorm20)
        values.remove(at: 10)
        let analysis = try SPCAnalysis(values, rebase: [Series.period(10)], improvement: .increase)
        #expect(analysis.segments[1].from == Series.period(11))
        #expect(analysis.segments.map(\.points.count) == [10, 9])
    }

    @Test(arguments: [-1, 20, 25])
    func aRebaseOutsideTheSeriesIsRefused(index: Int) {
        #expect(
            throws: FieldError(
                field: "rebase",
                "expected a period within the series, 2016/17 Q1 to 2020/21 Q4, found \(Series.period(index))")
        ) {
            try Series.analyse(Series.rnorm20, rebaseAt: [index])
        }
    }

    @Test(arguments: [([Double](), "none"), ([5], "1 (2016/17 Q1)")])
    func fewerThanTwoPointsAreRefused(values: [Double], found: String) {
        #expect(
            throws: FieldError(field: "values", "expected at least 2 values to compute process limits, found \(found)")
        ) {
            try Series.analyse(values)
        }
    }

    @Test func fixedLimitsComeFromTheFirstPointsAndJudgeTheRest() throws {
        // Twelve quiet points, then a jump: fixed after 12, the jump is outside the old limits.
        let quiet: [Double] = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 11]
        let values = quiet + [20, 21, 20, 21]
        let fixed = try Series.analyse(values, settings: SPCSettings(fixAfter: 12))
        let basis = try Series.analyse(quiet)
        #expect(fixed.segments[0].limits == basis.segments[0].limits, "the limits of the first 12 points alone")
        #expect(fixed.points.suffix(4).allSatisfy { $0.rule == .outsideLimits && $0.type == .improvement })
        #expect(
            fixed.points.map(\.movingRange) == [nil] + zip(values.dropFirst(), values).map { abs($0 - $1) },
            "moving ranges are reported for every point, fixed or not")
        let unfixed = try Series.analyse(values)
        #expect(unfixed.segments[0].limits != fixed.segments[0].limits)
        #expect(
            try Series.analyse(quiet, settings: SPCSettings(fixAfter: 40)).segments[0].limits
                == basis.segments[0].limits,
            "fixing after more points than there are uses them all")
    }

    @Test func fixedLimitsApplyPerSegment() throws {
        let first = Array(repeating: [10.0, 12.0], count: 7).flatMap { $0 }
        let second: [Double] = Array(repeating: [30.0, 34.0], count: 7).flatMap { $0 } + [100]
        let analysis = try Series.analyse(first + second, rebaseAt: [first.count], settings: SPCSettings(fixAfter: 12))
        #expect(analysis.segments[1].limits.mean == 32, "the second segment's own first 12 points")
        #expect(analysis.latest.rule == .outsideLimits)
    }

    @Test func noMovingRangeLeftMeansLimitsAtTheMean() throws {
        let flat = try Series.analyse([4, 4, 4, 4])
        let limits = flat.segments[0].limits
        #expect(
            [limits.lowerProcessLimit, limits.upperProcessLimit, limits.lowerNearLimit, limits.upperNearLimit] == [
                4, 4, 4, 4,
            ])
        #expect(limits.movingRangeMean == 0)
        #expect(flat.points.allSatisfy { $0.side == 0 && !$0.outside && $0.rule == nil })
        let single = try Series.analyse([1, 3, 2, 9], rebaseAt: [3])
        #expect(single.segments[1].limits.mean == 9 && single.segments[1].limits.upperProcessLimit == 9)
        #expect(single.latest.type == .commonCause, "a lone point is on its own mean")
    }

    @Test func aPointExactlyOnTheMeanHasSideZero() throws {
        #expect(SPCLimits.mean([0.1, 0.2, 0.3]) == 0.2, "R's mean, not the plain sum's 0.20000000000000004")
        let analysis = try Series.analyse([0.1, 0.2, 0.3])
        #expect(analysis.points.map(\.side) == [-1, 0, 1])
    }

    @Test func theWarningSaysWhenTheLastSegmentHasTrialLimits() throws {
        let twelve = Array(Series.rnorm20.prefix(12))
        #expect(
            try Series.analyse(twelve).warning
                == "trial limits: the series (2016/17 Q1 to 2018/19 Q4) has 12 points, fewer than 13, so its limits will move as points are added"
        )
        #expect(try Series.analyse(Array(Series.rnorm20.prefix(13))).warning == nil)
        let rebased = try Series.analyse(Series.rnorm20, rebaseAt: [5])
        #expect(rebased.segments.map(\.trial) == [true, false])
        #expect(rebased.warning == nil, "only the last segment decides")
        #expect(
            try Series.analyse(Series.rnorm20, rebaseAt: [15]).warning?.hasPrefix(
                "trial limits: the last segment (2019/20 Q4 to 2020/21 Q4) has 5 points") == true)
    }

    /// The variation icon reads the last point, high or low by the rule's direction.
    static let variationCases: [RuleCase<(values: [Double], improvement: ImprovementDirection), VariationIcon>] = {
        let base: [Double] = Array(repeating: [9.0, 11.0], count: 8).flatMap { $0 }
        return [
            RuleCase("last point common cause", (base + [10], .increase), .commonCause),
            RuleCase("last point above the limit, higher is better", (base + [30], .increase), .improvementHigh),
            RuleCase("last point above the limit, lower is better", (base + [30], .decrease), .concernHigh),
            RuleCase("last point below the limit, higher is better", (base + [-10], .increase), .concernLow),
            RuleCase("last point below the limit, lower is better", (base + [-10], .decrease), .improvementLow),
            RuleCase(
                "falling trend, lower is better: improvement low",
                (base + [12, 11.5, 11, 10.5, 10, 9.5, 9], .decrease), .improvementLow),
            RuleCase(
                "rising trend, higher is better", (base + [9, 9.5, 10, 10.5, 11, 11.5, 12], .increase), .improvementHigh
            ),
            RuleCase("neutral, above the limit", (base + [30], .neutral), .neutralHigh),
            RuleCase("neutral, below the limit", (base + [-10], .neutral), .neutralLow),
            RuleCase("an earlier special cause does not count", ([-10, 30] + base, .increase), .commonCause),
        ]
    }()

    @Test(arguments: variationCases)
    func variation(_ row: RuleCase<(values: [Double], improvement: ImprovementDirection), VariationIcon>) throws {
        #expect(try Series.analyse(row.input.values, improvement: row.input.improvement).variation == row.expected)
    }

    /// Assurance against the last segment's limits (rnorm20: -3.01138 to 3.294627).
    static let assuranceCases: [RuleCase<(target: Double?, improvement: ImprovementDirection), AssuranceIcon?>] = [
        RuleCase("higher is better, target above the upper limit: never met", (4, .increase), .consistentFail),
        RuleCase("higher is better, target below the lower limit: always met", (-4, .increase), .consistentPass),
        RuleCase("lower is better, target above the upper limit: always met", (4, .decrease), .consistentPass),
        RuleCase("lower is better, target below the lower limit: never met", (-4, .decrease), .consistentFail),
        RuleCase("target between the limits: hit and miss", (0.5, .increase), .inconsistent),
        RuleCase("no target: no assurance", (nil, .increase), nil),
        RuleCase("neutral: no assurance", (4, .neutral), nil),
    ]

    @Test(arguments: assuranceCases)
    func assurance(_ row: RuleCase<(target: Double?, improvement: ImprovementDirection), AssuranceIcon?>) throws {
        #expect(
            try Series.analyse(Series.rnorm20, improvement: row.input.improvement, target: row.input.target).assurance
                == row.expected)
    }

    @Test(arguments: [true, false])
    func aTargetExactlyOnALimitIsHitAndMiss(upper: Bool) throws {
        let limits = try Series.analyse([1, 1, 1, 1, 2]).segments[0].limits
        let target = upper ? limits.upperProcessLimit : limits.lowerProcessLimit
        #expect(try Series.analyse([1, 1, 1, 1, 2], target: target).assurance == .inconsistent)
    }

    @Test func assuranceUsesTheLastSegmentsLimits() throws {
        let analysis = try Series.analyse([1, 2, 1, 2, 1, 2, 100, 101, 100, 101], rebaseAt: [6], target: 50)
        #expect(analysis.assurance == .consistentPass, "100-101 always beats 50; the first segment would say never")
    }

    @Test func theSnapshotReadsValuesInRangeAndTheTargetForTheLastPoint() throws {
        let indicator = Indicator(
            id: try IndicatorID("SICK01"), title: "Sickness", unit: .days, polarity: .lowerIsBetter,
            definedAt: Timestamp(secondsSince1970: 0))
        let at = Timestamp(secondsSince1970: 1)
        let figures = ["2.1", "2.3", "1.9", "2.0", "2.2"]
        var observations = figures.enumerated().map { index, text in
            Observation(period: Series.period(index), value: try! Figure(parsing: text), recordedAt: at)
        }
        observations.remove(at: 2)  // a missing quarter: skipped, the series closes up
        let targets = [
            TargetChange(from: Series.period(0), value: try Figure(parsing: "2.5"), recordedAt: at),
            TargetChange(from: Series.period(4), value: try Figure(parsing: "1.5"), recordedAt: at),
        ]
        let snapshot = IndicatorHistory(indicator: indicator, observations: observations, targetChanges: targets).asOf(
            nil)!
        let all = try SPCAnalysis(snapshot: snapshot)
        #expect(all.points.map(\.value) == [2.1, 2.3, 2.0, 2.2])
        #expect(all.improvement == .decrease)
        #expect(all.target == 1.5)
        let cut = try SPCAnalysis(snapshot: snapshot, from: Series.period(1), to: Series.period(3))
        #expect(cut.points.map(\.period) == [Series.period(1), Series.period(3)])
        #expect(cut.target == 2.5)
    }
}
