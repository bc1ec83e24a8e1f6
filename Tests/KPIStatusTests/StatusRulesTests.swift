import Foundation
import KPIModel
import KPITestSupport
import Testing

@testable import KPIStatus

/// One row of the rules table: value, target, amber rule, polarity, expected status.
struct RuleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let value: String?
    let target: String?
    let amber: AmberRule?
    let polarity: Polarity
    let expected: Status
    var testDescription: String { rule }
}

private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }

@Suite("Status rules")
struct StatusRulesTests {
    static let cases: [RuleCase] = [
        // Higher is better, target 90, amber threshold 85.
        RuleCase(
            rule: "higher: above target is green", value: "95", target: "90", amber: .threshold(fig("85")),
            polarity: .higherIsBetter, expected: .green),
        RuleCase(
            rule: "higher: exactly on target is green", value: "90", target: "90", amber: .threshold(fig("85")),
            polarity: .higherIsBetter, expected: .green),
        RuleCase(
            rule: "higher: just below target is amber", value: "89.999", target: "90", amber: .threshold(fig("85")),
            polarity: .higherIsBetter, expected: .amber),
        RuleCase(
            rule: "higher: exactly on the amber threshold is amber", value: "85", target: "90",
            amber: .threshold(fig("85")), polarity: .higherIsBetter, expected: .amber),
        RuleCase(
            rule: "higher: just below the amber threshold is red", value: "84.999", target: "90",
            amber: .threshold(fig("85")), polarity: .higherIsBetter, expected: .red),
        RuleCase(
            rule: "higher: no amber rule means below target is red", value: "89.9", target: "90", amber: nil,
            polarity: .higherIsBetter, expected: .red),
        // Higher is better, tolerance 5% of 90 = 4.5, so A = 85.5.
        RuleCase(
            rule: "higher: 5% tolerance, 85.5 is amber", value: "85.5", target: "90", amber: .tolerance(fig("5")),
            polarity: .higherIsBetter, expected: .amber),
        RuleCase(
            rule: "higher: 5% tolerance, 85.4 is red", value: "85.4", target: "90", amber: .tolerance(fig("5")),
            polarity: .higherIsBetter, expected: .red),
        RuleCase(
            rule: "higher: 0% tolerance is an empty band", value: "89.99", target: "90", amber: .tolerance(fig("0")),
            polarity: .higherIsBetter, expected: .red),
        // Lower is better, target 8 days, amber threshold 9.
        RuleCase(
            rule: "lower: below target is green", value: "7", target: "8", amber: .threshold(fig("9")),
            polarity: .lowerIsBetter, expected: .green),
        RuleCase(
            rule: "lower: exactly on target is green", value: "8", target: "8", amber: .threshold(fig("9")),
            polarity: .lowerIsBetter, expected: .green),
        RuleCase(
            rule: "lower: just above target is amber", value: "8.01", target: "8", amber: .threshold(fig("9")),
            polarity: .lowerIsBetter, expected: .amber),
        RuleCase(
            rule: "lower: exactly on the amber threshold is amber", value: "9", target: "8",
            amber: .threshold(fig("9")), polarity: .lowerIsBetter, expected: .amber),
        RuleCase(
            rule: "lower: above the amber threshold is red", value: "9.01", target: "8", amber: .threshold(fig("9")),
            polarity: .lowerIsBetter, expected: .red),
        RuleCase(
            rule: "lower: 10% tolerance of 8 is 8.8, amber", value: "8.8", target: "8", amber: .tolerance(fig("10")),
            polarity: .lowerIsBetter, expected: .amber),
        RuleCase(
            rule: "lower: 10% tolerance of 8, 8.81 is red", value: "8.81", target: "8", amber: .tolerance(fig("10")),
            polarity: .lowerIsBetter, expected: .red),
        // Negative targets use |T| for the tolerance.
        RuleCase(
            rule: "higher, negative target -10 with 10%: A = -11, -11 is amber", value: "-11", target: "-10",
            amber: .tolerance(fig("10")), polarity: .higherIsBetter, expected: .amber),
        RuleCase(
            rule: "higher, negative target -10 with 10%: -11.1 is red", value: "-11.1", target: "-10",
            amber: .tolerance(fig("10")), polarity: .higherIsBetter, expected: .red),
        RuleCase(
            rule: "lower, negative target -10 with 10%: A = -9, -9 is amber", value: "-9", target: "-10",
            amber: .tolerance(fig("10")), polarity: .lowerIsBetter, expected: .amber),
        RuleCase(
            rule: "lower, negative target -10 with 10%: -8.9 is red", value: "-8.9", target: "-10",
            amber: .tolerance(fig("10")), polarity: .lowerIsBetter, expected: .red),
        RuleCase(
            rule: "lower, negative target: -10.5 is green", value: "-10.5", target: "-10", amber: .tolerance(fig("10")),
            polarity: .lowerIsBetter, expected: .green),
        // No target, no value.
        RuleCase(
            rule: "a value without a target is no-target", value: "50", target: nil, amber: nil,
            polarity: .higherIsBetter, expected: .noTarget),
        RuleCase(
            rule: "no value is missing, target or not", value: nil, target: "90", amber: nil, polarity: .higherIsBetter,
            expected: .missing),
        RuleCase(
            rule: "no value and no target is missing", value: nil, target: nil, amber: nil, polarity: .lowerIsBetter,
            expected: .missing),
    ]

