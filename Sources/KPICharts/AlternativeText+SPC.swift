import FoundationEssentials
import KPIModel
import KPISPC

extension AlternativeText {
    /// What an XmR chart shows, in words: the points and range, the limits, the two icons, the
    /// special causes, rebases, trial limits and gaps.
    ///
    /// "AE01 A&E four-hour breaches, trust RQM: XmR chart of 24 points from 2016/17 Q1 to
    /// 2021/22 Q4. Mean 1,545.2, process limits 740.4 to 2,349.9. Variation: common cause; the
    /// latest point, 1,564 in 2021/22 Q4, …"
    public static func spcDescription(_ analysis: SPCAnalysis, indicator: Indicator, missing: Int) -> String {
        let values = FigureFormatter(indicator)
        let statistics = SPCChartLayout.statisticsFormatter(indicator)
        func stat(_ value: Double) -> String { statistics.string(Decimal(value)) }
        let points = analysis.points
        let latest = analysis.latest
        var sentences = [
            "\(indicator.id) \(TextFitting.clean(indicator.title)): XmR chart of \(points.count) point\(points.count == 1 ? "" : "s") from \(points.first!.period) to \(latest.period)"
        ]
        for (index, segment) in analysis.segments.enumerated() {
            let scope =
                analysis.segments.count == 1
                ? "" : index == 0 ? "Up to \(segment.to): " : "Rebased from \(segment.from): "
            let trial = segment.trial ? " (trial limits, fewer than \(SPCSegment.stablePointCount) points)" : ""
            sentences.append(
                "\(scope)\(scope.isEmpty ? "Mean" : "mean") \(stat(segment.limits.mean)), process limits \(stat(segment.limits.lowerProcessLimit)) to \(stat(segment.limits.upperProcessLimit))\(trial)"
            )
        }
        let latestText = "the latest point, \(values.string(Decimal(latest.value))) in \(latest.period)"
        let settings = analysis.settings
        switch latest.rule {
        case nil: sentences.append("Variation: common cause; \(latestText), shows no special cause")
        case .outsideLimits?:
            sentences.append(
                "Variation: \(analysis.variation.fullPhrase); \(latestText), is outside the process limits")
        case .trend?:
            sentences.append(
                "Variation: \(analysis.variation.fullPhrase); \(latestText), ends a run of \(settings.trend) or more points each \(latest.direction > 0 ? "higher" : "lower") than the last"
            )
        case .twoInThree?:
            sentences.append(
                "Variation: \(analysis.variation.fullPhrase); \(latestText), is one of 2 in 3 points near a process limit"
            )
        case .shift?:
            sentences.append(
                "Variation: \(analysis.variation.fullPhrase); \(latestText), ends a run of \(settings.shift) or more points \(latest.side > 0 ? "above" : "below") the mean"
            )
        }
        if let target = analysis.target {
            let where_ = analysis.assurance == .inconsistent ? "lies between the limits" : "lies outside the limits"
            sentences.append(
                analysis.assurance.map {
                    "Assurance: \($0.phrase); the target of \(values.precise(Decimal(target))) \(where_)"
                }
                    ?? "No assurance: neither direction is better")
        } else {
            sentences.append("No target, so no assurance")
        }
        let special = points.filter { $0.rule != nil }
        if special.isEmpty {
            sentences.append("No point shows special cause")
        } else {
            let groups = [SPCPointType.improvement, .concern, .neutralHigh, .neutralLow].compactMap { type -> String? in
                let matching = special.filter { $0.type == type }
                guard !matching.isEmpty else { return nil }
                let periods =
                    matching.count <= 6
                    ? matching.map { "\($0.period)" }.joined(separator: ", ")
                    : "\(matching.first!.period) to \(matching.last!.period)"
                return "\(matching.count) \(type.word) (\(periods))"
            }
            sentences.append(
                "\(special.count) point\(special.count == 1 ? " shows" : "s show") special cause: \(groups.joined(separator: "; "))"
            )
        }
        if missing > 0 {
            sentences.append(
                "\(missing) period\(missing == 1 ? " has" : "s have") no figure and \(missing == 1 ? "is" : "are") left out"
            )
        }
        return sentences.joined(separator: ". ") + "."
    }
}
