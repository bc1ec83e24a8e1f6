import Testing

@testable import KPISPC

/// One row of a rule table: a name that reads like the rule, the input and what must come out.
struct RuleCase<Input: Sendable, Output: Sendable & Equatable>: Sendable, CustomTestStringConvertible {
    let name: String
    let input: Input
    let expected: Output
    var testDescription: String { name }

    init(_ name: String, _ input: Input, _ expected: Output) {
        self.name = name
        self.input = input
        self.expected = expected
    }
}

/// Each rule's edges as tables. Rows marked "reference" are NHSRplotthedots 0.2's own test cases
/// (tests/testthat/test-ptd_calculate_point_type.R), restated with kpi's outputs.
@Suite struct RuleTableTests {
    static let up = Array(1...7).map(Double.init)

    /// Trend direction per point: +1 increasing, −1 decreasing, 0 none.
    static let trendCases: [RuleCase<(values: [Double], length: Int), [Int]>] = [
        RuleCase("seven rising points are a trend, every point flagged", (up, 7), [1, 1, 1, 1, 1, 1, 1]),
        RuleCase("seven falling points are a decreasing trend", (up.reversed(), 7), [-1, -1, -1, -1, -1, -1, -1]),
        RuleCase("six rising points are not (reference: 1:6)", (Array(up.prefix(6)), 7), [0, 0, 0, 0, 0, 0]),
        RuleCase("a tie breaks a trend (reference: c(1:3, 3:6))", ([1, 2, 3, 3, 4, 5, 6], 7), [0, 0, 0, 0, 0, 0, 0]),
        RuleCase("a tie after seven keeps the seven", (up + [7], 7), [1, 1, 1, 1, 1, 1, 1, 0]),
        RuleCase(
            "a trend inside the series (reference: c(2, 1:7, 3))", ([2] + up + [3], 7), [0, 1, 1, 1, 1, 1, 1, 1, 0]),
        RuleCase(
            "a falling trend inside (reference: c(2, 7:1, 3))", ([2] + up.reversed() + [3], 7),
            [0, -1, -1, -1, -1, -1, -1, -1, 0]),
        RuleCase("a trend at the very end of the series", ([9, 9] + up, 7), [0, 0, 1, 1, 1, 1, 1, 1, 1]),
        RuleCase("a trend crossing the mean is still a trend", ([-3, -2, -1, 0, 1, 2, 3], 7), [1, 1, 1, 1, 1, 1, 1]),
        RuleCase(
            "rise then fall sharing the peak: the peak takes the step to the next point",
            (up + [6, 5, 4, 3, 2, 1], 7), [1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]),
        RuleCase(
            "rise, a tie, then fall: each side keeps its own direction (the reference calls the first peak decreasing)",
            (up + up.reversed(), 7), [1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]),
        RuleCase(
            "fall, a step up, fall again: the first fall's last point is still decreasing (the reference says increasing)",
            (up.reversed() + [8, 7, 6, 5, 4, 3, 2], 7), Array(repeating: -1, count: 14)),
        RuleCase("--trend 5: five rising points are enough", ([5, 1, 2, 3, 4, 5], 5), [0, 1, 1, 1, 1, 1]),
        RuleCase("--trend 5: four are not", ([1, 2, 3, 4, 1], 5), [0, 0, 0, 0, 0]),
        RuleCase("no points", ([], 7), []),
        RuleCase("one point", ([1], 7), [0]),
    ]

    @Test(arguments: trendCases)
    func trend(_ row: RuleCase<(values: [Double], length: Int), [Int]>) {
        #expect(SPCRules.trend(row.input.values, length: row.input.length) == row.expected)
    }

