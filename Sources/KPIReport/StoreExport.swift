import KPIModel
import KPIText

/// Everything in the store as CSV (re-importable by `kpi import`) or JSON.
///
/// The CSV holds every value and revision line, in the order recorded per indicator, with
/// its `recorded_at` and who recorded it (`by`), so importing it into a store with the same definitions (with
/// `--revise`) rebuilds the same history and the same `--as-of` views. Notes that start with
/// `= + - @` get an apostrophe for spreadsheets, which `kpi import` removes again.
public enum StoreExport {
    public static func csv(_ histories: [IndicatorHistory], asOf: Timestamp?) -> String {
        var lines = ["indicator,period,value,note,recorded_at,by"]
        for history in histories.sorted(by: { $0.indicator.id < $1.indicator.id }) {
            for observation in visible(history.observations, asOf: asOf) {
                lines.append(
                    [
                        history.indicator.id.rawValue, observation.period.description, observation.value.text,
                        observation.note.map(TextEscaping.spreadsheetText) ?? "", observation.recordedAt.description,
                        observation.by.map(TextEscaping.spreadsheetText) ?? "",
                    ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Definitions (the first version and every change), target changes, year targets,
    /// observations, forecasts and retirements, as recorded up to `asOf`.
    public static func json(_ histories: [IndicatorHistory], asOf: Timestamp?) -> String {
        func string(_ text: String?) -> String { text.map(TextEscaping.json) ?? "null" }
        func known(_ time: Timestamp) -> Bool { asOf.map { time <= $0 } ?? true }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n      ]"
        }
        var indicators: [String] = []
        for history in histories.sorted(by: { $0.indicator.id < $1.indicator.id }) {
            if let asOf, !history.isKnown(at: asOf) { continue }
            let indicator = history.indicator
            func bands(_ amber: AmberRule?, _ green: Figure?) -> String {
                var text = "\"amber\": null, \"tolerance\": null"
                switch amber {
                case .threshold(let figure)?: text = "\"amber\": \(figure.text), \"tolerance\": null"
                case .tolerance(let percent)?: text = "\"amber\": null, \"tolerance\": \(percent.text)"
                case nil: break
                }
                return text + ", \"greenTolerance\": \(green?.text ?? "null")"
            }
            let targets = history.targetChanges.filter { known($0.recordedAt) }.map { change -> String in
                "        {\"from\": \(string(change.from.description)), \"target\": \(change.value?.text ?? "null"), \(bands(change.amber, change.greenTolerance)), \"recordedAt\": \(string(change.recordedAt.description)), \"by\": \(string(change.by))}"
            }
            let yearTargets = history.yearTargets.filter { known($0.recordedAt) }.map { target -> String in
                "        {\"year\": \(string(target.year.description)), \"target\": \(target.value.text), \"profile\": \(string(target.profile?.description)), \(bands(target.amber, target.greenTolerance)), \"recordedAt\": \(string(target.recordedAt.description)), \"by\": \(string(target.by))}"
            }
            func figures(_ lines: [Observation]) -> [String] {
                visible(lines, asOf: asOf).map { observation in
                    "        {\"period\": \(string(observation.period.description)), \"value\": \(observation.value.text), \"revision\": \(observation.isRevision), \"note\": \(string(observation.note)), \"recordedAt\": \(string(observation.recordedAt.description)), \"by\": \(string(observation.by))}"
                }
            }
            let observations = figures(history.observations)
            let forecasts = figures(history.forecasts)
            let changes = history.definitionChanges.filter { known($0.recordedAt) }.map { change in
                var fields: [String] = []
                if let title = change.title { fields.append("\"title\": \(string(title))") }
                if let unit = change.unit { fields.append("\"unit\": \(string(unit.rawValue))") }
                if let polarity = change.polarity { fields.append("\"better\": \(string(polarity.rawValue))") }
                if let frequency = change.frequency { fields.append("\"frequency\": \(string(frequency.rawValue))") }
                if let decimals = change.decimals { fields.append("\"decimals\": \(decimals)") }
                if let theme = change.theme { fields.append("\"theme\": \(string(theme))") }
                if let source = change.source { fields.append("\"source\": \(string(source))") }
                if let description = change.description { fields.append("\"description\": \(string(description))") }
                if let allows = change.allowsAnyPercent { fields.append("\"allowAnyPercent\": \(allows)") }
                if let cumulative = change.cumulative { fields.append("\"cumulative\": \(cumulative)") }
                if let green = change.greenTolerance { fields.append("\"greenTolerance\": \(green.text)") }
                fields += [
                    "\"recordedAt\": \(string(change.recordedAt.description))", "\"note\": \(string(change.note))",
                    "\"by\": \(string(change.by))",
                ]
                return "        {" + fields.joined(separator: ", ") + "}"
            }
            let retirements = history.retirements.filter { known($0.recordedAt) }.map { line -> String in
                let kind: String
                switch line.kind {
                case .retire(let period): kind = "\"retire\": \(string(period.description))"
                case .reinstate: kind = "\"reinstate\": true"
                }
                return
                    "        {\(kind), \"recordedAt\": \(string(line.recordedAt.description)), \"note\": \(string(line.note)), \"by\": \(string(line.by))}"
            }
            indicators.append(
                """
                    {
                      "id": \(string(indicator.id.rawValue)),
                      "title": \(string(indicator.title)),
                      "unit": \(string(indicator.unit.rawValue)),
                      "better": \(string(indicator.polarity.rawValue)),
                      "frequency": \(string(indicator.frequency.rawValue)),
                      "decimals": \(indicator.decimals),
                      "allowAnyPercent": \(indicator.allowsAnyPercent),
                      "cumulative": \(indicator.cumulative),
                      "greenTolerance": \(indicator.greenTolerance?.text ?? "null"),
                      "theme": \(string(indicator.theme)),
                      "source": \(string(indicator.source)),
                      "description": \(string(indicator.description)),
                      "definedAt": \(string(indicator.definedAt.description)),
                      "definedBy": \(string(indicator.definedBy)),
                      "definitionChanges": \(list(changes)),
                      "targets": \(list(targets)),
                      "yearTargets": \(list(yearTargets)),
                      "observations": \(list(observations)),
                      "forecasts": \(list(forecasts)),
                      "retirements": \(list(retirements))
                    }
                """)
        }
        let asOfText = asOf.map { string($0.description) } ?? "null"
        return
            "{\n  \"format\": 1,\n  \"asOf\": \(asOfText),\n  \"indicators\": [\(indicators.isEmpty ? "" : "\n" + indicators.joined(separator: ",\n") + "\n  ")]\n}\n"
    }

    static func visible(_ observations: [Observation], asOf: Timestamp?) -> [Observation] {
        guard let asOf else { return observations }
        return observations.filter { $0.recordedAt <= asOf }
    }
}
