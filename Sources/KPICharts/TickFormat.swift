import FoundationEssentials
import KPIModel

/// Axis tick labels: `85%`, `175,000`, `8.5`, `£1.85M`, with exactly the decimals the step needs.
///
/// Ticks repeat the unit only where it is a symbol (`%`, `£`); days are written bare because
/// "days" on every gridline is noise, and the subtitle names the unit.
enum TickFormat {
    static func text(_ tick: Decimal, unit: IndicatorUnit, scale: NiceScale) -> String {
        switch unit {
        case .percent:
            return FigureFormatter(unit: .percent, decimals: scale.decimals).string(tick)
        case .gbp:
            let largest = scale.ticks.map { $0 < 0 ? -$0 : $0 }.max() ?? 0
            let divisor: Decimal? = largest >= 1_000_000 ? 1_000_000 : largest >= 10_000 ? 1_000 : nil
            if let divisor, tick != 0 {
                let suffix = divisor == 1_000_000 ? "M" : "k"
                let decimals = Figure(scale.step / divisor).fractionDigits
                let number = FigureFormatter(unit: .number, decimals: decimals).string(tick / divisor)
                return number.hasPrefix("-") ? "-£" + number.dropFirst() + suffix : "£" + number + suffix
            }
            return FigureFormatter(unit: .gbp, decimals: scale.decimals).string(tick)
        case .count, .days, .number:
            return FigureFormatter(unit: .number, decimals: scale.decimals).string(tick)
        }
    }
}
