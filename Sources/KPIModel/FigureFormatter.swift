import FoundationEssentials

/// Writes figures the way a committee report does: `85%`, `175,776`, `8.25 days`, `£1,834,000`.
///
/// Rounding is decimal half-away-from-zero at the indicator's decimals, so 84.5% shows as 85%
/// as it would in a spreadsheet; the stored figure is never changed.
public struct FigureFormatter: Sendable {
    public let unit: IndicatorUnit
    public let decimals: Int

    public init(unit: IndicatorUnit, decimals: Int) {
        self.unit = unit
        self.decimals = decimals
    }

    public init(_ indicator: Indicator) {
        self.init(unit: indicator.unit, decimals: indicator.decimals)
    }

    /// The figure with its unit: `85%`, `175,776`, `8.25 days`, `£1,834,000`, `-3.5`.
    public func string(_ value: Decimal) -> String {
        let number = Self.grouped(value, decimals: decimals)
        switch unit {
        case .percent: return number + "%"
        case .days: return number + (value == 1 ? " day" : " days")
        case .gbp: return number.hasPrefix("-") ? "-£" + number.dropFirst() : "£" + number
        case .count, .number: return number
        }
    }

    public func string(_ figure: Figure) -> String { string(figure.decimal) }

    /// The value with at least the indicator's decimals and as many more as it needs, for
    /// thresholds: an amber threshold of 85.5% must not show as 86%.
    /// Money keeps its own decimals (whole pounds by default): a threshold of £244,758.15 is
    /// shown as £244,758.
    public func precise(_ value: Decimal) -> String {
        guard unit != .gbp else { return string(value) }
        let needed = Figure(value).fractionDigits
        return FigureFormatter(unit: unit, decimals: min(max(decimals, needed), 6)).string(value)
    }

    /// The number alone, without unit or grouping, for CSV and JSON: `85`, `8.25`.
    public func plain(_ value: Decimal) -> String {
        Self.digits(Self.rounded(value, decimals: decimals), decimals: decimals)
    }

    /// A variance from plan in words, for money: "£45,594 under plan (2.4%)", "£12,000 over plan
    /// (0.6%)", or "on plan" when it is zero. `percent` is the variance in percent of the
    /// target, already rounded (see `StatusRules.variancePercent`); the sign goes into the
    /// words, never a minus or brackets, so a councillor reads it aloud as written.
    public func planVariance(_ variance: Decimal, percent: Decimal?) -> String {
        guard variance != 0 else { return "on plan" }
        let amount = string(variance.magnitude)
        let share = percent.map { " (\(FigureFormatter(unit: .percent, decimals: 1).string($0.magnitude)))" } ?? ""
        return "\(amount) \(variance < 0 ? "under" : "over") plan\(share)"
    }

    static func rounded(_ value: Decimal, decimals: Int) -> Decimal {
        value.rounded(toPlaces: decimals)
    }

    /// Plain digits with exactly `decimals` places, no grouping.
    static func digits(_ value: Decimal, decimals: Int) -> String {
        let negative = value < 0
        let magnitude = negative ? -value : value
        let text = magnitude.description  // always plain digits, never exponent notation
        var whole = text
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            whole = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        if fraction.count < decimals {
            fraction += String(repeating: "0", count: decimals - fraction.count)
        } else if fraction.count > decimals {
            fraction = String(fraction.prefix(decimals))
        }
        let body = decimals > 0 ? "\(whole).\(fraction)" : whole
        let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
        return (negative && !isZero ? "-" : "") + body
    }

    static func grouped(_ value: Decimal, decimals: Int) -> String {
        let plain = digits(rounded(value, decimals: decimals), decimals: decimals)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let whole = body.split(separator: ".", maxSplits: 1).first.map(String.init) ?? body
        let rest = body.dropFirst(whole.count)
        var groupedWhole = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { groupedWhole += "," }
            groupedWhole.append(character)
        }
        return (negative ? "-" : "") + groupedWhole + rest
    }
}
