import Dispatch
import KPIFiles
import KPIModel

extension Store {
    /// Reads one indicator's file under a shared lock.
    public func load(_ id: IndicatorID, warn: (String) -> Void = { _ in }) throws -> SeriesFile {
        try withReadLock(warn: warn) { try readFile(id) }
    }

    /// Reads every Series file under a shared lock, in parallel, sorted by id.
    public func loadAll(warn: (String) -> Void = { _ in }) throws -> [SeriesFile] {
        try withReadLock(warn: warn) {
            let ids = try indicatorIDs()
            let results = ParallelResults<Result<SeriesFile, Error>>(count: ids.count)
            DispatchQueue.concurrentPerform(iterations: ids.count) { index in
                results[index] = Result { try readFile(ids[index]) }
            }
            return try results.values.map { try $0.get() }
        }
    }

    /// Every indicator as it stood at `moment` (now when nil), failing on the first file
    /// with problems so that a bad hand edit is never half-read into a report.
    public func snapshots(asOf moment: Timestamp?, warn: (String) -> Void = { _ in }) throws -> [IndicatorSnapshot] {
        let files = try loadAll(warn: warn)
        for file in files {
            if let tail = file.tornTail {
                warn("\(file.path): ignoring \(tail.count) bytes after the last complete line (a write torn by a crash); the next write to it sets them aside")
            }
        }
        // Each snapshot is independent, so they are worked out on all cores like the parsing.
        let results = ParallelResults<Result<IndicatorSnapshot?, Error>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results[index] = Result { try files[index].requireHistory().asOf(moment) }
        }
        return try results.values.compactMap { try $0.get() }
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
                warn("\(directory)/\(Journal.fileName): an interrupted command could not be completed (\(error.message)); showing the files as they are")
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
