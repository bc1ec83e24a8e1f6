#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import KPIModel

/// Where the command's words go: results to stdout, errors and warnings to stderr.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("kpi: warning: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("kpi: error: \(message)\n".utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether stdout is a terminal that wants colour (not piped, and NO_COLOR unset).
    static var wantsColour: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The terminal's width, or 80 when it is not a terminal.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return Int(size.ws_col)
        }
        return 80
    }

    /// Runs a command body, turning a ``KPIError`` into one clear line on stderr and its exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as KPIError {
            Terminal.error(error.message)
            throw ExitStatus(error.kind).exitCode
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("unexpected failure: \(error)")
            throw ExitStatus.io.exitCode
        }
    }
}
