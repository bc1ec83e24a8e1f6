import CSystem
import Foundation
import KPIModel
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The files of a pack being written into its temporary directory, and their digests for the
/// manifest. Safe to use from the rendering workers.
final class PackFiles: Sendable {
    let root: String
    private let files = Mutex([String: (sha256: String, bytes: Int)]())

    init(root: String) { self.root = root }

    /// Every file written so far, by path relative to the pack, sorted.
    var written: [(path: String, sha256: String, bytes: Int)] {
        files.withLock { $0.map { ($0.key, $0.value.sha256, $0.value.bytes) }.sorted { $0.path < $1.path } }
    }

    /// Writes one file (creating its folder). Not synced here: ``FileSystemNames/sync(_:)``
    /// flushes the whole pack at once before the directory swap makes it visible.
    func write(_ relativePath: String, _ bytes: [UInt8]) throws {
        let path = root + "/" + relativePath
        let (directory, _) = ChartFiles.split(path)
        try ChartFiles.makeDirectories(directory)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemNames.failure(path, "cannot create the file") }
        defer { close(fd) }
        guard ChartFiles.writeAll(fd, bytes) else { throw FileSystemNames.failure(path, "cannot write the file") }
        let digest = SHA256.hex(bytes)
        files.withLock { $0[relativePath] = (digest, bytes.count) }
    }
}

/// Directory helpers for the pack's temporary directory.
enum FileSystemNames {
    static func make(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw failure(path, "cannot create the pack's working directory") }
    }

    /// Makes the finished pack durable before it is swapped in: every file's data (one syncfs
    /// of the filesystem, falling back to nothing worse than the kernel's own flush), then the
    /// directory entries.
    static func sync(_ path: String) throws {
        let root = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw failure(path, "cannot open the pack's working directory") }
        let synced = kpi_sync_filesystem(root)
        close(root)
        guard synced == 0 || errno == ENOSYS else { throw failure(path, "cannot flush the pack to disk") }
        for sub in ["", "/charts", "/tiles"] {
            let fd = open(path + sub, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 { _ = fsync(fd); close(fd) }
        }
    }

    static func failure(_ path: String, _ what: String) -> KPIError {
        let code = errno
        let detail = String(cString: strerror(code))
        if code == ENOSPC { return KPIError(.io, "\(path): \(what): the disk is full (\(detail)); the previous pack is untouched") }
        if code == EIO { return KPIError(.io, "\(path): \(what): \(detail)") }
        return KPIError(.cannotCreate, "\(path): \(what): \(detail)")
    }
}
