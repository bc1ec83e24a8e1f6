import FoundationEssentials
import KPIModel
import KPISPC
import KPIText

/// `kpi spc`: one indicator's statistical process control as a terminal table or as JSON.
///
/// The JSON has exactly the members issue 15 lists, and its numbers are the doubles the
/// calculation produced, written in their shortest round-trip form (`1545.1666666666667`), so
/// they can be checked against the reference implementation to any tolerance; they are
/// statistics, not recorded figures. The table rounds them for a person.
public struct SPCReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, json
    }

    public let indicator: Indicator
    public let analysis: SPCAnalysis
    public let asOf: Timestamp?

    public init(indicator: Indicator, analysis: SPCAnalysis, asOf: Timestamp?) {
        self.indicator = indicator
        self.analysis = analysis
        self.asOf = asOf
    }

    public func render(_ format: Format, width: Int = 80) -> String {
        switch format {
        case .table: table(width: width)
        case .json: json()
        }
    }

    /// A JSON number: the shortest text that reads back as the same double.
    static func number(_ value: Double) -> String { "\(value)" }

    static func optional(_ text: String?) -> String { text.map(TextEscaping.json) ?? "null" }

    public func json() -> String {
        let settings = analysis.settings
        let segments = analysis.segments.map { segment -> String in
            let limits = segment.limits
            let members = [
                ("from", TextEscaping.json(segment.from.description)),
                ("to", TextEscaping.json(segment.to.description)),
                ("mean", Self.number(limits.mean)), ("movingRangeMean", Self.number(limits.movingRangeMean)),
                ("lowerProcessLimit", Self.number(limits.lowerProcessLimit)),
                ("upperProcessLimit", Self.number(limits.upperProcessLimit)),
                ("lowerNearLimit", Self.number(limits.lowerNearLimit)),
                ("upperNearLimit", Self.number(limits.upperNearLimit)),
                ("points", "\(segment.points.count)"), ("trial", "\(segment.trial)"),
            ]
            return "    {\n" + members.map { "      \(TextEscaping.json($0.0)): \($0.1)" }.joined(separator: ",\n")
                + "\n    }"
        }
        let points = analysis.points.map { point -> String in
            let members = [
                ("period", TextEscaping.json(point.period.description)), ("value", Self.number(point.value)),
                ("movingRange", point.movingRange.map(Self.number) ?? "null"), ("outside", "\(point.outside)"),
                ("close", "\(point.close)"), ("side", "\(point.side)"), ("rule", Self.optional(point.rule?.rawValue)),
                ("type", TextEscaping.json(point.type.rawValue)),
            ]
            return "    {" + members.map { "\(TextEscaping.json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let members = [
            ("id", TextEscaping.json(indicator.id.rawValue)),
            (
                "settings",
                "{\"shift\": \(settings.shift), \"trend\": \(settings.trend), \"screenOutliers\": \(settings.screenOutliers), \"fixAfter\": \(settings.fixAfter.map { "\($0)" } ?? "null")}"
            ),
            ("segments", "[\n" + segments.joined(separator: ",\n") + "\n  ]"),
            ("points", "[\n" + points.joined(separator: ",\n") + "\n  ]"),
            ("variation", TextEscaping.json(analysis.variation.rawValue)),
            ("assurance", Self.optional(analysis.assurance?.rawValue)),
            ("warning", Self.optional(analysis.warning)),
        ]
        return "{\n" + members.map { "  \(TextEscaping.json($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }
}
