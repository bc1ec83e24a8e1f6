import KPIFiles
import KPIModel

/// The store's write-ahead journal, `.journal`: what a command is about to append, written
/// and synced before any Series file is touched.
///
/// A command that changes several files (an import) must land wholly or not at all. It first
/// writes every append it will make into the journal, ending with a `commit` line, and syncs
/// it; then appends to each file; then deletes the journal. After a crash the next writer
/// finds the journal: without its `commit` line nothing had been touched and it is dropped;
/// with it, each file is cut back to its recorded length and the append done again.
///
/// Layout: `kpi-journal 1\n`, then per file `append NAME LENGTH COUNT\n` followed by COUNT
/// bytes and `\n`, then `commit N\n` where N is the number of appends.
struct Journal {
    struct Append: Equatable {
        /// The file name inside the store, such as `ICT01.kpi` or `1.01.02.action`.
        var name: String
        /// The file's length before the append (0 for a new file).
        var priorLength: Int
        var bytes: [UInt8]
    }

    static let fileName = ".journal"
    var appends: [Append]

    func encoded() -> [UInt8] {
        var out = Array("kpi-journal 1\n".utf8)
        for append in appends {
            out += Array("append \(append.name) \(append.priorLength) \(append.bytes.count)\n".utf8)
            out += append.bytes
            out.append(10)
        }
        out += Array("commit \(appends.count)\n".utf8)
        return out
    }

    /// Reads a journal; nil when it is incomplete (no `commit` line), so nothing was applied.
    static func decode(_ bytes: [UInt8]) -> Journal? {
        var index = 0
        func line() -> String? {
            guard let newline = bytes[index...].firstIndex(of: 10) else { return nil }
            defer { index = newline + 1 }
            return String(decoding: bytes[index..<newline], as: UTF8.self)
        }
        guard line() == "kpi-journal 1" else { return nil }
        var appends: [Append] = []
        while let header = line() {
            let parts = header.split(separator: " ")
            if parts.count == 2, parts[0] == "commit" {
                return header == "commit \(appends.count)" && index == bytes.count ? Journal(appends: appends) : nil
            }
            // Only a journal exactly as ``encoded()`` writes it is trusted: a name that is an
            // indicator's or an action's file in this directory (never a path), and lengths that
            // fit the bytes (compared without overflow, whatever digits a damaged journal holds).
            guard parts.count == 4, parts[0] == "append", let prior = Int(parts[2]), let count = Int(parts[3]),
                prior >= 0, count >= 0, header == "append \(parts[1]) \(prior) \(count)",
                StoreFileName(name: parts[1]) != nil,
                count < bytes.count - index, bytes[index + count] == 10
            else { return nil }
            appends.append(
                Append(name: String(parts[1]), priorLength: prior, bytes: Array(bytes[index..<(index + count)])))
            index += count + 1
        }
        return nil
    }

    /// Writes and syncs the journal; after this the command will complete even if killed.
    /// A journal that cannot be written whole (a full disk) is removed again, so a refused
    /// command leaves no trace.
    func write(directory: String) throws {
        try FileSystem.write(encoded(), to: directory + "/" + Self.fileName, durability: .synced)
        try FileSystem.syncDirectory(directory)
    }

    /// Applies every append: cut the file back to its prior length, write, sync.
    func apply(directory: String) throws {
        var created = false
        for append in appends {
            let made = try FileSystem.append(append.bytes, to: directory + "/" + append.name, at: append.priorLength)
            created = created || made
        }
        if created { try FileSystem.syncDirectory(directory) }
    }

    /// Puts every file back to its prior length (removing files this journal created).
    func rollBack(directory: String) {
        for append in appends {
            let path = directory + "/" + append.name
            if append.priorLength == 0 {
                try? FileSystem.remove(path)
            } else {
                try? FileSystem.truncate(path, to: append.priorLength)
            }
        }
        Self.remove(directory: directory)
    }

    static func remove(directory: String) {
        try? FileSystem.remove(directory + "/" + fileName)
        try? FileSystem.syncDirectory(directory)
    }

    /// Finishes or drops a journal left by a crashed writer. Call with the exclusive lock held.
    /// Returns a sentence for the person running the command, or nil when there was nothing.
    static func recover(directory: String) throws -> String? {
        let path = directory + "/" + fileName
        guard FileSystem.exists(path) else { return nil }
        let bytes = try FileSystem.read(path)
        guard let journal = decode(bytes) else {
            remove(directory: directory)
            return "\(path): dropped an unfinished journal from an interrupted command; it had not changed any file"
        }
        try journal.apply(directory: directory)
        remove(directory: directory)
        let names = journal.appends.map(\.name).joined(separator: ", ")
        return "\(path): completed an interrupted command from its journal (\(names))"
    }
}
