/// Bytes of a Series file being parsed: a slice of the file's buffer, borrowed for the parse.
///
/// An unsafe buffer rather than an `ArraySlice` so that splitting a hundred thousand lines into
/// fields costs no reference counting; tokens never outlive ``SeriesFileParser/parse``.
typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

/// One space-separated field of a Series line: a bare word or a double-quoted text.
struct Token {
    /// The raw bytes of a bare word (for quoted text, the bytes between the quotes).
    var bytes: Bytes
    var quoted: Bool
    /// The unescaped text of a quoted field (bare words are decoded on demand).
    private var quotedText: String?

    init(bytes: Bytes, quoted: Bool, text: String?) {
        self.bytes = bytes
        self.quoted = quoted
        self.quotedText = text
    }

    /// The field as text, escapes resolved. Bare words are only decoded when asked for:
    /// most are parsed straight from their bytes (periods, figures, times), and any
    /// invalid UTF-8 in them fails those strict parsers anyway.
    var text: String { quotedText ?? String(decoding: buffer, as: UTF8.self) }

    /// The bytes as a buffer of their own, for the parsers in KPIModel.
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes) }

    /// Whether a bare word is exactly `word` (ASCII), without making a String.
    func isWord(_ word: StaticString) -> Bool {
        guard !quoted, bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var index = bytes.startIndex
            for byte in expected {
                if bytes[index] != byte { return false }
                index += 1
            }
            return true
        }
    }

    /// Splits a line into `tokens` (emptied first, its storage reused from line to line);
    /// returns what was expected when a quote is unbalanced, or nil.
    static func split(_ line: Bytes, into tokens: inout [Token]) -> Expected? {
        tokens.removeAll(keepingCapacity: true)
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                var end = index + 1
                while end < line.endIndex, line[end] != UInt8(ascii: "\"") {
                    end += line[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard end < line.endIndex else { return Expected("a closing double quote") }
                let inner = line[(index + 1)..<end]
                switch SeriesText.unquote(inner) {
                case .success(let text): tokens.append(Token(bytes: inner, quoted: true, text: text))
                case .failure(let reason): return reason
                }
                index = end + 1
                if index < line.endIndex, line[index] != UInt8(ascii: " "), line[index] != UInt8(ascii: "\t") {
                    return Expected("a space after the closing double quote")
                }
                continue
            }
            var end = index
            while end < line.endIndex, line[end] != UInt8(ascii: " "), line[end] != UInt8(ascii: "\t") { end += 1 }
            tokens.append(Token(bytes: line[index..<end], quoted: false, text: nil))
            index = end
        }
        return nil
    }
}
