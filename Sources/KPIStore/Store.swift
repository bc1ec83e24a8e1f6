import KPIActions
import KPIFiles
import KPIModel

/// A directory of Series files: one plain-text file per indicator (`ID.kpi`) and per action
/// (`ID.action`) plus `store.conf`.
///
/// Reading takes the store's lock shared, writing takes it exclusively (see ``StoreLock``),
/// and every write goes through a ``StoreTransaction`` that validates first and commits
/// through the ``Journal``, so a rejected command changes no byte and a crash loses no line.
public struct Store: Sendable {
    /// The store directory as the person gave it, used in every message: `Series`.
    public let directory: String

    /// The file extension of Series files.
    public static let fileExtension = ".kpi"
    /// The file extension of action files.
    public static let actionFileExtension = ".action"
    /// Where torn bytes found at the end of a file are set aside.
    public static let recoveredDirectory = ".recovered"

    /// Opens an existing store; a directory without `store.conf` is not a store (exit 66).
    /// Nothing is read yet: ``read(_:hashing:warn:)`` and ``write(_:)`` read the settings under
    /// the lock, with the files.
    public init(opening directory: String) throws {
        let directory = Self.normalised(directory)
        let confPath = directory + "/" + StoreSettings.fileName
        guard FileSystem.isDirectory(directory) else {
            throw KPIError.noStore(directory)
        }
        guard FileSystem.exists(confPath) else {
            throw KPIError.notAStore(directory)
        }
        self.directory = directory
    }

    /// Creates a new, empty store (the directory may exist but must not already be a store).
    public static func initialize(at directory: String, settings: StoreSettings) throws -> Store {
        let directory = normalised(directory)
        let confPath = directory + "/" + StoreSettings.fileName
        if FileSystem.exists(confPath) {
            throw KPIError.alreadyAStore(directory)
        }
        if FileSystem.exists(directory) && !FileSystem.isDirectory(directory) {
            throw KPIError.storeIsAFile(directory)
        }
        try FileSystem.makeDirectories(directory)
        try FileSystem.replace(confPath, with: Array(settings.rendered.utf8))
        return try Store(opening: directory)
    }

    /// Whether `directory` holds a store (a `store.conf`).
    public static func exists(at directory: String) -> Bool {
        FileSystem.exists(normalised(directory) + "/" + StoreSettings.fileName)
    }

    static func normalised(_ directory: String) -> String {
        var result = directory.isEmpty ? "." : directory
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// The path of an indicator's file: `Series/ICT01.kpi`.
    public func path(for id: IndicatorID) -> String {
        directory + "/" + id.rawValue + Self.fileExtension
    }

    /// The path of a data file: `Series/ICT01.kpi` or `Series/ICT01.action`.
    public func path(for name: StoreFileName) -> String {
        directory + "/" + name.description
    }

    /// The path of an action's file: `Series/1.01.02.action`.
    public func actionPath(for id: ActionID) -> String {
        path(for: .action(id))
    }

    /// The ids of every action file, sorted; names that are not valid ids are left out
    /// (``check()`` reports them).
    public func actionIDs() throws -> [ActionID] {
        try ids(of: .action)
    }

    /// The ids of every file of one kind, sorted.
    private func ids(of kind: StoreFileName.Kind) throws -> [IndicatorID] {
        try FileSystem.list(directory).compactMap { name in
            guard let file = StoreFileName(name: name), file.kind == kind else { return nil }
            return file.id
        }.sorted()
    }

    /// Reads one action's file without taking the lock (callers hold it); a missing action is
    /// exit 66.
    func readActionFile(_ id: ActionID) throws -> ActionFile {
        let path = actionPath(for: id)
        guard FileSystem.exists(path) else {
            throw KPIError.noAction(id, path: path)
        }
        return ActionFileParser.parse(try FileSystem.read(path), path: path, expectedID: id)
    }

    /// The ids of every Series file, sorted; names that are not valid ids are left out
    /// (``check()`` reports them).
    public func indicatorIDs() throws -> [IndicatorID] {
        try ids(of: .series)
    }

    /// Reads one indicator's file without taking the lock (callers hold it).
    func readFile(_ id: IndicatorID) throws -> SeriesFile {
        let path = path(for: id)
        guard FileSystem.exists(path) else {
            throw KPIError.noIndicator(id, path: path)
        }
        return SeriesFileParser.parse(try FileSystem.read(path), path: path, expectedID: id)
    }
}
