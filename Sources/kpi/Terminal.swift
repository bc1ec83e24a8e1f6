import ArgumentParser
import FoundationEssentials
import KPIModel

#if canImport(Glibc)
    import Glibc
#endif

/// Where the command's words go: results to stdout, errors and warnings to stderr.
enum Terminal {
    static func warn(_ message: String) {
        put("kpi: warning: \(message)\n", to: STDERR_FILENO)
    }

    static func error(_ message: String) {
        put("kpi: error: \(message)\n", to: STDERR_FILENO)
    }

    static func write(_ text: String) {
        put(text, to: STDOUT_FILENO)
    }

    /// Progress on stderr, as is: no prefix, no newline (the caller sends the terminal's codes).
    static func progress(_ text: String) {
        put(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to a file descriptor with write(2), unbuffered as each call is one
    /// whole message; stops quietly if the descriptor refuses (a closed pipe), as there is
    /// nowhere left to say so.
    private static func put(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                next += written
                left -= written
            }
        }
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
