import KPIModel
import Testing

@testable import KPISPC

/// The figures NHSRplotthedots 0.2 publishes in its own tests and documentation, reproduced to 1e-6.
@Suite struct ReferenceFigureTests {
    /// tests/testthat/_snaps/ptd_spc_standard.md, r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627.
    @Test func rnormTwentyGivesThePublishedMeanAndLimitsAndOnlyCommonCause() throws {
        let analysis = try Series.analyse(Series.rnorm20)
        let limits = try #require(analysis.segments.first).limits
        #expect(analysis.segments.count == 1)
        #expect(close(limits.mean, 0.1416238))
        #expect(close(limits.lowerProcessLimit, -3.01138))
        #expect(close(limits.upperProcessLimit, 3.294627))
        #expect(analysis.points.allSatisfy { $0.type == .commonCause && $0.rule == nil })
        #expect(analysis.points.allSatisfy { !$0.outside })
        #expect(analysis.variation == .commonCause)
        // The snapshot's relative_to_mean column, first 16 shown there.
        #expect(
            Array(analysis.points.map(\.side).prefix(16)) == [-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, 1])
    }

    /// The reference's README: a target inside the limits is "inconsistent" (hit and miss).
    @Test(arguments: [ImprovementDirection.increase, .decrease])
    func aTargetOfHalfIsHitAndMiss(improvement: ImprovementDirection) throws {
        let analysis = try Series.analyse(Series.rnorm20, improvement: improvement, target: 0.5)
        #expect(analysis.assurance == .inconsistent)
    }

    /// Same snapshot, r2 and r3: point 15 set to 10, with and without screening.
    @Test(arguments: [(true, -2.383666, 3.722497), (false, -4.596625, 5.935457)])
    func anOutlierIsScreenedOutOfTheLimitsButNotTheMean(screen: Bool, lower: Double, upper: Double) throws {
        var values = Series.rnorm20
        values[14] = 10
        let analysis = try Series.analyse(values, settings: SPCSettings(screenOutliers: screen))
        let limits = analysis.segments[0].limits
        #expect(close(limits.mean, 0.6694159))
        #expect(close(limits.lowerProcessLimit, lower))
        #expect(close(limits.upperProcessLimit, upper))
        #expect(analysis.points[14].outside && analysis.points[14].rule == .outsideLimits)
    }

    /// test-ptd_spc_standard.R: "it only reports special cause for 2of3 points close to limits
    /// when they are on the same side of the mean".
    @Test func twoClosePointsOnOppositeSidesAreNotASignal() throws {
        var values = (0..<16).map { $0 % 2 == 0 ? 1.0 : -1.0 }
        values[14] = 5.5
        values[15] = -5.5
        let analysis = try Series.analyse(values)
        #expect(analysis.points[14].close && analysis.points[15].close)
        #expect(analysis.points.suffix(2).map(\.type) == [.commonCause, .commonCause])
    }

    /// Issue 15: 1, 1, 1, 1, 2 has mean 1.2; its only non-zero moving range is screened out, so
    /// the limits are both 1.2 and every point is outside them.
    @Test func oneOneOneOneTwoHasLimitsAtTheMeanAndEveryPointOutside() throws {
        let analysis = try Series.analyse([1, 1, 1, 1, 2])
        let limits = analysis.segments[0].limits
        #expect(close(limits.mean, 1.2, 1e-12))
        #expect(limits.lowerProcessLimit == limits.mean && limits.upperProcessLimit == limits.mean)
        #expect(limits.movingRangeMean == 0)
        #expect(analysis.points.allSatisfy { $0.outside && $0.rule == .outsideLimits })
        #expect(analysis.points.map(\.type) == [.concern, .concern, .concern, .concern, .improvement])
    }
}
