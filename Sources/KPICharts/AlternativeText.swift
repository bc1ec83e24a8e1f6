import Foundation
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
        sentence += ", " + assessment.vsPreviousQuarter.phrase(comparedWith: "last quarter").lowercasedFirst()
        sentence += ", " + assessment.vsSameQuarterLastYear
            .phrase(comparedWith: "Q\(assessment.period.quarter) last year").lowercasedFirst()
        return sentence + "."
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

    /// The summary followed by what the trend chart covers: quarters shown and gaps.
    public static func chartDescription(_ series: JudgedSeries, assessment: Assessment) -> String {
        var text = summary(assessment)
        text += " Trend chart of \(series.entries.count) quarter\(series.entries.count == 1 ? "" : "s"), \(series.rangeText)"
        let missing = series.missingCount
        if missing > 0 { text += ", \(missing) without a figure" }
        let targets = Set(series.entries.compactMap { $0.target?.value })
        if targets.count > 1 { text += ", the target changing \(targets.count - 1) time\(targets.count == 2 ? "" : "s")" }
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
