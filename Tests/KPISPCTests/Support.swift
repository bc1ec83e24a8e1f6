import KPIModel

@testable import KPISPC

/// Building series for the tests: consecutive quarters from 2016/17 Q1, one per value.
///
/// The calculation does not care about the kind of period, so quarters stand in for the
/// reference's daily and monthly dates.
enum Series {
    static let start = Period(startYear: 2016, quarter: 1)

    static func period(_ index: Int) -> Period { start.advanced(by: index)! }

    static func values(_ numbers: [Double]) -> [(period: Period, value: Double)] {
        numbers.enumerated().map { (period: period($0.offset), value: $0.element) }
    }

    static func analyse(
        _ numbers: [Double], rebaseAt: [Int] = [], settings: SPCSettings = .standard,
        improvement: ImprovementDirection = .increase, target: Double? = nil
    ) throws -> SPCAnalysis {
        try SPCAnalysis(
            values(numbers), rebase: rebaseAt.map(period), settings: settings, improvement: improvement,
            target: target)
    }

    /// R's `set.seed(123); rnorm(20)`, as printed to 8 decimals by the reference's own test
    /// snapshot (tests/testthat/_snaps/ptd_spc_standard.md shows the first five) and by R.
    /// Rounding them moves the mean and limits by under 1e-7, well inside the 1e-6 checked.
    static let rnorm20: [Double] = [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
        -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
        0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ]
}

/// Whether two doubles agree to `tolerance`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }
