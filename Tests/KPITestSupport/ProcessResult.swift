import Foundation

/// What a program run by a test did: its exit status and its two output streams.
public struct ProcessResult: Sendable {
    /// The exit status, or minus the signal number when a signal ended it.
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// The first line of stderr: the one clear line every kpi error starts with.
    public var firstErrorLine: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }
}

/// A program started by a test; ``wait()`` collects its result.
public final class RunningProcess {
    let process: Process
    let out: Pipe
    let err: Pipe

    /// Starts `executable` with `arguments` in `directory`, with `environment` added to this
    /// process's (a nil value removes a variable). Standard input is empty.
    public init(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        environment: [String: String?] = [:]
    ) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        out = Pipe()
        err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the program to end.
    public func wait() -> ProcessResult {
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        let status = signalled ? -process.terminationStatus : process.terminationStatus
        return ProcessResult(
            status: status, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
