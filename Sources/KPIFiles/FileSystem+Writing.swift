import KPIModel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

extension FileSystem {
    /// How much of a write must be on disk before the call returns.
    public enum Durability: Sendable {
        /// The bytes are synced (`fsync`) before returning.
        case synced
        /// Left to the kernel; the caller makes a whole tree durable at once with ``syncTree(_:)``.
        case unsynced
    }

    /// Writes a whole new file atomically: a hidden temporary file beside it, synced, renamed
    /// over `path`, and the directory synced. A reader sees the old file or the new one, never
    /// half of either, and after a crash the new file is either all there or not at all.
    ///
    /// Used for `store.conf`, torn lines set aside, and `kpi chart` / `kpi tile` output. The
    /// directory must exist (see ``makeDirectories(_:action:)``).
    public static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = temporaryPath(for: path)
        try write(bytes, to: temporary, durability: .synced, reportingAs: path)
        do {
            try call(.replace, path) { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncDirectory(parent(of: path))
    }

    /// Writes a file in place (created or truncated), refusing to follow a symbolic link. A file
    /// that cannot be written whole (a full disk) is removed again, so a failure leaves no part
    /// file behind. `reportingAs` names the file in errors when `path` is a temporary name.
    public static func write(
        _ bytes: [UInt8], to path: String, durability: Durability,
        reportingAs shownPath: String? = nil
    ) throws {
        try write(to: path, durability: durability, reportingAs: shownPath) { append in try append(bytes) }
    }

    /// Writes a file in place piece by piece, as ``write(_:to:durability:reportingAs:)`` does
    /// whole: `body` is handed `append`, which writes its bytes after those before. So a large
    /// file (a pack's web page) never has to be held in memory at once. A failure in `body` or
    /// in writing removes the part file and is thrown on.
    public static func write(
        to path: String, durability: Durability, reportingAs shownPath: String? = nil,
        _ body: (_ append: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let shown = shownPath ?? path
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(
                FilePath(path), .writeOnly,
                options: [.create, .truncate, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw KPIError(error as? Errno ?? .ioError, .create, path: shown)
        }
        do {
            try body { bytes in
                do {
                    try file.writeAll(bytes)
                } catch {
                    throw KPIError(error as? Errno ?? .ioError, .write, path: shown)
                }
            }
            if durability == .synced { try call(.sync, shown) { fsync(file.rawValue) } }
            try? file.close()
        } catch {
            try? file.close()
            unlink(path)
            throw error
        }
    }

    /// Appends `bytes` to a file at `offset`, first cutting the file back to `offset` (so a
    /// repeated append after a crash replaces rather than doubles it), then syncs it. Creates
    /// the file when it does not exist, refusing to follow a symbolic link. Returns whether it
    /// created the file, whose directory entry the caller then syncs once for all its files.
    ///
    /// The ``CrashPoint/halfAppended`` crash point dies here with half of the bytes written;
    /// ``CrashPoint/slowAppend`` writes the bytes slowly, for timed kills.
    @discardableResult
    public static func append(_ bytes: [UInt8], to path: String, at offset: Int) throws -> Bool {
        let existed = exists(path)
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw KPIError(error as? Errno ?? .ioError, .appendTo, path: path)
        }
        defer { try? file.close() }
        do {
            try file.resize(to: Int64(offset))
            if CrashPoint.halfAppended.isRequested {
                // For the crash tests: die with half a line written, as a power cut could leave it.
                try file.writeAll(toAbsoluteOffset: Int64(offset), bytes.prefix(max(1, bytes.count / 2)))
                CrashPoint.halfAppended.reached()
            }
        } catch {
            throw KPIError(error as? Errno ?? .ioError, .appendTo, path: path)
        }
        do {
            if CrashPoint.slowAppend.isRequested {
                for start in stride(from: 0, to: bytes.count, by: 16) {
                    try file.writeAll(
                        toAbsoluteOffset: Int64(offset + start), bytes[start..<min(start + 16, bytes.count)])
                    usleep(1000)
                }
            } else {
                try file.writeAll(toAbsoluteOffset: Int64(offset), bytes)
            }
        } catch {
            throw KPIError(error as? Errno ?? .ioError, .write, path: path)
        }
        try call(.sync, path) { fsync(file.rawValue) }
        return !existed
    }

    /// Cuts a file back to `length` bytes.
    public static func truncate(_ path: String, to length: Int) throws {
        try call(.cutBack, path) { Glibc.truncate(path, off_t(length)) }
    }

    /// Removes a file; a file that is already gone is not an error.
    public static func remove(_ path: String) throws {
        do {
            try call(.remove, path) { unlink(path) }
        } catch let error as KPIError where error.kind == .missing {
            return
        }
    }

    /// Makes a directory's entries durable: a file created, renamed or removed in it.
    public static func syncDirectory(_ path: String) throws {
        let directory = path.isEmpty ? "." : path
        let fd = try call(.open, directory) { open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { close(fd) }
        try call(.sync, directory) { fsync(fd) }
    }

    /// The hidden name a file is written under before it is renamed into place:
    /// `Charts/.ICT01.png.tmp-PID` for `Charts/ICT01.png`.
    static func temporaryPath(for path: String) -> String {
        let directory = parent(of: path)
        return (directory.isEmpty ? "" : directory + "/") + ".\(name(of: path)).tmp-\(getpid())"
    }
}
