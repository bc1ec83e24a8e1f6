import FoundationEssentials
import KPIModel
import KPISPC
import KPIText

extension SPCReport {
    /// The terminal form: what was analysed and how, the two icons in words, each segment's
    /// limits, then every point with its moving range, side, rule and type; the warning last.
    public func table(width: Int = 80) -> String {
        let values = FigureFormatter(indicator)
        // Means and limits are statistics: two more decimals than the figures, so a limit just
        // above a value does not print as equal to it.
        let statistics = FigureFormatter(unit: indicator.unit, decimals: min(indicator.decimals + 2, 6))
        func stat(_ value: Double) -> String { statistics.string(Decimal(value)) }
        let asOfText = asOf.map { ", as of \($0.dateText)" } ?? ""
        let count = analysis.points.count
        var lines = [
            "\(indicator.id): \(TextEscaping.terminal(indicator.title)) (\(indicator.unit.rawValue), \(indicator.polarity.phrase)\(asOfText))",
            "XmR analysis of \(count) points, \(analysis.points.first!.period) to \(analysis.latest.period); \(settingsText)",
            "Variation: \(analysis.variation.fullPhrase); latest point \(analysis.latest.period), \(values.string(Decimal(analysis.latest.value))).",
            assuranceText(values),
            "",
        ]
        let segmentRows = analysis.segments.map { segment -> [String] in
            let limits = segment.limits
            return [
                "\(segment.from) to \(segment.to)", "\(segment.points.count)", stat(limits.mean),
                stat(limits.movingRangeMean),
                stat(limits.lowerProcessLimit), stat(limits.upperProcessLimit), segment.trial ? "yes" : "no",
            ]
        }
        lines.append(
            HistoryReport.layout(
                ["Segment", "Points", "Mean", "Avg moving range", "Lower limit", "Upper limit", "Trial"],
                segmentRows, rightAligned: [1, 2, 3, 4, 5], width: width))
        let pointRows = analysis.points.map { point -> [String] in
            [
                point.period.description, values.string(Decimal(point.value)), point.movingRange.map(stat) ?? "–",
                point.side > 0 ? "above" : point.side < 0 ? "below" : "on mean",
                point.rule.map { $0.phrase(analysis.settings) } ?? "–", point.type.word,
            ]
        }
        lines.append(
            HistoryReport.layout(
                ["Period", "Value", "Moving range", "Side", "Rule", "Type"], pointRows,
                rightAligned: [1, 2], width: width))
        if let warning = analysis.warning { lines.append("Warning: \(warning)\n") }
        return lines.joined(separator: "\n")
    }

    /// "shift 7, trend 7, outlying moving ranges screened out, limits from all points".
    var settingsText: String {
        let settings = analysis.settings
        let screening = settings.screenOutliers ? "outlying moving ranges screened out" : "no outlier screening"
        let basis = settings.fixAfter.map { "limits fixed after \($0) points" } ?? "limits from all points"
        return "shift \(settings.shift), trend \(settings.trend), \(screening), \(basis)."
    }

    func assuranceText(_ values: FigureFormatter) -> String {
        guard let target = analysis.target else { return "Assurance: none (no target for \(analysis.latest.period))." }
        guard let assurance = analysis.assurance else { return "Assurance: none (neither direction is better)." }
        let limits = analysis.segments.last!.limits
        let precise = FigureFormatter(unit: indicator.unit, decimals: min(indicator.decimals + 2, 6))
        return
            "Assurance: \(assurance.phrase) (target \(values.precise(Decimal(target))) against limits \(precise.string(Decimal(limits.lowerProcessLimit))) to \(precise.string(Decimal(limits.upperProcessLimit))))."
    }
}
