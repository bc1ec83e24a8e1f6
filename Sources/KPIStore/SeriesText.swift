/// Reading of the quoted free text (titles, notes) of Series files.
///
/// The quoting itself, and the rules for it, are `TextEscaping.seriesText` in KPIText (error
/// messages show found text the same way); this is its reader, on the parser's bytes.
enum SeriesText {
    /// Reads a quoted token's bytes (between, not including, the quotes).
    static func unquote(_ bytes: Bytes) -> Result<String, Expected> {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        if !buffer.contains(UInt8(ascii: "\\")) {
            // Plain ASCII (most notes and names) is valid as it stands: decoded without the
            // generic validation, which costs more than the rest of a value line.
            if !buffer.contains(where: { $0 >= 0x80 }) { return .success(String(decoding: buffer, as: UTF8.self)) }
            guard let text = String(validating: buffer, as: UTF8.self) else {
                return .failure(Expected("text that is valid UTF-8"))
            }
            return .success(text)
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.endIndex else { return .failure(Expected("an escape after \\")) }
            switch bytes[index] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                guard index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "{"),
                    let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}")),
                    close > index + 2, close - index <= 8,
                    let value = UInt32(String(decoding: bytes[(index + 2)..<close], as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return .failure(Expected("an escape such as \\u{1b}")) }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = close
            default:
                return .failure(Expected("one of the escapes \\\" \\\\ \\n \\r \\t \\u{…}"))
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            return .failure(Expected("text that is valid UTF-8"))
        }
        return .success(text)
    }
}

/// What a piece of Series text should have been, for the parser's message.
struct Expected: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
