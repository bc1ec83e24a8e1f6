import KPIModel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory lock (`flock`) on a lock file, held until the value is released.
///
/// The kernel releases it when the process dies, so a crashed holder never leaves it held.
/// The lock file is opened without following a symbolic link and created when missing.
public final class FileLock {
    public enum Mode: Sendable {
        /// Many holders at once (readers).
        case shared
        /// One holder, and no shared holders (a writer).
        case exclusive
    }

    /// What trying to take the lock came to.
    public enum Attempt {
        case locked(FileLock)
        /// Another process held the lock for the whole wait.
        case timedOut
        /// The lock file cannot be opened for writing because the file system or its permissions
        /// forbid it (the reason is the system's words, e.g. "Read-only file system"). A shared
        /// lock falls back to a read-only lock file before coming to this; nobody can write there.
        case readOnly(reason: String)
    }

    private let descriptor: FileDescriptor

    private init(_ descriptor: FileDescriptor) { self.descriptor = descriptor }

    /// Opens `path` and takes the lock in `mode`, retrying with growing pauses (2 ms to 50 ms)
    /// for up to `timeout` seconds.
    public static func acquire(_ path: String, _ mode: Mode, timeout: Double) throws -> Attempt {
        let descriptor: FileDescriptor
        switch open(path, writable: true) {
        case .success(let opened):
            descriptor = opened
        case .failure(let failure) where [.readOnlyFileSystem, .permissionDenied, .notPermitted].contains(failure):
            guard mode == .shared, case .success(let opened) = open(path, writable: false) else {
                return .readOnly(reason: failure.description)
            }
            descriptor = opened
        case .failure(let failure):
            throw KPIError(failure, .open, path: path)
        }
        let operation = (mode == .exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var pause: useconds_t = 2_000
        while flock(descriptor.rawValue, operation) != 0 {
            let failure = Errno.ofLastCall
            guard failure == .wouldBlock || failure == .interrupted else {
                try? descriptor.close()
                throw KPIError(failure, .lock, path: path)
            }
            if ContinuousClock.now >= deadline {
                try? descriptor.close()
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        return .locked(FileLock(descriptor))
    }

    private static func open(_ path: String, writable: Bool) -> Result<FileDescriptor, Errno> {
        Result {
            try FileDescriptor.open(
                FilePath(path), writable ? .readWrite : .readOnly,
                options: writable ? [.create, .noFollow, .closeOnExec] : [.noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        }.mapError { $0 as? Errno ?? .ioError }
    }

    deinit {
        flock(descriptor.rawValue, LOCK_UN)
        try? descriptor.close()
    }
}
