import Testing

@testable import KPIModel

@Suite("Indicator ids")
struct IndicatorIDTests {
    @Test("valid ids", arguments: ["ICT01", "a", "HR.sick_days-2", String(repeating: "x", count: 32), "0abc"])
    func valid(_ text: String) throws {
        #expect(try IndicatorID(text).rawValue == text)
    }

    @Test(
        "ids that could escape the store or confuse a shell are rejected",
        arguments: [
            "", "../etc", "a/b", "..", ".hidden", "-rf", "has space", "nul\u{0}byte", String(repeating: "x", count: 33),
            "é", "a\\b", "ICT01\n",
        ])
    func invalid(_ text: String) {
        #expect(throws: FieldError.self) { try IndicatorID(text) }
    }
}
