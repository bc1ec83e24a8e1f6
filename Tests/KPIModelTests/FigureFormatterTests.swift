import Foundation
import Testing
@testable import KPIModel

@Suite("Figure formatting")
struct FigureFormatterTests {
    @Test("figures read as in a committee report", arguments: [
        (IndicatorUnit.percent, 0, "85", "85%"), (.percent, 0, "84.5", "85%"), (.percent, 1, "84.25", "84.3%"),
        (.count, 0, "175776", "175,776"), (.count, 0, "1000000000", "1,000,000,000"), (.count, 0, "-1234", "-1,234"),
        (.days, 2, "8.2", "8.20 days"), (.days, 0, "1", "1 day"), (.gbp, 0, "1834000", "£1,834,000"),
        (.gbp, 0, "-45594", "-£45,594"), (.number, 2, "0", "0.00"), (.number, 2, "-0.001", "0.00"),
    ])
    func formatted(_ unit: IndicatorUnit, _ decimals: Int, _ value: String, _ expected: String) {
        #expect(FigureFormatter(unit: unit, decimals: decimals).string(Decimal(string: value)!) == expected)
    }

    @Test func compactMoney() {
        let gbp = FigureFormatter(unit: .gbp, decimals: 0)
        #expect(gbp.compact(1_834_000) == "£1.83m")
        #expect(gbp.compact(45_594) == "£45.6k")
        #expect(gbp.compact(950) == "£950")
    }

    @Test func precision() {
        #expect(FigureFormatter(unit: .percent, decimals: 0).precise(Decimal(string: "85.5")!) == "85.5%")
        #expect(FigureFormatter(unit: .percent, decimals: 0).precise(85) == "85%")
    }
}
