import KPIModel
#if canImport(Glibc)
import Glibc
#endif

/// The lines one command will add to the store, validated in full before any is written.
///
/// A command reads the files it needs through ``file(_:)`` (fresh, under the exclusive lock),
/// checks its input against them, and stages lines with ``append(_:to:)`` or
/// ``create(_:content:)``. Nothing reaches the disk until ``Store/write(_:)`` commits the
/// whole transaction through the journal; a thrown error discards it.
public struct StoreTransaction {
    let store: Store
    /// The store's settings, read under the lock with everything else.
    public let settings: StoreSettings
    private(set) var files: [IndicatorID: SeriesFile] = [:]
    private(set) var staged: [IndicatorID: [UInt8]] = [:]
    private(set) var order: [IndicatorID] = []
    private(set) var created: Set<IndicatorID> = []

    init(store: Store, settings: StoreSettings) {
        self.store = store
        self.settings = settings
    }

    /// The indicator's file as it is on disk, read once per transaction.
    /// A file with problems is refused: a command never builds on a broken file.
    public mutating func history(_ id: IndicatorID) throws -> IndicatorHistory {
        try file(id).requireHistory()
    }

    public mutating func file(_ id: IndicatorID) throws -> SeriesFile {
        if let file = files[id] { return file }
        let file = try store.readFile(id)
        files[id] = file
        return file
    }

    /// Whether the store already has a file for this id.
    public func exists(_ id: IndicatorID) -> Bool {
        files[id] != nil || created.contains(id) || FileSystem.exists(store.path(for: id))
    }

    /// Stages lines to append to an existing indicator's file.
    public mutating func append(_ text: String, to id: IndicatorID) {
        if staged[id] == nil { order.append(id) }
        staged[id, default: []] += Array(text.utf8)
    }

    /// Stages a new indicator's file.
    public mutating func create(_ id: IndicatorID, content: String) {
        created.insert(id)
        append(content, to: id)
    }

    /// The appends this transaction makes, each with the file's length before it.
    func journal() -> Journal {
        Journal(appends: order.map { id in
            Journal.Append(name: id.rawValue + Store.fileExtension,
                           priorLength: created.contains(id) ? 0 : files[id]?.cleanSize ?? 0,
                           bytes: staged[id]!)
        })
    }

    /// Re-reads each changed file as it will be after the commit and refuses the commit if
    /// that file would have any problem: the last guard that nothing unreadable is written.
    func verify() throws {
        for id in order {
            let before = created.contains(id) ? [] : try FileSystem.read(store.path(for: id))
            let clean = Array(before.prefix(files[id]?.cleanSize ?? before.count))
            let after = SeriesFileParser.parse(clean + staged[id]!, path: store.path(for: id), expectedID: id)
            if let problem = after.problems.first {
                throw KPIError(.badData, "refused to write a line the store could not read back: \(problem.message)")
            }
        }
    }
}

extension Store {
    /// Runs a write command: lock, finish any crashed journal, build and validate the
    /// transaction, set aside torn tails, then journal and append. Returns warnings for
    /// the person (recoveries made on the way).
    @discardableResult
    public func write(_ build: (inout StoreTransaction) throws -> Void) throws -> [String] {
        var warnings: [String] = []
        let lock = try StoreLock.acquire(directory: directory, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        if let message = try Journal.recover(directory: directory) { warnings.append(message) }
        let confPath = directory + "/" + StoreSettings.fileName
        var transaction = StoreTransaction(store: self, settings: try StoreSettings(parsing: FileSystem.read(confPath), path: confPath))
        try build(&transaction)
        guard !transaction.order.isEmpty else { return warnings }
        try transaction.verify()
        for id in transaction.order where !transaction.created.contains(id) {
            if let file = transaction.files[id], let tail = file.tornTail {
                warnings.append(try setAside(tail, from: file))
            }
        }
        let journal = transaction.journal()
        try journal.write(directory: directory)
        CrashPoint.reached("journal-written")
        do {
            try journal.apply(directory: directory)
        } catch let error as KPIError {
            journal.rollBack(directory: directory)
            throw KPIError(error.kind, error.message + "; the command was undone and nothing was changed")
        }
        CrashPoint.reached("applied")
        Journal.remove(directory: directory)
        return warnings
    }

    /// Moves a torn final line into `.recovered/` and cuts it from the file.
    func setAside(_ tail: [UInt8], from file: SeriesFile) throws -> String {
        let folder = directory + "/" + Self.recoveredDirectory
        try FileSystem.makeDirectory(folder)
        // A symlink here would send the torn bytes out of the store.
        guard !FileSystem.isSymbolicLink(folder), FileSystem.isDirectory(folder) else {
            throw KPIError(.badData, "\(folder): expected a directory for torn lines set aside, found \(FileSystem.isSymbolicLink(folder) ? "a symbolic link" : "a file") (the store keeps only real files); nothing was changed")
        }
        let base = String(file.path.split(separator: "/").last ?? "series")
        var name = "\(base).\(Timestamp.now().secondsSince1970).torn"
        var counter = 1
        while FileSystem.exists(folder + "/" + name) {
            counter += 1
            name = "\(base).\(Timestamp.now().secondsSince1970)-\(counter).torn"
        }
        try FileSystem.replace(folder + "/" + name, with: tail, directory: folder)
        guard truncate(file.path, off_t(file.cleanSize)) == 0 else {
            throw FileSystem.ioError("cannot cut the torn line from", file.path)
        }
        return "\(file.path): set aside \(tail.count) bytes of a line torn by an interrupted write into \(folder)/\(name)"
    }
}

/// Named points in a write where tests may ask the process to die (`KPI_CRASH_AT=name`),
/// to prove that the journal recovers from a crash at each of them: `journal-written` (the
/// journal is committed, no file touched), `half-appended` (half of the first file's new
/// lines written) and `applied` (every file appended, the journal not yet removed).
/// `slow-append` is no crash: it writes the appends slowly so a timed SIGKILL lands mid-append.
enum CrashPoint {
    static let requested: String? = {
        guard let value = getenv("KPI_CRASH_AT") else { return nil }
        return String(cString: value)
    }()

    static func reached(_ name: String) {
        if requested == name { kill(getpid(), SIGKILL) }
    }
}
