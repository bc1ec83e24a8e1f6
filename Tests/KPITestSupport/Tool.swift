import Foundation

/// External programs the tests check kpi's output with (pdftotext, pdfinfo, python3).
///
/// A test that needs one fails when it is missing, naming how to install it: never a quiet
/// skip that passes. `scripts/install-deps.sh --for-tests` installs them all, and CI runs it.
public enum Tool {
    /// Why a test could not run its check: the tool is missing, or it failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The absolute path of `name` on PATH, or nil when it is not installed.
    public static func path(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The path of `name`, or an error that fails the test and says which Debian package has it.
    public static func require(_ name: String, package: String) throws -> String {
        guard let path = path(name) else {
            throw Failure(
                description: "\(name) is not installed, so this check cannot run: "
                    + "scripts/install-deps.sh --for-tests installs it (Debian package \(package))")
        }
        return path
    }

    /// `pdftotext` from poppler-utils.
    public static func pdftotext() throws -> String { try require("pdftotext", package: "poppler-utils") }

    /// `pdfinfo` from poppler-utils.
    public static func pdfinfo() throws -> String { try require("pdfinfo", package: "poppler-utils") }

    /// Runs `tool` with `arguments` (in `directory`) and waits for it.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> ProcessResult {
        try RunningProcess(tool, arguments, in: directory, environment: KPIProcess.baseEnvironment).wait()
    }

    /// Runs `tool` and returns its standard output; a non-zero exit is an error showing its stderr.
    public static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try run(tool, arguments)
        guard result.status == 0 else {
            let command = ([tool] + arguments).joined(separator: " ")
            throw Failure(description: "\(command) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}
