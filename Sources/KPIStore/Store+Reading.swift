import Dispatch
import KPIActions
import KPIFiles
import KPIModel

extension Store {
    /// Which Series files a read command needs.
    public enum Selection: Sendable {
        /// Every indicator and every action (status, actions, pack, export).
        case all
        /// One indicator (history, chart, tile, spc): its file alone is read.
        case only(IndicatorID)
    }

    /// Reads what a command needs under one shared lock: `store.conf` and the selected Series
    /// files (in parallel), for the whole store the action files too, with the whole store's
    /// content hash when `hashing` (a pack's manifest). Warnings (a torn final line ignored, a crashed writer's journal completed)
    /// go to `warn`.
    public func read(
        _ selection: Selection = .all, hashing: Bool = false,
        warn: (String) -> Void = { _ in }
    ) throws -> StoreContents {
        try withReadLock(warn: warn) {
            let confPath = directory + "/" + StoreSettings.fileName
            let conf = try FileSystem.read(confPath)
            let settings = try StoreSettings(parsing: conf, path: confPath)
            let ids: [IndicatorID]
            switch selection {
            case .all: ids = try indicatorIDs()
            case .only(let id):
                guard FileSystem.exists(path(for: id)) else {
                    throw KPIError.noIndicator(id, path: path(for: id))
                }
                ids = [id]
            }
            let results = ParallelResults<Result<(bytes: [UInt8], file: SeriesFile), Error>>(count: ids.count)
            DispatchQueue.concurrentPerform(iterations: ids.count) { index in
                results[index] = Result {
                    let path = path(for: ids[index])
                    let bytes = try FileSystem.read(path)
                    return (hashing ? bytes : [], SeriesFileParser.parse(bytes, path: path, expectedID: ids[index]))
                }
            }
            let read = try results.values.map { try $0.get() }
            var actions: [(name: String, bytes: [UInt8], file: ActionFile)] = []
            if case .all = selection {
                for id in try actionIDs() {
                    let path = actionPath(for: id)
                    let bytes = try FileSystem.read(path)
                    actions.append(
                        (
                            StoreFileName.action(id).description, hashing ? bytes : [],
                            ActionFileParser.parse(bytes, path: path, expectedID: id)
                        ))
                }
            }
            for (path, tail) in read.map({ ($0.file.path, $0.file.tornTail) })
                + actions.map({ ($0.file.path, $0.file.tornTail) })
            {
                if let tail {
                    warn(
                        "\(path): ignoring \(tail.count) bytes after the last complete line (a write torn by a crash); the next write to it sets them aside"
                    )
                }
            }
            var hash: String?
            if hashing, case .all = selection {
                var hasher = SHA256()
                // Names sorted as bytes, store.conf among them, as `ls` would list them.
                var named = zip(ids.map { $0.rawValue + Self.fileExtension }, read.map(\.bytes)).map { ($0, $1) }
                named += actions.map { ($0.name, $0.bytes) }
                named.append((StoreSettings.fileName, conf))
                for (name, bytes) in named.sorted(by: { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) })
                {
                    hasher.update(Array("\(name)\n\(bytes.count)\n".utf8))
                    hasher.update(bytes)
                }
                hash = "sha256:" + hasher.finalizeHex()
            }
            return StoreContents(
                directory: directory, settings: settings, files: read.map(\.file), actionFiles: actions.map(\.file),
                contentHash: hash)
        }
    }

    /// Reads one indicator's file under a shared lock.
    public func load(_ id: IndicatorID, warn: (String) -> Void = { _ in }) throws -> SeriesFile {
        try read(.only(id), warn: warn).files[0]
    }

    /// Every indicator as it stood at `moment` (now when nil): one whole-store read.
    public func snapshots(asOf moment: Timestamp?, warn: (String) -> Void = { _ in }) throws -> [IndicatorSnapshot] {
        try read(warn: warn).snapshots(asOf: moment)
    }

    /// Runs `body` under the shared lock, first finishing a crashed writer's journal if the
    /// store is writable, so a reader never sees half of an interrupted import.
    func withReadLock<T>(warn: (String) -> Void, _ body: () throws -> T) throws -> T {
        if FileSystem.exists(directory + "/" + Journal.fileName) {
            do {
                let lock = try StoreLock.acquire(directory: directory, exclusive: true)
                if let message = try Journal.recover(directory: directory) { warn(message) }
                _ = lock
            } catch let error as KPIError where error.kind == .io {
                warn(
                    "\(directory)/\(Journal.fileName): an interrupted command could not be completed (\(error.message)); showing the files as they are"
                )
            }
        }
        let lock = try StoreLock.acquire(directory: directory, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}

/// A fixed-size array that concurrent workers fill, each at its own index.
///
/// Backed by one allocation so that writes to different indices never touch shared Swift
/// state (an `Array` property would trip exclusivity checking).
final class ParallelResults<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Element {
        get { storage[index]! }
        set { storage[index] = newValue }
    }

    var values: [Element] { storage.map { $0! } }
}
