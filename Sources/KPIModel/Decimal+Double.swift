import FoundationEssentials

extension Decimal {
    /// The nearest `Double`, for drawing only (positions on a chart); never used for status
    /// decisions, which compare decimals exactly.
    ///
    /// Correctly rounded: the decimal's exact digits are read by the standard library's
    /// `Double(_: String)`, so 0.07 is the same `Double` as the literal `0.07`. (Foundation's
    /// `NSDecimalNumber.doubleValue`, which FoundationEssentials does not offer, divides by ten
    /// once per decimal place and can be one unit in the last place off.)
    public var doubleValue: Double {
        Double(description) ?? .nan
    }
}
