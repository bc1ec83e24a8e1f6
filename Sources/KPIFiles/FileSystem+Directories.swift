import CLinuxFiles
import KPIModel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

extension FileSystem {
    /// Creates `path` and any missing parents (`mkdir -p`). An existing directory, or a
    /// symbolic link to one, is fine; a file in the way is refused by name, e.g.
    /// `Charts: cannot create the output directory: a file of that name exists`.
    public static func makeDirectories(_ path: String, action: FileAction = .createDirectory) throws {
        if let info = try? FilePath(path).stat() {
            guard info.type == .directory else {
                throw KPIError.fileInTheWay(path, action)
            }
            return
        }
        let above = parent(of: path)
        if !above.isEmpty, above != path { try makeDirectories(above, action: action) }
        if mkdir(path, 0o755) != 0, Errno.ofLastCall != .fileExists {
            throw KPIError(.ofLastCall, action, path: path)
        }
    }

    /// Removes a directory and everything in it (a symbolic link inside is removed, never
    /// followed); nothing there is not an error.
    public static func removeTree(_ path: String) {
        guard let info = try? FilePath(path).stat(followTargetSymlink: false) else { return }
        if info.type == .directory {
            for name in (try? list(path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Removes the hidden working copies of `path` (`.NAME.tmp-PID`) that runs killed before
    /// renaming them into place left behind.
    public static func removeTemporaries(of path: String) {
        let directory = parent(of: path)
        let prefix = ".\(name(of: path)).tmp-"
        for entry in (try? list(directory.isEmpty ? "." : directory)) ?? [] where entry.hasPrefix(prefix) {
            removeTree((directory.isEmpty ? "" : directory + "/") + entry)
        }
    }

    /// A hidden working directory beside `path` (`.NAME.tmp-PID`), created empty, in which a
    /// whole tree is written before ``replaceDirectory(_:with:action:)`` puts it in place.
    /// A failure names `path`, the directory the person asked for.
    public static func makeWorkingDirectory(for path: String, action: FileAction = .createDirectory) throws -> String {
        let working = temporaryPath(for: path)
        try call(action, path) { mkdir(working, 0o755) }
        return working
    }

    /// Makes a freshly written tree durable: every file's data with one `syncfs` of its file
    /// system (where the kernel has it), then every directory's entries.
    public static func syncTree(_ path: String) throws {
        let root = try call(.open, path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        let synced = kpi_sync_filesystem(root)
        let failure = Errno.ofLastCall
        close(root)
        if synced != 0, failure != .noFunction { throw KPIError(failure, .sync, path: path) }
        try syncDirectories(path)
    }

    /// Syncs the entries of `path` and of every directory below it, deepest first.
    private static func syncDirectories(_ path: String) throws {
        for name in try list(path) where isDirectory(path + "/" + name) && !isSymbolicLink(path + "/" + name) {
            try syncDirectories(path + "/" + name)
        }
        try syncDirectory(path)
    }

    /// Puts the finished directory `finished` at `destination` in one step: an atomic exchange
    /// with the directory there (`renameat2` with `RENAME_EXCHANGE`), whose old contents are
    /// then removed, or a plain rename when there was none. Readers see the old tree or the new
    /// one, never a mixture and never nothing. Where the file system cannot exchange, the old
    /// tree is moved aside first and put back if the new one cannot be moved in.
    public static func replaceDirectory(_ destination: String, with finished: String, action: FileAction) throws {
        guard let info = try? FilePath(destination).stat(followTargetSymlink: false) else {
            try call(action, destination) { rename(finished, destination) }
            try syncDirectory(parent(of: destination))
            return
        }
        guard info.type == .directory else {
            throw KPIError.fileInTheWay(destination, action)
        }
        if kpi_exchange_paths(finished, destination) == 0 {
            removeTree(finished)  // now holds the old tree
        } else {
            let aside = finished + "-previous"
            try call(action, destination) { rename(destination, aside) }
            do {
                try call(action, destination) { rename(finished, destination) }
            } catch {
                _ = rename(aside, destination)
                throw error
            }
            removeTree(aside)
        }
        try syncDirectory(parent(of: destination))
    }
}
