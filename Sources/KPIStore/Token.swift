/// One space-separated field of a Series line: a bare word or a double-quoted text.
struct Token {
    /// The raw bytes of a bare word (for quoted text, the bytes between the quotes).
    var bytes: ArraySlice<UInt8>
    var quoted: Bool
    /// The field as text, escapes resolved.
    var text: String

    /// Splits a line into tokens; fails with what was expected when a quote is unbalanced.
    static func split(_ line: ArraySlice<UInt8>) -> Result<[Token], Expected> {
        var tokens: [Token] = []
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
                guard end < line.endIndex else { return .failure(Expected("a closing double quote")) }
                let inner = line[(index + 1)..<end]
                switch SeriesText.unquote(inner) {
                case .success(let text): tokens.append(Token(bytes: inner, quoted: true, text: text))
                case .failure(let reason): return .failure(reason)
                }
                index = end + 1
                if index < line.endIndex, line[index] != UInt8(ascii: " "), line[index] != UInt8(ascii: "\t") {
                    return .failure(Expected("a space after the closing double quote"))
                }
                continue
            }
            var end = index
            while end < line.endIndex, line[end] != UInt8(ascii: " "), line[end] != UInt8(ascii: "\t") { end += 1 }
            let word = line[index..<end]
            guard let text = String(validating: word, as: UTF8.self) else { return .failure(Expected("text that is valid UTF-8")) }
            tokens.append(Token(bytes: word, quoted: false, text: text))
            index = end
        }
        return .success(tokens)
    }
}
