/// Splits a store file's bytes into lines: what every parser of the store's line formats
/// shares.
///
/// A line ends in `\n` (a `\r` before it, from an editor on Windows, is dropped). Bytes after
/// the last newline are a line torn by a crash mid-write: never read as data, returned so the
/// parser can report them and the next write can set them aside.
enum LineReader {
    /// Calls `body` with each complete line and its number (from 1). Returns the number of
    /// lines, a torn final one included, and that torn line's bytes (nil when the file ends
    /// in a newline); the torn line, if any, is line `count`.
    static func forEachLine(_ contents: [UInt8], _ body: (Bytes, Int) -> Void) -> (count: Int, tornTail: [UInt8]?) {
        contents.withUnsafeBufferPointer { buffer in
            var lineNumber = 0
            var lineStart = 0
            while lineStart < buffer.count {
                lineNumber += 1
                guard let newline = buffer[lineStart...].firstIndex(of: 10) else {
                    return (lineNumber, Array(buffer[lineStart...]))
                }
                var end = newline
                if end > lineStart, buffer[end - 1] == 13 { end -= 1 }  // tolerate CRLF from editors
                body(buffer[lineStart..<end], lineNumber)
                lineStart = newline + 1
            }
            return (lineNumber, nil)
        }
    }
}
