import Foundation
import Testing

@testable import KPIModel

@Suite("Figure formatting")
struct FigureFormatterTests {
    @Test(
        "figures read as in a committee report",
        arguments: [
            (IndicatorUnit.percent, 0, "85", "85%"), (.percent, 0, "84.5", "85%"), (.percent, 1, "84.25", "84.3%"),
            (.count, 0, "175776", "175,776"), (.count, 0, "1000000000", "1,000,000,000"),
            (.count, 0, "-1234", "-1,234"),
            (.days, 2, "8.2", "8.20 days"), (.days, 0, "1", "1 day"), (.gbp, 0, "1834000", "£1,834,000"),
            (.gbp, 0, "-45594", "-£45,594"), (.number, 2, "0", "0.00"), (.number, 2, "-0.001", "0.00"),
        ])
    func formatted(_ unit: IndicatorUnit, _ decimals: Int, _ value: String, _ expected: String) {
        #expect(FigureFormatter(unit: unit, decimals: decimals).string(Decimal(string: value)!) == expected)
    }

    @Test(
        "a variance from plan in words, whole pounds",
        arguments: [
            ("-45594", "-2.4", "£45,594 under plan (2.4%)"), ("12000", "0.6", "£12,000 over plan (0.6%)"),
            ("0", "0", "on plan"), ("-5", "0", "£5 under plan (0.0%)"),
            ("-40302", "-34.6", "£40,302 under plan (34.6%)"),
            ("67.4", "0.1", "£67 over plan (0.1%)"),
        ])
    func planVariance(_ variance: String, _ percent: String, _ expected: String) {
        let gbp = FigureFormatter(unit: .gbp, decimals: 0)
        #expect(gbp.planVariance(Decimal(string: variance)!, percent: Decimal(string: percent)!) == expected)
    }

    @Test func precision() {
        #expect(FigureFormatter(unit: .percent, decimals: 0).precise(Decimal(string: "85.5")!) == "85.5%")
        #expect(FigureFormatter(unit: .percent, decimals: 0).precise(85) == "85%")
    }
}
