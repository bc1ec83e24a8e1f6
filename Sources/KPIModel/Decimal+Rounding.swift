import FoundationEssentials

extension Decimal {
    /// The value rounded to `places` decimals, half away from zero, as councils and
    /// spreadsheets publish figures: 23.75 to one place is 23.8, -2.45 is -2.5.
    ///
    /// Exact: the rounding is done on the decimal digits of the significand, never through
    /// binary floating point. It gives what Foundation's `NSDecimalRound` with `.plain` rounding
    /// gives (value and spelling, trailing zeros dropped: 1.50 to three places is 1.5), which
    /// FoundationEssentials does not offer. A negative `places` rounds to tens, hundreds, …
    public func rounded(toPlaces places: Int) -> Decimal {
        guard isFinite, self != 0 else { return isFinite ? 0 : self }
        var digits = Array(significand.magnitude.description.utf8)  // an integer: digits only
        var power = Int(exponent)  // self = ±digits × 10^power
        let dropped = -places - power
        if dropped > 0 {
            if dropped > digits.count {
                return 0  // below half a unit in the last place kept
            }
            let roundsUp = digits[digits.count - dropped] >= UInt8(ascii: "5")
            digits.removeLast(dropped)
            power += dropped
            if roundsUp { Self.increment(&digits) }
        }
        while digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            power += 1
        }
        if digits.allSatisfy({ $0 == UInt8(ascii: "0") }) { return 0 }
        let magnitude = Decimal(string: String(decoding: digits, as: UTF8.self))!
        return Decimal(sign: sign, exponent: power, significand: magnitude)
    }

    /// Adds one to a string of decimal digits, carrying; an empty string becomes "1".
    private static func increment(_ digits: inout [UInt8]) {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                digits[index] += 1
                return
            }
        }
        digits.insert(UInt8(ascii: "1"), at: 0)
    }
}
