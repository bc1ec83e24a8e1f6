import Foundation
import KPITestSupport
import Testing

@testable import KPIModel

/// Regressions found while hardening kpi against hostile input (issue 7).
@Suite("Figures: reliability regressions")
struct FigureRegressionTests {
    /// `Decimal` holds exponents down to -128 only: "0." followed by 130 zeros and a 1 used to
    /// be accepted, printed as typed, and compared as 0, so its status and direction of travel
    /// were decided on a value nobody recorded.
    @Test(
        "more than 18 digits after the point are refused, not silently turned into 0",
        arguments: [
            "0." + String(repeating: "0", count: 130) + "1",
            "0." + String(repeating: "0", count: 300) + "1",
            "-0.0000000000000000001",
            "5.0000000000000000000",
        ])
    func tooManyFractionDigits(_ text: String) {
        #expect(throws: FieldError.self) { try Figure(parsing: text) }
    }

    @Test(
        "up to 18 digits after the point keep their exact value",
        arguments: [
            "0.000000000000000001", "-0.000000000000000125", "0.000000000000000000", "123456789.123456789",
        ])
    func eighteenFractionDigits(_ text: String) throws {
        let figure = try Figure(parsing: text)
        #expect(figure.text == text)
        #expect(figure.decimal == Decimal(string: text)!)
        #expect((figure.decimal != 0) == text.contains { $0 >= "1" && $0 <= "9" })
    }

    @Test("the message says what was wrong")
    func message() {
        #expect(
            throws: FieldError(
                field: "value",
                "expected a number such as 85.5, found \"0.0000000000000000001\" (at most 18 digits after the point)")
        ) {
            try Figure(parsing: "0.0000000000000000001")
        }
    }

    /// The property the period/figure fuzz target checks, over random short inputs.
    @Test(
        "any figure that parses reads back to itself with a value that matches its digits",
        arguments: PropertySeed.arguments)
    func roundTripProperty(seed: PropertySeed) {
        var generator = seed.generator()
        let alphabet = Array("0123456789.-+ e,%x")
        for _ in 0..<20_000 {
            let text = String(
                (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            guard let figure = try? Figure(parsing: text) else { continue }
            let again = try? Figure(parsing: figure.text)
            #expect(again == figure && again?.text == figure.text)
            #expect((figure.decimal != 0) == figure.text.contains { $0 >= "1" && $0 <= "9" }, "\(text)")
            #expect(figure.text.hasPrefix("-") == (figure.decimal < 0), "\(text)")
        }
    }
}
