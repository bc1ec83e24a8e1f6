import Foundation

/// Runs the built `kpi` binary the way a person does, capturing stdout, stderr and exit code.
struct KPIProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The first line of stderr: the one clear line every error starts with.
        var firstErrorLine: String { stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `kpi` executable built beside the test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kpi")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        for candidate in [".build/debug/kpi", ".build/release/kpi"] {
            let url = packageRoot.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("kpi binary not found beside \(CommandLine.arguments[0]) or in .build")
    }()

    /// Starts `kpi` with arguments in a working directory; call `wait()` on the result.
    static func start(_ arguments: [String], in directory: String, environment: [String: String] = [:], stdin: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KPI_STORE")
        env["NO_COLOR"] = "1"
        env["KPI_USER"] = "tester"
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    final class Running {
        let process: Process
        let out: Pipe
        let err: Pipe
        init(process: Process, out: Pipe, err: Pipe) { self.process = process; self.out = out; self.err = err }

        func wait() -> Result {
            // Read before waiting so a large output cannot fill the pipe and stall the child.
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
            return Result(status: status, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Result {
        try start(arguments, in: directory, environment: environment).wait()
    }
}

/// A scratch directory for one test, removed afterwards.
final class Scratch {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "kpi-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func kpi(_ arguments: String..., environment: [String: String] = [:]) throws -> KPIProcess.Result {
        try KPIProcess.run(arguments, in: path, environment: environment)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    /// Every file under `directory` with its bytes (lock file aside).
    func snapshot(_ directory: String = "Series") -> [String: Data] {
        Self.files(path + "/" + directory)
    }

    /// Every file under an absolute directory with its bytes (lock file aside).
    static func files(_ root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        for case let name as String in enumerator where name != ".lock" {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[name] = FileManager.default.contents(atPath: root + "/" + name) }
        }
        return result
    }

    /// A copy of the shipped sample store in this scratch directory.
    func copySampleStore() throws {
        try FileManager.default.copyItem(atPath: KPIProcess.packageRoot.appendingPathComponent("Series").path, toPath: path + "/Series")
    }

    /// A store with ICT01 (target 90, amber 85) defined in 2020.
    func makeStore() throws {
        _ = try kpi("init")
        let result = try kpi("define", "ICT01", "--title", "ICT incidents resolved in under 2 days", "--unit", "percent",
                             "--better", "higher", "--target", "90", "--from", "2020/21 Q1", "--amber", "85",
                             "--recorded-at", "2020-01-01")
        precondition(result.status == 0, result.stderr)
    }
}

extension KPIProcess {
    /// Runs another tool (pdftotext, say) and returns its stdout; a failure is an error.
    static func runTool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw KPIError("\(path) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct KPIError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
