import Foundation
import KPIModel
#if canImport(Glibc)
import Glibc
#endif

/// The store's lock file, `.lock`: one writer at a time, and readers never see a write half done.
///
/// An advisory `flock`: writers hold it exclusively for the whole command (validate, journal,
/// append), readers hold it shared while they read. The kernel releases it when a process
/// dies, so a crashed writer never leaves the store locked; the journal then tells the next
/// writer what to finish.
final class StoreLock {
    static let fileName = ".lock"
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

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
        var fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0 && !exclusive && (errno == EROFS || errno == EACCES || errno == EPERM) {
            fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if fd < 0 { return nil }
        }
        guard fd >= 0 else {
            if errno == EACCES || errno == EROFS || errno == EPERM {
                throw KPIError(.io, "\(path): cannot open the store's lock file for writing: \(FileSystem.errorText()) (is the store read-only?)")
            }
            throw FileSystem.ioError("cannot open", path)
        }
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 2_000
        while flock(fd, operation) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let error = FileSystem.ioError("cannot lock", path)
                close(fd)
                throw error
            }
            if Date() >= deadline {
                close(fd)
                let seconds = timeout == timeout.rounded() ? "\(Int(timeout))" : "\(timeout)"
                throw KPIError(.busy, "\(directory): store busy: another kpi command has held its lock for \(seconds) s; try again when it has finished")
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        return StoreLock(fd: fd)
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
