import Foundation
import KPIModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the store needs, with errors that name the path.
///
/// Plain `open`/`read`/`write`/`fsync` rather than Foundation so that every write is durable
/// before the store reports success, and `O_NOFOLLOW` keeps a symlink from leading a write
/// out of the store.
enum FileSystem {
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Whether a path exists (without following a final symlink).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Reads a whole file, refusing to follow a symlink.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("cannot read", path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ioError("cannot read", path) }
        var result = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == result.count { result.append(contentsOf: [UInt8](repeating: 0, count: max(4096, result.count / 2))) }
            let count = result.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("cannot read", path)
            }
            if count == 0 { break }
            filled += count
        }
        result.removeLast(result.count - filled)
        return result
    }

    /// Reads a file a person named as input (a CSV to import): a missing file is exit 66.
    static func readInput(_ path: String) throws -> [UInt8] {
        guard exists(path) else { throw KPIError(.missing, "\(path): no such file to import") }
        return try read(path)
    }

    /// Writes all of `bytes` to an open descriptor.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("cannot write", path)
            }
            written += count
        }
    }

    /// Makes a file's contents durable.
    static func sync(_ fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw ioError("cannot sync", path) }
    }

    /// Makes a directory's entries (a new or removed file) durable.
    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("cannot open", path) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// Writes a whole new file atomically: a temporary file, fsync, rename, fsync the directory.
    static func replace(_ path: String, with bytes: [UInt8], directory: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ioError("cannot create", temporary, kind: .cannotCreate) }
        do {
            try writeAll(fd, bytes, path: temporary)
            try sync(fd, path: temporary)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = ioError("cannot rename", path)
            unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
    }

    /// Lists the names in a directory.
    static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw ioError("cannot list", path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw ioError("cannot create directory", path, kind: .cannotCreate)
        }
    }

    static func ioError(_ what: String, _ path: String, kind: KPIErrorKind = .io) -> Error {
        let code = errno
        let detail = errorText(code)
        switch code {
        case ELOOP:
            return StoreError(.badData, "\(path): \(what) it: it is a symbolic link, and the store keeps only real files")
        case ENOENT:
            return StoreError(.missing, "\(path): \(what) it: \(detail)")
        case ENOSPC, EDQUOT:
            return StoreError(.io, "\(path): \(what) it: the disk is full (\(detail))")
        case EACCES, EPERM, EROFS:
            return StoreError(kind == .cannotCreate ? .cannotCreate : .io, "\(path): \(what) it: \(detail)")
        default:
            return StoreError(kind, "\(path): \(what) it: \(detail)")
        }
    }
}