    /// Two in three: which points are flagged, from (close, side).
    static let twoInThreeCases: [RuleCase<(close: [Bool], side: [Int]), [Bool]>] = [
        RuleCase(
            "close, not, close on one side (reference d)", ([true, false, true], [1, 1, 1]), [true, false, true]),
        RuleCase(
            "not, close, close on one side (reference e)", ([false, true, true], [1, 1, 1]), [false, true, true]),
        RuleCase(
            "close, close, not on one side (reference f)", ([true, true, false], [1, 1, 1]), [true, true, false]),
        RuleCase(
            "only the close points of a window are flagged (reference g)",
            ([false, false, true, false, true, false, false], [1, 1, 1, 1, 1, 1, 1]),
            [false, false, true, false, true, false, false]),
        RuleCase(
            "two close points apart by two are not in one window (reference h, 1 0 0 1)",
            ([true, false, false, true], [1, 1, 1, 1]), [false, false, false, false]),
        RuleCase(
            "reference i: 1 0 0 1 1", ([true, false, false, true, true], [1, 1, 1, 1, 1]),
            [false, false, false, true, true]),
        RuleCase(
            "the middle point on the other side breaks the window (reference, opposite sides)",
            ([true, false, true], [1, -1, 1]), [false, false, false]),
        RuleCase(
            "two close points on opposite sides are not a signal", ([true, true, false], [1, -1, -1]),
            [false, false, false]),
        RuleCase(
            "a point exactly on the mean breaks the window", ([true, true, false], [-1, -1, 0]), [false, false, false]),
        RuleCase("below the mean works the same", ([false, true, true], [-1, -1, -1]), [false, true, true]),
        RuleCase("two points only: no whole window at the ends", ([true, true], [1, 1]), [false, false]),
        RuleCase(
            "the first point's only window", ([true, true, false, false], [1, 1, 1, -1]), [true, true, false, false]),
        RuleCase(
            "the last point's only window", ([false, false, true, true], [-1, 1, 1, 1]), [false, false, true, true]),
        RuleCase("one close point is not enough", ([false, true, false], [1, 1, 1]), [false, false, false]),
    ]

    @Test(arguments: twoInThreeCases)
    func twoInThree(_ row: RuleCase<(close: [Bool], side: [Int]), [Bool]>) {
        #expect(SPCRules.twoInThree(close: row.input.close, side: row.input.side) == row.expected)
    }

    /// Shift: which points are flagged, from the sides.
    static let shiftCases: [RuleCase<(side: [Int], length: Int), [Bool]>] = [
        RuleCase(
            "six above are not a shift (reference: rep(1, 6))", ([1, 1, 1, 1, 1, 1], 7),
            Array(repeating: false, count: 6)),
        RuleCase(
            "six above then one below (reference)", ([1, 1, 1, 1, 1, 1, -1], 7), Array(repeating: false, count: 7)),
        RuleCase(
            "eight above then one below: all eight (reference)", (Array(repeating: 1, count: 8) + [-1], 7),
            Array(repeating: true, count: 8) + [false]),
        RuleCase(
            "eight below then one above (reference)", (Array(repeating: -1, count: 8) + [1], 7),
            Array(repeating: true, count: 8) + [false]),
        RuleCase(
            "a point exactly on the mean breaks a shift", ([1, 1, 1, 0, 1, 1, 1, 1], 7),
            Array(repeating: false, count: 8)),
        RuleCase(
            "seven on the mean are no shift", (Array(repeating: 0, count: 7), 7), Array(repeating: false, count: 7)),
        RuleCase(
            "a shift at the very end", ([1, -1, -1, -1, -1, -1, -1, -1], 7), [false] + Array(repeating: true, count: 7)),
        RuleCase("--shift 6: six are enough", ([1, 1, 1, 1, 1, 1, -1], 6), Array(repeating: true, count: 6) + [false]),
        RuleCase("no points", ([], 7), []),
    ]

    @Test(arguments: shiftCases)
    func shift(_ row: RuleCase<(side: [Int], length: Int), [Bool]>) {
        #expect(SPCRules.shift(side: row.input.side, length: row.input.length) == row.expected)
    }

    /// Which rule each point is reported by when several apply.
    static let priorityCases: [RuleCase<[Double], [SPCRule?]>] = {
        // Sixteen points alternating 9, 11 keep the mean near 10.5 and the limits near ±4.
        let base: [Double] = Array(repeating: [9.0, 11.0], count: 8).flatMap { $0 }
        let quiet = [SPCRule?](repeating: nil, count: 15)
        return [
            RuleCase(
                "outside beats trend: the last of a rising run goes beyond the upper limit",
                base + [9.5, 10, 10.5, 11, 11.5, 12, 25],
                quiet + [nil] + Array(repeating: .trend, count: 6) + [.outsideLimits]),
            RuleCase(
                "trend beats shift: a rising run that is also eight above the mean",
                base + [10.4, 10.5, 10.6, 10.7, 10.8, 10.9, 11.0, 10.9],
                quiet + [.shift] + Array(repeating: .trend, count: 7) + [.shift]),
            RuleCase(
                "two in three beats shift: two close points inside a shift",
                base + [10.5, 13.7, 13.7, 10.5, 10.5, 10.5, 10.5],
                quiet + [.shift, .shift, .twoInThree, .twoInThree, .shift, .shift, .shift, .shift]),
        ]
    }()

    @Test(arguments: priorityCases)
    func priority(_ row: RuleCase<[Double], [SPCRule?]>) throws {
        let analysis = try Series.analyse(row.input)
        #expect(analysis.points.map(\.rule) == row.expected, "\(analysis.segments[0].limits)")
    }
}
