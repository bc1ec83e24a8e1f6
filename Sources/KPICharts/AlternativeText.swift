import FoundationEssentials
import KPIModel
import KPIStatus

/// The sentences that say in words what a chart or tile shows: SVG `<title>`/`<desc>`, PDF
/// metadata, and (in the committee pack) HTML `alt` text.
///
/// Public-sector pages must meet WCAG 2.2 AA, so every image needs a text alternative that
/// carries the same message: value, period, status, target and direction of travel.
public enum AlternativeText {
    /// "ICT01 % of ICT incidents resolved in under 2 days: 85% in 2021/22 Q2, amber: target 90%,
    /// worse than last quarter, better than Q2 last year."
    public static func summary(_ assessment: Assessment) -> String {
        let indicator = assessment.indicator
        let formatter = FigureFormatter(indicator)
        let name = "\(indicator.id) \(TextFitting.clean(indicator.title))"
        guard let value = assessment.value else {
            let target = assessment.target.map { ": target \(formatter.precise($0.value.decimal))" } ?? ""
            return "\(name): no figure for \(assessment.period)\(target)."
        }
        var sentence = "\(name): \(formatter.string(value)) in \(assessment.period), \(statusPhrase(assessment.status))"
        if let target = assessment.target {
            sentence += ": target \(formatter.precise(target.value.decimal))"
        }
        if assessment.indicator.unit == .gbp, let variance = assessment.variance {
            sentence += ", " + formatter.planVariance(variance, percent: assessment.variancePercent)
        }
        for comparison in assessment.comparisons { sentence += ", " + comparison.phrase.lowercasedFirst() }
        if let forecast = forecastPhrase(assessment) { sentence += ", " + forecast }
        return sentence + "."
    }

    /// "forecast year-end: green (£405,740)", or nil when no forecast was made in the period.
    public static func forecastPhrase(_ assessment: Assessment) -> String? {
        guard let forecast = assessment.forecast else { return nil }
        let figure = FigureFormatter(assessment.indicator).string(forecast.value)
        return "forecast year-end: \(assessment.forecastStatus.forecastWord.lowercased()) (\(figure))"
    }

    /// The summary followed by what a year-to-date chart shows: the year against its profile
    /// and the year before.
    public static func yearToDateDescription(_ years: YearSeries, assessment: Assessment) -> String {
        let formatter = FigureFormatter(assessment.indicator)
        var text =
            summary(assessment) + " Year-to-date chart of \(years.currentYear) by \(assessment.period.length.noun)"
        let profile = years.current.map { point in
            point.target.map { "\(point.period.positionLabel) \(formatter.precise($0.value.decimal))" }
        }
        if profile.allSatisfy({ $0 != nil }) {
            text += " against its target profile (\(profile.compactMap { $0 }.joined(separator: ", ")))"
        }
        if let year = years.previousYear, let points = years.previous {
            let values = points.compactMap { point in
                point.assessment?.value.map { "\(point.period.positionLabel) \(formatter.string($0))" }
            }
            text +=
                values.isEmpty
                ? ", with no figures for \(year)" : ", with \(year) for comparison (\(values.joined(separator: ", ")))"
        }
        return text + "."
    }

    /// The tile's or chart's status in words: "amber", "red", "on target", "no target".
    static func statusPhrase(_ status: Status) -> String {
        switch status {
        case .red: "red"
        case .amber: "amber"
        case .green: "green, on target"
        case .noTarget: "no target"
        case .missing: "no data"
        case .retired: "retired"
        }
    }

    /// The summary followed by what the trend chart covers: periods shown and gaps.
    public static func chartDescription(_ series: JudgedSeries, assessment: Assessment) -> String {
        var text = summary(assessment)
        text +=
            " Trend chart of \(series.entries.count) \(series.last.length.noun)\(series.entries.count == 1 ? "" : "s"), \(series.rangeText)"
        let missing = series.missingCount
        if missing > 0 { text += ", \(missing) without a figure" }
        let targets = Set(series.entries.compactMap { $0.target?.value })
        if targets.count > 1 {
            text += ", the target changing \(targets.count - 1) time\(targets.count == 2 ? "" : "s")"
        }
        return text + "."
    }
}

extension String {
    /// The string with its first letter lowercased ("Better than Q2 …" → "better than Q2 …").
    func lowercasedFirst() -> String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
