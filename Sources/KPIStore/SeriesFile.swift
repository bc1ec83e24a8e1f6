import KPIModel

/// One Series file as read from disk: the indicator's history and whatever was wrong with it.
///
/// Problems do not stop the parse: every bad line is reported (by `kpi check`), and a
/// command refuses to use a file that has any, so a bad hand edit is never half-read.
public struct SeriesFile: Sendable {
    /// The file's path as shown in messages: `Series/ICT01.kpi`.
    public var path: String
    /// The history, when the definition could be read.
    public var history: IndicatorHistory?
    /// The line number of each observation in `history.observations`.
    public var observationLines: [Int] = []
    /// The line number of each target change in `history.targetChanges`.
    public var targetLines: [Int] = []
    /// The line number of each forecast in `history.forecasts`.
    public var forecastLines: [Int] = []
    /// The line number of each year target in `history.yearTargets`.
    public var yearTargetLines: [Int] = []
    /// Every problem found, each located at `path:line`.
    public var problems: [KPIError] = []
    /// Bytes after the last newline: a line torn by a crash mid-write, never read as data.
    public var tornTail: [UInt8]?
    /// The line number the torn tail would have had.
    public var tornLine: Int?
    /// The file's size in bytes.
    public var size: Int = 0

    /// The size without the torn tail: where the next line is appended.
    public var cleanSize: Int { size - (tornTail?.count ?? 0) }

    /// The history, or the first problem as an error that names `kpi check`.
    public func requireHistory() throws -> IndicatorHistory {
        try refuseProblems()
        guard let history else { throw KPIError.noIndicatorDefinition(path) }
        return history
    }

    /// The value (or forecast) in force for a period as recorded so far (latest recorded wins).
    public func currentObservation(for period: Period, kind: FigureKind = .value) -> Observation? {
        guard let history else { return nil }
        var best: Observation?
        for observation in kind == .value ? history.observations : history.forecasts where observation.period == period
        {
            if let current = best, current.recordedAt > observation.recordedAt { continue }
            best = observation
        }
        return best
    }
}
