import Foundation
import Testing

@testable import KPIModel

/// KPIModel's own decimal rounding, decimal-to-double conversion and trimming, which replace
/// Foundation calls that FoundationEssentials lacks: each is checked against a table of exact
/// answers and against the Foundation call it replaces (tests may use all of Foundation).
@Suite("Decimals and trimming without Foundation")
struct DecimalHelpersTests {
    @Test(
        "rounding is half away from zero on the decimal digits",
        arguments: [
            ("23.75", 1, "23.8"), ("-2.45", 1, "-2.5"), ("84.5", 0, "85"), ("-84.5", 0, "-85"), ("84.49", 0, "84"),
            ("0.05", 1, "0.1"), ("-0.04", 1, "0"), ("0.0049", 2, "0"), ("0.005", 2, "0.01"), ("0.004", 2, "0"),
            ("99.95", 1, "100"), ("9.995", 2, "10"), ("-9.995", 2, "-10"), ("155", -1, "160"), ("154", -1, "150"),
            ("1.50", 3, "1.5"), ("100", 1, "100"), ("0", 2, "0"), ("8.25", 6, "8.25"),
            ("66.666666666666666666", 1, "66.7"),
            ("123456789012345678.5", 0, "123456789012345679"), ("0.00000000000000000049", 18, "0"),
            ("0.0000000000000000005", 18, "0.000000000000000001"),
            ("33.33333333333333333333333333333333333", 2, "33.33"),
        ])
    func rounding(_ input: String, _ places: Int, _ expected: String) {
        let rounded = Decimal(string: input)!.rounded(toPlaces: places)
        #expect(rounded.description == expected)
        #expect(rounded == Decimal(string: expected)!)
    }

    @Test("rounding gives what NSDecimalRound with .plain gives, value and spelling")
    func roundingMatchesFoundation() {
        var inputs: [Decimal] = []
        for thousandths in stride(from: -30_005, through: 30_005, by: 7) { inputs.append(Decimal(thousandths) / 1000) }
        for n in 1...300 { inputs.append(Decimal(n) * 100 / 7) }  // long fractions
        inputs += ["999999.9995", "0.5", "-0.5", "5e-20", "12345678901234567890.123456789"].map { Decimal(string: $0)! }
        var mismatches: [String] = []
        for input in inputs {
            for places in -2...6 {
                var exact = input
                var expected = Decimal()
                NSDecimalRound(&expected, &exact, places, .plain)
                let rounded = input.rounded(toPlaces: places)
                if rounded != expected || rounded.description != expected.description {
                    mismatches.append("\(input) to \(places): \(rounded), Foundation \(expected)")
                }
            }
        }
        #expect(mismatches == [])
    }

    @Test(
        "a decimal converts to the nearest Double, as the same digits typed as a literal",
        arguments: [
            ("0.07", 0.07), ("-19.999", -19.999), ("8.25", 8.25), ("175776", 175_776), ("0.1", 0.1),
            ("-199.96", -199.96),
            ("1000000000000000", 1e15), ("0.000000000000000001", 1e-18), ("0", 0),
        ])
    func toDouble(_ text: String, _ expected: Double) throws {
        #expect(Decimal(string: text)!.doubleValue == expected)
        #expect(try Figure(parsing: text).doubleValue == expected)
    }

    @Test("the conversion is correctly rounded for every thousandth in ±200")
    func toDoubleGrid() {
        var wrong: [String] = []
        for thousandths in -200_000...200_000 where thousandths % 13 == 0 || abs(thousandths) < 2_000 {
            let decimal = Decimal(thousandths) / 1000
            if decimal.doubleValue != Double(thousandths) / 1000 { wrong.append("\(decimal)") }
        }
        #expect(wrong == [])
        #expect(Decimal.nan.doubleValue.isNaN)
    }

    @Test("blanks are trimmed as Foundation's .whitespaces trims them")
    func blanks() {
        let samples = [
            "", " ", "\t", " a ", "\ta b\t", "\u{00A0}title\u{3000}", "\u{2003}\u{2009}x", "\nx\n", "\r x",
            "\u{200B}x", " \u{00A0} ", "é ", " 1,2 ", "x\u{205F}",
        ]
        for sample in samples {
            #expect(
                sample.trimmingBlanks() == sample.trimmingCharacters(in: .whitespaces),
                "\(Array(sample.unicodeScalars))")
            #expect(sample[...].trimmingBlanks() == sample.trimmingCharacters(in: .whitespaces))
            #expect(sample.trimmingSpacesAndTabs() == sample.trimmingCharacters(in: [" ", "\t"]))
        }
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "\(scalar)x\(scalar)"
            return text.trimmingBlanks() != text.trimmingCharacters(in: .whitespaces)
        }
        #expect(differing == [])
    }
}
