import KPIModel

/// Everything in the store as CSV (re-importable by `kpi import`) or JSON.
///
/// The CSV holds every value and revision line, in the order recorded per indicator, with
/// its `recorded_at`, so importing it into a store with the same definitions (with
/// `--revise`) rebuilds the same history and the same `--as-of` views. Notes that start with
/// `= + - @` get an apostrophe for spreadsheets, which `kpi import` removes again.
public enum StoreExport {
    public static func csv(_ histories: [IndicatorHistory], asOf: Timestamp?) -> String {
        var lines = ["indicator,period,value,note,recorded_at"]
        for history in histories.sorted(by: { $0.indicator.id < $1.indicator.id }) {
            for observation in visible(history.observations, asOf: asOf) {
                lines.append([
                    history.indicator.id.rawValue, observation.period.description, observation.value.text,
                    observation.note.map(TextEscaping.spreadsheetText) ?? "", observation.recordedAt.description,
                ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Definitions, target changes and observations, as recorded up to `asOf`.
    public static func json(_ histories: [IndicatorHistory], asOf: Timestamp?) -> String {
        func string(_ text: String?) -> String { text.map(TextEscaping.json) ?? "null" }
        var indicators: [String] = []
        for history in histories.sorted(by: { $0.indicator.id < $1.indicator.id }) {
            let indicator = history.indicator
            if let asOf, indicator.definedAt > asOf { continue }
            let targets = history.targetChanges.filter { change in asOf.map { change.recordedAt <= $0 } ?? true }.map { change -> String in
                var amber = "\"amber\": null, \"tolerance\": null"
                switch change.amber {
                case .threshold(let figure)?: amber = "\"amber\": \(figure.text), \"tolerance\": null"
                case .tolerance(let percent)?: amber = "\"amber\": null, \"tolerance\": \(percent.text)"
                case nil: break
                }
                return "        {\"from\": \(string(change.from.description)), \"target\": \(change.target.text), \(amber), \"recordedAt\": \(string(change.recordedAt.description))}"
            }
            let observations = visible(history.observations, asOf: asOf).map { observation in
                "        {\"period\": \(string(observation.period.description)), \"value\": \(observation.value.text), \"revision\": \(observation.isRevision), \"note\": \(string(observation.note)), \"recordedAt\": \(string(observation.recordedAt.description))}"
            }
            indicators.append("""
                {
                  "id": \(string(indicator.id.rawValue)),
                  "title": \(string(indicator.title)),
                  "unit": \(string(indicator.unit.rawValue)),
                  "better": \(string(indicator.polarity.rawValue)),
                  "decimals": \(indicator.decimals),
                  "allowAnyPercent": \(indicator.allowsAnyPercent),
                  "theme": \(string(indicator.theme)),
                  "source": \(string(indicator.source)),
                  "description": \(string(indicator.description)),
                  "definedAt": \(string(indicator.definedAt.description)),
                  "targets": [\(targets.isEmpty ? "" : "\n" + targets.joined(separator: ",\n") + "\n      ")],
                  "observations": [\(observations.isEmpty ? "" : "\n" + observations.joined(separator: ",\n") + "\n      ")]
                }
            """)
        }
        let asOfText = asOf.map { string($0.description) } ?? "null"
        return "{\n  \"format\": 1,\n  \"asOf\": \(asOfText),\n  \"indicators\": [\(indicators.isEmpty ? "" : "\n" + indicators.joined(separator: ",\n") + "\n  ")]\n}\n"
    }

    static func visible(_ observations: [Observation], asOf: Timestamp?) -> [Observation] {
        guard let asOf else { return observations }
        return observations.filter { $0.recordedAt <= asOf }
    }
}
