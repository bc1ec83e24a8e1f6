import Foundation
import KPITestSupport
import Testing

@testable import KPIModel

@Suite("Figures")
struct FigureTests {
    @Test(
        "plain decimals are kept exactly as typed",
        arguments: [
            ("85", "85"), ("85.5", "85.5"), ("-3.25", "-3.25"), ("+12", "12"), ("0.10", "0.10"), ("-0", "0"),
            ("175776", "175776"), ("1000000000000000", "1000000000000000"), ("007", "007"),
        ])
    func accepted(_ text: String, _ canonical: String) throws {
        let figure = try Figure(parsing: text)
        #expect(figure.text == canonical)
        #expect(figure.decimal == Decimal(string: canonical)!)
    }

    @Test(
        "anything else is rejected",
        arguments: [
            ("NaN", "value: expected a number such as 85.5, found \"NaN\""),
            ("inf", "value: expected a number such as 85.5, found \"inf\""),
            ("-infinity", "value: expected a number such as 85.5, found \"-infinity\""),
            ("1e400", "value: expected a number such as 85.5, found \"1e400\""),
            ("--5", "value: expected a number such as 85.5, found \"--5\""),
            (
                "85,5",
                "value: expected a number such as 85.5, found \"85,5\" (use a point for decimals and no thousands separators)"
            ),
            ("0x10", "value: expected a number such as 85.5, found \"0x10\""),
            ("", "value: expected a number such as 85.5, found nothing"),
            (".5", "value: expected a number such as 85.5, found \".5\""),
            ("5.", "value: expected a number such as 85.5, found \"5.\""),
            ("1.2.3", "value: expected a number such as 85.5, found \"1.2.3\""),
            (" 85", "value: expected a number such as 85.5, found \" 85\""),
            ("1000000000000000.1", "value: expected a number between -1e15 and 1e15, found \"1000000000000000.1\""),
            ("-2000000000000000", "value: expected a number between -1e15 and 1e15, found \"-2000000000000000\""),
            (
                "1234567890.1234567891",
                "value: expected a number such as 85.5, found \"1234567890.1234567891\" (at most 18 significant digits)"
            ),
        ])
    func rejected(_ text: String, _ message: String) {
        do {
            _ = try Figure(parsing: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a 2 MB value gives a short message")
    func hugeValue() {
        let text = String(repeating: "1", count: 2_000_000)
        do {
            _ = try Figure(parsing: text)
            Issue.record("accepted a 2 MB value")
        } catch {
            #expect(error.description.count < 200)
            #expect(error.description.contains("…\" (2000000 characters)"))
        }
    }

    @Test("equal values compare equal whatever their spelling")
    func equality() throws {
        #expect(try Figure(parsing: "85") == Figure(parsing: "85.0"))
        #expect(try Figure(parsing: "85.4") < Figure(parsing: "85.5"))
        #expect(try Figure(parsing: "-1") < Figure(parsing: "0"))
    }

    @Test("printing and reading back any figure gives the same value", arguments: PropertySeed.arguments)
    func roundTripProperty(seed: PropertySeed) throws {
        var generator = seed.generator()
        for _ in 0..<2_000 {
            let whole = Int64.random(in: -999_999_999_999...999_999_999_999, using: &generator)
            let fraction = Int.random(in: 0...999, using: &generator)
            let text = "\(whole).\(fraction)"
            let figure = try Figure(parsing: text)
            #expect(try Figure(parsing: figure.text) == figure)
            #expect(figure.text == text)
        }
    }
}
