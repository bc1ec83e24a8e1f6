import FoundationEssentials
import KPIFiles
import KPIModel

/// The store's lock file, `.lock`: one writer at a time, and readers never see a write half done.
///
/// An advisory lock (``FileLock``): writers hold it exclusively for the whole command
/// (validate, journal, append), readers hold it shared while they read. The kernel releases it
/// when a process dies, so a crashed writer never leaves the store locked; the journal then
/// tells the next writer what to finish.
final class StoreLock {
    static let fileName = ".lock"
    private let lock: FileLock

    private init(_ lock: FileLock) { self.lock = lock }

    /// How long a command waits for the lock before giving up with exit 75.
    /// `KPI_LOCK_TIMEOUT` (seconds) overrides it, for tests and slow shared disks.
    static var timeout: Double {
        if let text = ProcessInfo.processInfo.environment["KPI_LOCK_TIMEOUT"], let value = Double(text), value >= 0 {
            return value
        }
        return 5
    }

    /// Takes the lock, waiting up to ``timeout``. Returns nil for a shared lock on a store
    /// that cannot hold a lock file (a read-only store), where no writer can run anyway.
    static func acquire(directory: String, exclusive: Bool) throws -> StoreLock? {
        let path = directory + "/" + fileName
        switch try FileLock.acquire(path, exclusive ? .exclusive : .shared, timeout: timeout) {
        case .locked(let lock):
            return StoreLock(lock)
        case .readOnly(let reason):
            guard exclusive else { return nil }
            throw KPIError.lockReadOnly(path, reason: reason)
        case .timedOut:
            let seconds = timeout == timeout.rounded() ? "\(Int(timeout))" : "\(timeout)"
            throw KPIError.storeBusy(directory, seconds: seconds)
        }
    }
}
