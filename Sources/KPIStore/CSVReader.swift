import KPIModel

/// Reads comma-separated values as RFC 4180 writes them, as spreadsheets export them.
///
/// UTF-8 with or without a byte-order mark, CRLF or LF line ends, fields in double quotes
/// with `""` for a quote and line breaks allowed inside. Each record keeps the line it starts
/// on, so every message can say `file:line`. A NUL byte, invalid UTF-8 or an unbalanced quote
/// rejects the file with the line where it was found.
public struct CSVReader {
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// Splits `bytes` into records; `path` is used in messages.
    public static func records(_ bytes: [UInt8], path: String) throws -> [Record] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let nul = bytes.firstIndex(of: 0) {
            throw KPIError.nulInCSV(at: .line(path, lineNumber(of: nul, in: bytes)))
        }
        if String(validating: bytes[start...], as: UTF8.self) == nil {
            let bad = firstInvalidUTF8(bytes, from: start)
            throw KPIError.notUTF8CSV(at: .line(path, lineNumber(of: bad, in: bytes)))
        }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var atFieldStart = true  // a quote here opens a quoted field
        var recordHasContent = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        /// Ends a record at a line end; a blank line is no record.
        func endRecord() {
            if recordHasContent {
                endField()
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
            recordHasContent = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\""), atFieldStart {
                // A quoted field: read to the closing quote.
                let openLine = line
                recordHasContent = true
                atFieldStart = false
                index += 1
                var closed = false
                while index < bytes.count {
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == 10 { line += 1 }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    throw KPIError.unclosedQuote(at: .line(path, openLine))
                }
                if index < bytes.count, ![UInt8(ascii: ","), 10, 13].contains(bytes[index]) {
                    throw KPIError.textAfterClosingQuote(
                        at: .line(path, line), found: String(decoding: [bytes[index]], as: UTF8.self))
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                recordHasContent = true
                endField()
            case 13 where index + 1 < bytes.count && bytes[index + 1] == 10:
                break
            case 10, 13:
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                throw KPIError.quoteInMidField(at: .line(path, line))
            default:
                recordHasContent = true
                atFieldStart = false
                field.append(byte)
            }
            index += 1
        }
        endRecord()
        return records
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 10 { line += 1 }
        return line
    }

    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            if length == 0 || index + length > bytes.count
                || String(validating: bytes[index..<index + length], as: UTF8.self) == nil
            {
                return index
            }
            index += length
        }
        return bytes.count
    }
}
