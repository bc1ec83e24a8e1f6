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
        let path = root + "/" + relativePath
        try FileSystem.makeDirectories(FileSystem.parent(of: path), action: .createOutputDirectory)
        try FileSystem.write(bytes, to: path, durability: .unsynced)
        let digest = SHA256.hex(bytes)
        files.withLock { $0[relativePath] = (digest, bytes.count) }
    }
}
