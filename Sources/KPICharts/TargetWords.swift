import FoundationEssentials
import KPIModel
import KPIStatus

/// The words that name a target's bands: a chart's edge labels and the pack's facts line.
///
/// One place, so the chart's "Red below 85.5%" and the page's "(red below 85.5%)" always agree,
/// and a `closer` indicator's two-sided band is described the same way everywhere.
public enum TargetWords {
    /// The red zones' inner edges with their words: "Red below 85.5%" (higher is better), "Red
    /// above 2.20 days" (lower is better), both for closer.
    static func redEdges(_ target: Target, polarity: Polarity, formatter: FigureFormatter) -> [(
        text: String, value: Decimal
    )] {
        target.zones(polarity: polarity).filter { $0.status == .red }.compactMap { zone in
            if let high = zone.high, zone.low == nil, high != target.value.decimal || polarity == .closer {
                return ("Red below \(formatter.precise(high))", high)
            }
            if let low = zone.low, zone.high == nil, low != target.value.decimal || polarity == .closer {
                return ("Red above \(formatter.precise(low))", low)
            }
            return nil
        }
    }

    /// The band in words for a sentence, or nil when there is none to name: "red below 85.5%",
    /// "red above 2.20 days", "green within 1% of target either side, red beyond 5%".
    public static func bandPhrase(_ target: Target, polarity: Polarity, formatter: FigureFormatter) -> String? {
        guard polarity == .closer else {
            return redEdges(target, polarity: polarity, formatter: formatter).first.map { $0.text.lowercasedFirst() }
        }
        let (green, amber) = target.closeness
        let percent = FigureFormatter(unit: .percent, decimals: 0)
        let greenText =
            green == 0 ? "green only on target" : "green within \(percent.precise(green)) of target either side"
        return amber > green ? "\(greenText), red beyond \(percent.precise(amber))" : "\(greenText), red beyond"
    }
}
