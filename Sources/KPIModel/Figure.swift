import FoundationEssentials

/// A recorded number, kept exactly as typed: "85", "8.25", "-3", "175776".
///
/// Figures are decimal, never binary floating point, so that the text written to a Series file
/// is exactly what the officer entered and the comparison with a target is exact at its
/// boundary (90 is not 89.99999). ``text`` is the spelling kept in the file; ``decimal`` is the
/// value used for arithmetic. Two figures are equal when their values are equal (85 == 85.0).
public struct Figure: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The exact value.
    public let decimal: Decimal
    /// The canonical spelling: an optional minus sign, digits, and an optional fraction.
    public let text: String

    /// The largest magnitude accepted; beyond it a figure is almost certainly a typing error.
    public static let limit: Decimal = 1_000_000_000_000_000
    /// The most significant digits kept; enough for any council figure, and exact in `Decimal`.
    public static let maximumDigits = 18

    init(decimal: Decimal, text: String) {
        self.decimal = decimal
        self.text = text
    }

    /// The figure as a `Double`, for drawing only; never used for status decisions.
    public var doubleValue: Double { decimal.doubleValue }

    /// The number of digits after the decimal point as typed ("8.25" has 2).
    public var fractionDigits: Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: text.index(after: dot), to: text.endIndex)
    }

    public var isNegative: Bool { decimal < 0 }

    /// Whether the figure lies in 0...100, decided from its text for the common cases
    /// (a Decimal comparison is slow, and this runs for every percent line of a store).
    public var isWithinPercentRange: Bool {
        if text.hasPrefix("-") { return false }  // canonical text has "-" only for non-zero values
        let whole = text.utf8.prefix { $0 != UInt8(ascii: ".") }
        let significant = whole.drop { $0 == UInt8(ascii: "0") }
        if significant.count < 3 { return true }
        return decimal <= 100
    }

    public var description: String { text }

    public static func == (lhs: Figure, rhs: Figure) -> Bool { lhs.decimal == rhs.decimal }
    public func hash(into hasher: inout Hasher) { hasher.combine(decimal) }
    public static func < (lhs: Figure, rhs: Figure) -> Bool { lhs.decimal < rhs.decimal }
}
