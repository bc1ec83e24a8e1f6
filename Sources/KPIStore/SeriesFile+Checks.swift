import KPIModel

/// One history line that carries a figure, with the check it must pass against a definition.
///
/// Values, forecasts, target lines and year targets are each checked against the definition
/// in force when they were recorded, and those in force now against the definition in force
/// now; `kpi redefine` checks the lines in force against the definition it would make. One list
/// of checks serves all three, so a new kind of line cannot be forgotten by one of them.
struct CheckedLine {
    /// The line number in the file.
    var line: Int
    var recordedAt: Timestamp
    /// Whether the line is in force now (the latest for its period, from-period or year).
    var inForce: Bool
    var check: (Indicator) throws(FieldError) -> Void
}

extension IndicatorHistory {
    /// Every figure-bearing line with its check, given the line numbers of each kind of line in
    /// file order (as ``SeriesFile`` keeps them).
    func checkedLines(observationLines: [Int], forecastLines: [Int], targetLines: [Int],
                      yearTargetLines: [Int]) -> [CheckedLine] {
        func inForce<Line, Key: Hashable>(_ lines: [Line], _ key: (Line) -> Key, _ time: (Line) -> Timestamp) -> Set<Int> {
            Set(InForce.indexes(lines, key: key, recordedAt: time).values)
        }
        var checks: [CheckedLine] = []
        let values = inForce(observations, \.period, \.recordedAt)
        for (index, observation) in observations.enumerated() {
            checks.append(CheckedLine(line: observationLines[index], recordedAt: observation.recordedAt, inForce: values.contains(index)) {
                (indicator: Indicator) throws(FieldError) in try indicator.validate(observation.value)
            })
        }
        let forecastsInForce = inForce(forecasts, \.period, \.recordedAt)
        for (index, forecast) in forecasts.enumerated() {
            checks.append(CheckedLine(line: forecastLines[index], recordedAt: forecast.recordedAt, inForce: forecastsInForce.contains(index)) {
                (indicator: Indicator) throws(FieldError) in try indicator.validate(forecast.value, field: "forecast")
            })
        }
        let targetsInForce = inForce(targetChanges, \.from, \.recordedAt)
        for (index, change) in targetChanges.enumerated() {
            checks.append(CheckedLine(line: targetLines[index], recordedAt: change.recordedAt, inForce: targetsInForce.contains(index)) {
                (indicator: Indicator) throws(FieldError) in try change.validate(for: indicator)
            })
        }
        let yearsInForce = inForce(yearTargets, \.year, \.recordedAt)
        for (index, target) in yearTargets.enumerated() {
            checks.append(CheckedLine(line: yearTargetLines[index], recordedAt: target.recordedAt, inForce: yearsInForce.contains(index)) {
                (indicator: Indicator) throws(FieldError) in try target.validate(for: indicator)
            })
        }
        return checks.sorted { $0.line < $1.line }
    }
}

extension SeriesFile {
    /// Every figure-bearing line of the file with its check (see ``CheckedLine``).
    func checkedLines(_ history: IndicatorHistory) -> [CheckedLine] {
        history.checkedLines(observationLines: observationLines, forecastLines: forecastLines, targetLines: targetLines,
                             yearTargetLines: yearTargetLines)
    }
}
