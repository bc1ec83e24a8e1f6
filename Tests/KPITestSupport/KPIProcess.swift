import Foundation

/// Runs the built `kpi` binary the way a person does, capturing stdout, stderr and exit code.
public enum KPIProcess {
    /// The package root, found from this file's path.
    public static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The shipped sample store, `Series/` at the package root.
    public static var sampleStore: String { packageRoot + "/Series" }

    /// The `kpi` executable built beside the test bundle (or in `.build`).
    public static let binary: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("kpi").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        for candidate in [".build/debug/kpi", ".build/release/kpi"].map({ packageRoot + "/" + $0 })
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        fatalError("kpi binary not found beside \(CommandLine.arguments[0]) or in .build")
    }()

    /// The environment every run gets: no `KPI_STORE` from the caller, no colour, a fixed user
    /// (`KPI_USER`, recorded with each line), no terminal width.
    static let baseEnvironment: [String: String?] = [
        "KPI_STORE": nil, "NO_COLOR": "1", "KPI_USER": "tester", "COLUMNS": nil,
    ]

    /// Starts `kpi` with `arguments` in `directory`; call `wait()` on the result.
    public static func start(
        _ arguments: [String], in directory: String,
        environment: [String: String] = [:]
    ) throws -> RunningProcess {
        try RunningProcess(
            binary, arguments, in: directory,
            environment: baseEnvironment.merging(environment.mapValues { $0 }) { $1 })
    }

    /// Runs `kpi` with `arguments` in `directory` and waits for it.
    @discardableResult
    public static func run(
        _ arguments: [String], in directory: String,
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        try start(arguments, in: directory, environment: environment).wait()
    }
}
