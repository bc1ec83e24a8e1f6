import Foundation

/// Every file in a directory tree with its bytes: the "byte-for-byte unchanged" check for a
/// store after a refused command, and the "byte-identical" check for two packs.
public enum FileTree {
    /// Every regular file under `root` by path relative to it, with its bytes; names in
    /// `excluding` (the store's lock file, by default none) are left out.
    public static func snapshot(_ root: String, excluding: Set<String> = []) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        for case let name as String in enumerator where !excluding.contains(name) {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory)
            guard exists, !isDirectory.boolValue else { continue }
            result[name] = FileManager.default.contents(atPath: root + "/" + name).map { Array($0) } ?? []
        }
        return result
    }
}
