import KPIFiles
import KPIModel

extension Store {
    /// The SHA-256 of everything the store holds: `store.conf` and every Series file, by name
    /// and content. A pack's manifest records it, so an auditor can tell which store made it.
    public func contentHash() throws -> String {
        try withReadLock(warn: { _ in }) {
            var hasher = SHA256()
            let names = try FileSystem.list(directory).filter { $0 == StoreSettings.fileName || $0.hasSuffix(Self.fileExtension) }.sorted()
            for name in names {
                let bytes = try FileSystem.read(directory + "/" + name)
                hasher.update(Array("\(name)\n\(bytes.count)\n".utf8))
                hasher.update(bytes)
            }
            return "sha256:" + hasher.finalizeHex()
        }
    }
}
