import Dispatch
import KPIActions
import KPIModel

/// What a read command read from the store, all under one shared lock: the settings, the
/// Series files it asked for (with every action file for a whole-store read), and for a
/// whole-store read the SHA-256 of exactly those bytes.
///
/// One read per command: a pack's manifest then describes the very files the pack was drawn
/// from, even when a `kpi record` runs a moment later.
public struct StoreContents: Sendable {
    /// The store directory as the person gave it: `Series`.
    public let directory: String
    public let settings: StoreSettings
    /// The files read, sorted by id.
    public let files: [SeriesFile]
    /// The action files read (every one for a whole-store read), sorted by id.
    public let actionFiles: [ActionFile]
    /// `sha256:…` over `store.conf` and every Series and action file, by name and content; set
    /// when the whole store was read with hashing asked for.
    public let contentHash: String?

    public init(
        directory: String, settings: StoreSettings, files: [SeriesFile], actionFiles: [ActionFile] = [],
        contentHash: String?
    ) {
        self.directory = directory
        self.settings = settings
        self.files = files
        self.actionFiles = actionFiles
        self.contentHash = contentHash
    }

    /// Every history, failing on the first file with problems so that a bad hand edit is never
    /// half-read into a report.
    public func histories() throws -> [IndicatorHistory] {
        try files.map { try $0.requireHistory() }
    }

    /// Every indicator as it stood at `moment` (now when nil); those with nothing recorded by
    /// then are left out.
    public func snapshots(asOf moment: Timestamp?) throws -> [IndicatorSnapshot] {
        let histories = try histories()
        // Each snapshot is independent, so they are worked out on all cores like the parsing.
        let results = ParallelResults<IndicatorSnapshot?>(count: histories.count)
        DispatchQueue.concurrentPerform(iterations: histories.count) { index in
            results[index] = histories[index].asOf(moment, in: settings.financialYear)
        }
        return results.values.compactMap { $0 }
    }

    /// One indicator's file, history and snapshot at `moment`; missing (66) when nothing about it
    /// was recorded by then.
    public func indicator(_ id: IndicatorID, asOf moment: Timestamp?) throws
        -> (file: SeriesFile, history: IndicatorHistory, snapshot: IndicatorSnapshot)
    {
        let path = directory + "/" + id.rawValue + Store.fileExtension
        guard let file = files.first(where: { $0.path == path }) else {
            throw KPIError.noIndicator(id, path: path)
        }
        let history = try file.requireHistory()
        guard let snapshot = history.asOf(moment, in: settings.financialYear) else {
            throw KPIError.nothingYet(id, path: file.path, asOf: moment!, defined: history.indicator.definedAt)
        }
        return (file, history, snapshot)
    }

    /// Every action as it stood at `moment` (now when nil), failing on the first file with
    /// problems; those with nothing recorded by then are left out.
    public func actions(asOf moment: Timestamp?) throws -> [ActionSnapshot] {
        try actionFiles.compactMap { try $0.requireHistory().asOf(moment) }
    }

    /// The latest quarter with any value or action update among these snapshots (a month's value
    /// counting for its quarter, a year's for its fourth): what `kpi actions` reports on when no
    /// period is given.
    public static func latestQuarter(
        _ indicators: [IndicatorSnapshot], _ actions: [ActionSnapshot],
        in financialYear: FinancialYear
    ) -> Period? {
        (indicators.compactMap { $0.latestQuarter(in: financialYear) }
            + actions.compactMap { $0.latestPeriod.map(financialYear.quarter(endingWith:)) }).max()
    }
}
