import Foundation

extension Decimal {
    /// The value rounded to `places` decimals, half away from zero, as councils and
    /// spreadsheets publish figures: 23.75 to one place is 23.8, -2.45 is -2.5.
    ///
    /// The corresponding Foundation call is `NSDecimalRound` with `.plain` rounding.
    public func rounded(toPlaces places: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}
