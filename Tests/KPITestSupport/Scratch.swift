import Foundation

/// A scratch directory for one test, removed when the value is released.
public final class Scratch {
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "kpi-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Runs the built `kpi` here.
    public func kpi(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try KPIProcess.run(arguments, in: path, environment: environment)
    }

    /// Writes `text` to `name` (relative to the scratch directory).
    public func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    /// Writes `bytes` to `name`, creating its directory.
    public func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The text of `name`.
    public func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    /// The bytes of `name`, or nothing when it does not exist.
    public func bytes(_ name: String) -> [UInt8] {
        FileManager.default.contents(atPath: path + "/" + name).map { Array($0) } ?? []
    }

    /// Every file under `directory` with its bytes (see ``FileTree/snapshot(_:excluding:)``).
    public func tree(_ directory: String, excluding: Set<String> = [".lock"]) -> [String: [UInt8]] {
        FileTree.snapshot(path + "/" + directory, excluding: excluding)
    }
}
