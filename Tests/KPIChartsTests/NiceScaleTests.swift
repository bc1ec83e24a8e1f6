import Foundation
import Testing

@testable import KPICharts

@Suite struct NiceScaleTests {
    @Test(
        arguments: [
            // lower, upper, maxTicks, expected ticks
            (0.0, 100.0, 6, ["0", "20", "40", "60", "80", "100"]),
            (84.0, 95.0, 6, ["82.5", "85", "87.5", "90", "92.5", "95"]),
            (1.4, 2.8, 8, ["1.4", "1.6", "1.8", "2", "2.2", "2.4", "2.6", "2.8"]),
            (0.1, 0.3, 3, ["0.1", "0.2", "0.3"]),
            (0.1, 0.35, 3, ["0", "0.2", "0.4"]),
            (150_000, 215_000, 8, ["150000", "160000", "170000", "180000", "190000", "200000", "210000", "220000"]),
            (-8.0, 4.0, 7, ["-8", "-6", "-4", "-2", "0", "2", "4"]),
        ] as [(Double, Double, Int, [String])])
    func ticksAreNiceAndCover(lower: Double, upper: Double, maxTicks: Int, expected: [String]) {
        let scale = NiceScale(lower: lower, upper: upper, maxTicks: maxTicks)
        #expect(scale.ticks.count <= maxTicks)
        #expect(scale.lowerBound <= lower && scale.upperBound >= upper)
        #expect(scale.ticks.map { "\($0)" } == expected)
    }

    @Test(arguments: [
        (0.0, 1.0), (0.0, 7.3), (12.0, 13.0), (-1e9, 3e9), (85.0, 85.0), (0.0, 0.0), (1e-6, 3e-6), (99.5, 100.0),
    ])
    func stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(lower: Double, upper: Double) {
        let scale = NiceScale(lower: lower, upper: upper)
        var mantissa = scale.step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect(NiceScale.mantissas.contains(mantissa), "step \(scale.step)")
        #expect(scale.ticks.count >= 2 && scale.ticks.count <= 6)
        let slack = 1e-12 * max(abs(lower), abs(upper))  // Decimal-to-Double conversion noise
        #expect(scale.lowerBound <= lower + slack && scale.upperBound >= upper - slack)
        for (a, b) in zip(scale.ticks, scale.ticks.dropFirst()) { #expect(b - a == scale.step) }
    }

    @Test func decimalsFollowTheStep() {
        #expect(NiceScale(lower: 0, upper: 10, maxTicks: 5).decimals == 1)  // step 2.5
        #expect(NiceScale(lower: 0, upper: 100, maxTicks: 5).decimals == 0)  // step 25
        #expect(NiceScale(lower: 0, upper: 1, maxTicks: 6).decimals == 1)  // step 0.2
        #expect(NiceScale(lower: 0, upper: 0.1, maxTicks: 5).decimals == 3)  // step 0.025
    }

    @Test func nonFiniteBoundsFallBackToZeroToOne() {
        let scale = NiceScale(lower: .nan, upper: .infinity)
        #expect(scale.lowerBound == 0 && scale.upperBound == 1)
    }
}
