import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Axis ticks at "nice" steps (1, 2, 2.5 or 5 times a power of ten) that cover a data range.
///
/// Readers compare values against gridlines, so gridlines must fall on round numbers; the
/// ticks are exact decimals (0.1 + 0.2 is not 0.30000000000000004 here) so labels need no
/// cleaning. The scale covers `lower...upper` completely: its first tick is at or below `lower`
/// and its last at or above `upper`.
public struct NiceScale: Sendable, Hashable {
    /// The tick values, lowest first; at least two.
    public let ticks: [Decimal]
    /// The distance between ticks.
    public let step: Decimal
    /// Decimals needed to write every tick exactly (0 for a step of 5, 1 for 2.5 or 0.5).
    public let decimals: Int

    /// The mantissas tried for a step, smallest first.
    public static let mantissas: [Decimal] = [1, 2, Decimal(string: "2.5")!, 5]

    /// The smallest nice step whose ticks cover `lower...upper` in at most `maxTicks` ticks.
    ///
    /// A flat range (`lower == upper`) is widened around the value so there is still an axis.
    /// Non-finite bounds fall back to `0...1`.
    public init(lower: Double, upper: Double, maxTicks: Int = 6) {
        var lo = Swift.min(lower, upper), hi = Swift.max(lower, upper)
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if hi - lo < Swift.max(abs(hi), abs(lo)) * 1e-12 || hi == lo {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let maxTicks = Swift.max(maxTicks, 2)
        let rough = (hi - lo) / Double(maxTicks - 1)
        var exponent = Int(log10(rough).rounded(.down)) - 1
        while true {
            for mantissa in Self.mantissas {
                let step = mantissa * Self.power(exponent)
                let stepValue = step.doubleValue
                let firstIndex = Self.index(lo / stepValue, rounding: .down)
                let lastIndex = Self.index(hi / stepValue, rounding: .up)
                if lastIndex - firstIndex + 1 <= maxTicks, lastIndex > firstIndex {
                    self.step = step
                    self.ticks = (firstIndex...lastIndex).map { Decimal($0) * step }
                    self.decimals = Swift.max(0, mantissa == 2.5 ? 1 - exponent : -exponent)
                    return
                }
            }
            exponent += 1
        }
    }

    /// The lowest tick as a `Double`, the bottom of the axis.
    public var lowerBound: Double { ticks.first!.doubleValue }
    /// The highest tick as a `Double`, the top of the axis.
    public var upperBound: Double { ticks.last!.doubleValue }

    /// `10^exponent` as an exact decimal.
    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `value` rounded to a whole tick index, treating values within rounding noise of a whole
    /// number as that number (so 0.3 / 0.1 is index 3, not 4).
    private static func index(_ value: Double, rounding: FloatingPointRoundingRule) -> Int {
        let nearest = value.rounded()
        if abs(value - nearest) < 1e-9 * Swift.max(1, abs(value)) { return Int(nearest) }
        return Int(value.rounded(rounding))
    }
}