    @Test("the RAG rules", arguments: cases)
    func rule(_ rule: RuleCase) {
        let target = rule.target.map {
            Target(value: fig($0), amber: rule.amber, from: Period(startYear: 2021, quarter: 1))
        }
        let status = StatusRules.status(value: rule.value.map(fig), target: target, polarity: rule.polarity)
        #expect(status == rule.expected, "\(rule.rule)")
    }

    @Test(
        "direction of travel is judged by polarity",
        arguments: [
            ("80", "85", Polarity.higherIsBetter, DirectionOfTravel.improving),
            ("85", "80", .higherIsBetter, .worsening),
            ("85", "85.0", .higherIsBetter, .noChange),
            ("8", "9", .lowerIsBetter, .worsening),
            ("9", "8", .lowerIsBetter, .improving),
            ("-2", "-1", .lowerIsBetter, .worsening),
        ])
    func direction(_ earlier: String, _ current: String, _ polarity: Polarity, _ expected: DirectionOfTravel) {
        #expect(
            StatusRules.direction(from: fig(earlier).decimal, to: fig(current).decimal, polarity: polarity) == expected)
    }

    @Test func unknownDirection() {
        #expect(StatusRules.direction(from: nil, to: 5, polarity: .higherIsBetter) == .unknown)
        #expect(StatusRules.direction(from: 5, to: nil, polarity: .lowerIsBetter) == .unknown)
    }

    @Test("a better value never gets a worse status (any target, band and polarity)", arguments: PropertySeed.arguments)
    func monotoneProperty(seed: PropertySeed) {
        let rank: [Status: Int] = [.red: 0, .amber: 1, .green: 2]
        var generator = seed.generator()
        for _ in 0..<5_000 {
            let polarity: Polarity = Bool.random(using: &generator) ? .higherIsBetter : .lowerIsBetter
            let target = Decimal(Int.random(in: -1000...1000, using: &generator))
            let width = Decimal(Int.random(in: 0...200, using: &generator))
            let amber = polarity == .higherIsBetter ? target - width : target + width
            let a = Decimal(Int.random(in: -1500...1500, using: &generator))
            let b = Decimal(Int.random(in: -1500...1500, using: &generator))
            let (worse, better) = polarity == .higherIsBetter ? (min(a, b), max(a, b)) : (max(a, b), min(a, b))
            let s1 = StatusRules.status(value: worse, target: target, amberThreshold: amber, polarity: polarity)
            let s2 = StatusRules.status(value: better, target: target, amberThreshold: amber, polarity: polarity)
            #expect(rank[s1]! <= rank[s2]!)
            // And the direction of travel from worse to better is improving (or no change).
            let direction = StatusRules.direction(from: worse, to: better, polarity: polarity)
            #expect(direction == (a == b ? .noChange : .improving))
        }
    }
}
