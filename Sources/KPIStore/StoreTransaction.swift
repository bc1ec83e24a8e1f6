import KPIActions
import KPIFiles
import KPIModel

/// The lines one command will add to the store, validated in full before any is written.
///
/// A command reads the files it needs through ``file(_:)`` or ``actionFile(_:)`` (fresh, under
/// the exclusive lock), checks its input against them, and stages lines with
/// ``append(_:to:)`` or ``create(_:content:)``. Nothing reaches the disk until
/// ``Store/write(_:)`` commits the whole transaction through the journal; a thrown error
/// discards it. Indicator and action files are staged alike, by ``StoreFileName``, so one
/// import can add to both and still land all or nothing.
public struct StoreTransaction {
    let store: Store
    /// The store's settings, read under the lock with everything else.
    public let settings: StoreSettings
    private(set) var files: [IndicatorID: SeriesFile] = [:]
    private(set) var actionFiles: [ActionID: ActionFile] = [:]
    private(set) var staged: [StoreFileName: [UInt8]] = [:]
    private(set) var order: [StoreFileName] = []
    private(set) var created: Set<StoreFileName> = []

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

    /// The action's file as it is on disk, read once per transaction (exit 66 when missing).
    public mutating func actionFile(_ id: ActionID) throws -> ActionFile {
        if let file = actionFiles[id] { return file }
        let file = try store.readActionFile(id)
        actionFiles[id] = file
        return file
    }

    /// Whether the store already has a file for this id.
    public func exists(_ id: IndicatorID) -> Bool {
        exists(.series(id))
    }

    /// Whether the store already has this file, or this transaction creates it.
    public func exists(_ name: StoreFileName) -> Bool {
        let loaded = name.kind == .series ? files[name.id] != nil : actionFiles[name.id] != nil
        return loaded || created.contains(name) || FileSystem.exists(store.path(for: name))
    }

    /// Stages lines to append to an existing indicator's file.
    public mutating func append(_ text: String, to id: IndicatorID) {
        append(text, to: .series(id))
    }

    /// Stages lines to append to an existing file of the store.
    public mutating func append(_ text: String, to name: StoreFileName) {
        if staged[name] == nil { order.append(name) }
        staged[name, default: []] += Array(text.utf8)
    }

    /// Stages a new indicator's file.
    public mutating func create(_ id: IndicatorID, content: String) {
        create(.series(id), content: content)
    }

    /// Stages a new file of the store.
    public mutating func create(_ name: StoreFileName, content: String) {
        created.insert(name)
        append(content, to: name)
    }

    /// The file as read by this transaction, if it was.
    func loaded(_ name: StoreFileName) -> (any StoreDataFile)? {
        switch name.kind {
        case .series: files[name.id]
        case .action: actionFiles[name.id]
        }
    }

    /// The appends this transaction makes, each with the file's length before it.
    func journal() -> Journal {
        Journal(
            appends: order.map { name in
                Journal.Append(
                    name: name.description,
                    priorLength: created.contains(name) ? 0 : loaded(name)?.cleanSize ?? 0,
                    bytes: staged[name]!)
            })
    }

    /// Re-reads each changed file as it will be after the commit and refuses the commit if
    /// that file would have any problem: the last guard that nothing unreadable is written.
    func verify() throws {
        for name in order {
            let path = store.path(for: name)
            let before = created.contains(name) ? [] : try FileSystem.read(path)
            let clean = Array(before.prefix(loaded(name)?.cleanSize ?? before.count))
            let problems =
                switch name.kind {
                case .series: SeriesFileParser.parse(clean + staged[name]!, path: path, expectedID: name.id).problems
                case .action: ActionFileParser.parse(clean + staged[name]!, path: path, expectedID: name.id).problems
                }
            if let problem = problems.first {
                throw KPIError.unreadableWrite(problem)
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
        var transaction = StoreTransaction(
            store: self, settings: try StoreSettings(parsing: FileSystem.read(confPath), path: confPath))
        try build(&transaction)
        guard !transaction.order.isEmpty else { return warnings }
        try transaction.verify()
        for name in transaction.order where !transaction.created.contains(name) {
            if let file = transaction.loaded(name), let tail = file.tornTail {
                warnings.append(try setAside(tail, from: file))
            }
        }
        let journal = transaction.journal()
        try journal.write(directory: directory)
        CrashPoint.journalWritten.reached()
        do {
            try journal.apply(directory: directory)
        } catch let error as KPIError {
            journal.rollBack(directory: directory)
            throw error.undone
        }
        CrashPoint.applied.reached()
        Journal.remove(directory: directory)
        return warnings
    }

    /// Moves a torn final line into `.recovered/` and cuts it from the file.
    func setAside(_ tail: [UInt8], from file: any StoreDataFile) throws -> String {
        let folder = directory + "/" + Self.recoveredDirectory
        if FileSystem.exists(folder) {
            // A symlink here would send the torn bytes out of the store.
            guard !FileSystem.isSymbolicLink(folder), FileSystem.isDirectory(folder) else {
                throw KPIError.recoveredFolderNotADirectory(folder, isLink: FileSystem.isSymbolicLink(folder))
            }
        } else {
            try FileSystem.makeDirectories(folder)
        }
        let base = FileSystem.name(of: file.path)
        var name = "\(base).\(Timestamp.now().secondsSince1970).torn"
        var counter = 1
        while FileSystem.exists(folder + "/" + name) {
            counter += 1
            name = "\(base).\(Timestamp.now().secondsSince1970)-\(counter).torn"
        }
        try FileSystem.replace(folder + "/" + name, with: tail)
        try FileSystem.truncate(file.path, to: file.cleanSize)
        return
            "\(file.path): set aside \(tail.count) bytes of a line torn by an interrupted write into \(folder)/\(name)"
    }
}
