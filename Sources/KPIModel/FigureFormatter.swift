import Foundation

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
    public func precise(_ value: Decimal) -> String {
        let needed = Figure(value).fractionDigits
        return FigureFormatter(unit: unit, decimals: min(max(decimals, needed), 6)).string(value)
    }

    /// The number alone, without unit or grouping, for CSV and JSON: `85`, `8.25`.
    public func plain(_ value: Decimal) -> String {
        Self.digits(Self.rounded(value, decimals: decimals), decimals: decimals)
    }

    /// A short form for chart labels: `£1.83m`, `175.8k` stays `175,776` (counts are kept whole).
    public func compact(_ value: Decimal) -> String {
        guard unit == .gbp else { return string(value) }
        let magnitude = value < 0 ? -value : value
        let sign = value < 0 ? "-" : ""
        if magnitude >= 1_000_000 {
            return "\(sign)£\(Self.digits(Self.rounded(magnitude / 1_000_000, decimals: 2), decimals: 2))m"
        }
        if magnitude >= 10_000 {
            return "\(sign)£\(Self.digits(Self.rounded(magnitude / 1_000, decimals: 1), decimals: 1))k"
        }
        return string(value)
    }

    static func rounded(_ value: Decimal, decimals: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, decimals, .plain)
        return result
    }

    /// Plain digits with exactly `decimals` places, no grouping.
    static func digits(_ value: Decimal, decimals: Int) -> String {
        let negative = value < 0
        let magnitude = negative ? -value : value
        var text = "\(magnitude)"
        if text.contains("e") || text.contains("E") {
            text = NSDecimalNumber(decimal: magnitude).stringValue
        }
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
