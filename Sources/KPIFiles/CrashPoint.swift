#if canImport(Glibc)
    import Glibc
#endif

/// Named points in a write where the crash tests may ask the process to die with SIGKILL
/// (`KPI_CRASH_AT=name`), to prove that what is on disk then is recovered or untouched.
///
/// The one hook for the store and the pack alike; `scripts/reliability/` and the end-to-end
/// tests name these points (and `slow-append`, which only slows the appends down).
public enum CrashPoint: String, CaseIterable, Sendable {
    /// The store's journal is written and synced; no Series file touched yet.
    case journalWritten = "journal-written"
    /// Half of the first file's new lines are written (a torn line).
    case halfAppended = "half-appended"
    /// Every file is appended and synced; the journal is not yet removed.
    case applied
    /// A pack's charts and tiles are rendered into its working directory; nothing swapped in.
    case packRendered = "pack-rendered"
    /// No crash: appends are written 16 bytes at a time, 1 ms apart, so that the kill loop's timed
    /// SIGKILL lands inside an append.
    case slowAppend = "slow-append"

    /// The point named by `KPI_CRASH_AT`, read once.
    static let requested: CrashPoint? = getenv("KPI_CRASH_AT").flatMap { CrashPoint(rawValue: String(cString: $0)) }

    /// Whether the process was asked to die here.
    public var isRequested: Bool { Self.requested == self }

    /// Kills the process at once when it was asked to die here; otherwise does nothing.
    public func reached() {
        if isRequested { kill(getpid(), SIGKILL) }
    }
}
