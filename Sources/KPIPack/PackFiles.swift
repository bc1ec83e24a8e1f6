import KPIFiles
import KPIModel
import Synchronization

/// The files of a pack being written into its working directory, and their digests for the
/// manifest. Safe to use from the rendering workers.
final class PackFiles: Sendable {
    let root: String
    private let files = Mutex([String: (sha256: String, bytes: Int)]())

    init(root: String) { self.root = root }

    /// Every file written so far, by path relative to the pack, sorted.
    var written: [(path: String, sha256: String, bytes: Int)] {
        files.withLock { $0.map { ($0.key, $0.value.sha256, $0.value.bytes) }.sorted { $0.path < $1.path } }
    }

    /// Writes one file (creating its folder). Not synced here: ``FileSystem/syncTree(_:)``
    /// flushes the whole pack at once before it is put in place.
    func write(_ relativePath: String, _ bytes: [UInt8]) throws {
        try write(relativePath) { append in try append(bytes) }
    }

    /// Writes one file piece by piece, as `body` hands its pieces to `append`: they go to disk
    /// (and into the file's digest) in blocks of at least ``blockSize`` bytes, so a large file
    /// such as the web page is never held whole.
    func write(_ relativePath: String, _ body: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        let path = root + "/" + relativePath
        try FileSystem.makeDirectories(FileSystem.parent(of: path), action: .createOutputDirectory)
        var hasher = SHA256()
        var count = 0
        try FileSystem.write(to: path, durability: .unsynced) { nonEscapingWrite in
            try withoutActuallyEscaping(nonEscapingWrite) { write in
                var block: [UInt8] = []
                func flush(_ bytes: [UInt8]) throws {
                    hasher.update(bytes)
                    count += bytes.count
                    try write(bytes)
                }
                try body { piece in
                    if block.isEmpty, piece.count >= Self.blockSize { return try flush(piece) }
                    block += piece
                    if block.count >= Self.blockSize {
                        try flush(block)
                        block.removeAll(keepingCapacity: true)
                    }
                }
                if !block.isEmpty || count == 0 { try flush(block) }
            }
        }
        let digest = hasher.finalizeHex()
        files.withLock { $0[relativePath] = (digest, count) }
    }

    /// The fewest bytes a piece-by-piece write gathers before each write to disk.
    static let blockSize = 1 << 18
}
