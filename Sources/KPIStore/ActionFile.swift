import KPIActions
import KPIModel

/// One action's file as read from disk (`ID.action`): its history and whatever was wrong with it.
///
/// As for Series files, problems do not stop the parse: every bad line is reported (by
/// `kpi check`), and a command refuses to use a file that has any.
public struct ActionFile: Sendable, StoreDataFile {
    /// The file's path as shown in messages: `Series/ICT20-22.Serv--5.4.action`.
    public var path: String
    /// The history, when the definition could be read.
    public var history: ActionHistory?
    /// The line number of each update in `history.updates`.
    public var updateLines: [Int] = []
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
    public func requireHistory() throws -> ActionHistory {
        try refuseProblems()
        guard let history else { throw KPIError.noActionDefinition(path) }
        return history
    }

    /// The update in force for a period as recorded so far (latest recorded wins).
    public func currentUpdate(for period: Period) -> ActionUpdate? {
        history?.updatesInForce(asOf: nil)[period]
    }
}
