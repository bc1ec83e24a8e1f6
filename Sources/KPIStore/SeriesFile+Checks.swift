import KPIModel

/// One history line that carries a figure, with the check it must pass against a definition.
///
/// Values, forecasts, target lines and year targets are each checked against the definition
/// in force when they were recorded, and those in force now against the definition in force
/// now; `kpi redefine` checks the lines in force against the definition it would make. One walk
/// over the lines serves all three, so a new kind of line cannot be forgotten by one of them.
/// The line refers to its history by index rather than holding a copy: a store of a thousand
/// indicators has over a hundred thousand value lines, and each is checked as it loads.
struct CheckedLine {
    enum Kind { case value, forecast, target, yearTarget }

    var kind: Kind
    /// The index in the history's array of that kind of line.
    var index: Int
    /// The line number in the file.
    var line: Int
    var recordedAt: Timestamp
    /// Whether the line is in force now (the latest for its period, from-period or year); false
    /// when not asked for.
    var inForce: Bool

    /// Checks the line of `history` against `indicator`.
    func check(_ indicator: Indicator, in history: IndicatorHistory) throws(FieldError) {
        switch kind {
        case .value: try indicator.validate(history.observations[index].value)
        case .forecast: try indicator.validate(history.forecasts[index].value, field: "forecast")
        case .target: try history.targetChanges[index].validate(for: indicator)
        case .yearTarget: try history.yearTargets[index].validate(for: indicator)
        }
    }
}

extension SeriesFile {
    /// Calls `body` with every figure-bearing line of the file, in kind order (values,
    /// forecasts, targets, year targets). `inForce` says whether to work out which lines are in
    /// force (a parse without definition changes never needs it).
    func forEachCheckedLine(_ history: IndicatorHistory, inForce: Bool = true, _ body: (CheckedLine) -> Void) {
        func walk<Line, Key: Hashable>(
            _ lines: [Line], _ numbers: [Int], _ kind: CheckedLine.Kind, _ key: (Line) -> Key,
            _ time: (Line) -> Timestamp
        ) {
            let current = inForce ? Set(InForce.indexes(lines, key: key, recordedAt: time).values) : []
            for index in lines.indices {
                body(
                    CheckedLine(
                        kind: kind, index: index, line: numbers[index], recordedAt: time(lines[index]),
                        inForce: current.contains(index)))
            }
        }
        walk(history.observations, observationLines, .value, \.period, \.recordedAt)
        walk(history.forecasts, forecastLines, .forecast, \.period, \.recordedAt)
        walk(history.targetChanges, targetLines, .target, \.from, \.recordedAt)
        walk(history.yearTargets, yearTargetLines, .yearTarget, \.year, \.recordedAt)
    }
}
