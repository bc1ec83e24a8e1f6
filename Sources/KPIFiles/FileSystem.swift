import KPIModel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Every file operation kpi makes: the store's Series files, journal and lock, and the charts,
/// tiles and packs it writes. One write path, so every durable write is made the same way and
/// every failure is reported the same way (``KPIError/init(_:_:path:)``).
///
/// Built on swift-system's `FileDescriptor`, `FilePath` and `Errno`; the calls swift-system
/// lacks come from Glibc (`fsync`, `rename`, `mkdir`, `flock`, `readdir`) or, where Glibc needs
/// `_GNU_SOURCE`, from the CLinuxFiles shim (`renameat2`, `syncfs`). Paths are the strings the
/// person gave, so every message names the file as they wrote it. Reads refuse to follow a
/// symbolic link (`O_NOFOLLOW`), so a link can never lead the store outside itself.
public enum FileSystem {
    /// Whether anything exists at `path`, without following a final symbolic link.
    public static func exists(_ path: String) -> Bool {
        (try? FilePath(path).stat(followTargetSymlink: false)) != nil
    }

    /// Whether `path` is a directory, or a symbolic link to one.
    public static func isDirectory(_ path: String) -> Bool {
        (try? FilePath(path).stat())?.type == .directory
    }

    /// Whether `path` itself is a symbolic link.
    public static func isSymbolicLink(_ path: String) -> Bool {
        (try? FilePath(path).stat(followTargetSymlink: false))?.type == .symbolicLink
    }

    /// Reads a whole file, refusing to follow a symbolic link.
    public static func read(_ path: String) throws -> [UInt8] {
        do {
            let file = try FileDescriptor.open(FilePath(path), .readOnly, options: [.noFollow, .closeOnExec])
            return try file.closeAfter {
                var bytes = [UInt8](repeating: 0, count: Int(try file.stat().size))
                var filled = 0
                while true {
                    // The file may have grown since fstat: keep reading until a read returns nothing.
                    if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count / 2)) }
                    let count = try bytes.withUnsafeMutableBytes { buffer in
                        try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                    }
                    if count == 0 { break }
                    filled += count
                }
                bytes.removeLast(bytes.count - filled)
                return bytes
            }
        } catch {
            throw KPIError(error as? Errno ?? .ioError, .read, path: path)
        }
    }

    /// The names in a directory, without `.` and `..`, in the order the file system gives them.
    public static func list(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else { throw KPIError(.ofLastCall, .list, path: path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The directory part of `path`: `Charts` for `Charts/ICT01.png`, `/` for `/x`, and "" for a
    /// bare name (the working directory).
    public static func parent(of path: String) -> String {
        FilePath(path).removingLastComponent().string
    }

    /// The last component of `path`: `ICT01.png` for `Charts/ICT01.png/`.
    public static func name(of path: String) -> String {
        FilePath(path).lastComponent?.string ?? path
    }

    /// Runs a Glibc call that returns -1 and sets `errno` on failure, retrying when a signal
    /// interrupted it, and throws the failure as `action` on `path`.
    @discardableResult
    static func call(_ action: FileAction, _ path: String, _ body: () -> Int32) throws -> Int32 {
        while true {
            let result = body()
            if result != -1 { return result }
            let failure = Errno.ofLastCall
            if failure != .interrupted { throw KPIError(failure, action, path: path) }
        }
    }
}
