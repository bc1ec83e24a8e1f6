/// The parts of a PDF written by Cairo 1.16 that an incremental update needs: where each
/// object starts, the catalog, the info dictionary and the last cross-reference table.
struct CairoPDFFile {
    let bytes: [UInt8]
    /// Object number to byte offset, for objects in use.
    let offsets: [Int: Int]
    let size: Int
    let root: Int
    let info: Int?
    let lastCrossReference: Int

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        func fail(_ message: String) -> CairoError {
            CairoError(operation: "PDF accessibility update", message: "Cairo's output: \(message)")
        }
        guard let startxref = Self.lastIndex(of: Array("startxref".utf8), in: bytes) else {
            throw fail("expected startxref at the end")
        }
        var reader = ByteReader(bytes: bytes, position: startxref + 9)
        guard let xref = reader.integer() else { throw fail("expected a number after startxref") }
        lastCrossReference = xref
        reader.position = xref
        guard reader.skip("xref"), let first = reader.integer(), let count = reader.integer(), first == 0 else {
            throw fail("expected a cross-reference table at byte \(xref)")
        }
        reader.skipWhitespace()
        var offsets: [Int: Int] = [:]
        for id in 0..<count {
            let entry = Array(reader.take(20))
            guard entry.count == 20, let offset = Int(String(decoding: entry[0..<10], as: UTF8.self)) else {
                throw fail("cross-reference entry \(id) is not 20 bytes")
            }
            if entry[17] == UInt8(ascii: "n") { offsets[id] = offset }
        }
        self.offsets = offsets
        guard reader.skip("trailer") else { throw fail("expected a trailer after the cross-reference table") }
        let trailer = reader.dictionaryText()
        func number(after key: String) -> Int? {
            var keyReader = ByteReader(bytes: Array(trailer.utf8), position: 0)
            guard keyReader.find(key) else { return nil }
            return keyReader.integer()
        }
        guard let size = number(after: "/Size"), let root = number(after: "/Root") else {
            throw fail("expected /Size and /Root in the trailer")
        }
        self.size = size
        self.root = root
        info = number(after: "/Info")
    }

    /// The objects whose dictionary begins with `prefix`, by increasing object number.
    func objectIDs(whoseDictionaryStartsWith prefix: String) -> [Int] {
        let wanted = Array(prefix.utf8)
        return offsets.keys.sorted().filter { id in
            guard let start = dictionaryStart(of: id) else { return false }
            return bytes[start...].starts(with: wanted)
        }
    }

    /// Object `id`'s dictionary with `entries` (lines ending in a newline) added before its end.
    func dictionary(of id: Int, adding entries: String) throws -> String {
        guard let start = dictionaryStart(of: id),
            let end = Self.firstIndex(of: Array("\nendobj".utf8), in: bytes, from: start)
        else {
            throw CairoError(
                operation: "PDF accessibility update", message: "Cairo's output: object \(id) is not a dictionary")
        }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        guard text.hasSuffix(">>") else {
            throw CairoError(
                operation: "PDF accessibility update",
                message: "Cairo's output: object \(id) does not end its dictionary with >>")
        }
        text.removeLast(2)
        if !text.hasSuffix("\n") { text += "\n" }
        return text + entries + ">>"
    }

    /// The content stream object of each page, in page-object order.
    func pageContentStreams() throws -> [Int] {
        try offsets.keys.sorted().compactMap { id -> Int? in
            guard let start = dictionaryStart(of: id) else { return nil }
            let page = Array("<< /Type /Page".utf8)
            guard bytes[start...].starts(with: page),
                [UInt8(ascii: " "), UInt8(ascii: "\n")].contains(bytes[start + page.count])
            else { return nil }
            var reader = ByteReader(bytes: bytes, position: start)
            let dictionary = reader.dictionaryText()
            var contents = ByteReader(bytes: Array(dictionary.utf8), position: 0)
            guard contents.find("/Contents"), let stream = contents.integer() else {
                throw CairoError(
                    operation: "PDF accessibility update", message: "Cairo's output: page object \(id) has no /Contents"
                )
            }
            return stream
        }
    }

    /// The raw (still compressed) data of stream object `id`.
    func streamData(of id: Int) throws -> [UInt8] {
        func fail(_ message: String) -> CairoError {
            CairoError(
                operation: "PDF accessibility update", message: "Cairo's output: stream object \(id): \(message)")
        }
        guard let start = dictionaryStart(of: id) else { throw fail("not found") }
        var reader = ByteReader(bytes: bytes, position: start)
        guard reader.find("/Length"), var length = reader.integer() else { throw fail("expected /Length") }
        let afterNumber = reader.position
        if let generation = reader.integer(), generation == 0, reader.skip("R") {
            guard let lengthStart = offsets[length] else { throw fail("its /Length object is missing") }
            var lengthReader = ByteReader(bytes: bytes, position: lengthStart)
            _ = lengthReader.integer(); _ = lengthReader.integer()
            guard lengthReader.skip("obj"), let value = lengthReader.integer() else {
                throw fail("its /Length object holds no number")
            }
            length = value
        } else {
            reader.position = afterNumber
        }
        guard reader.find("stream"), reader.position < bytes.count else { throw fail("expected stream") }
        if bytes[reader.position] == UInt8(ascii: "\r") { reader.position += 1 }
        if bytes[reader.position] == UInt8(ascii: "\n") { reader.position += 1 }
        guard reader.position + length <= bytes.count else {
            throw fail("/Length \(length) runs past the end of the file")
        }
        return Array(bytes[reader.position..<reader.position + length])
    }

    /// The file with new versions of the `replacements` objects (each the bytes between
    /// `N 0 obj` and `endobj`), their cross-reference section and a trailer chained to the
    /// previous one.
    func appendingUpdate(_ replacements: [(id: Int, body: [UInt8])]) -> [UInt8] {
        var out = bytes
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var entries: [(id: Int, offset: Int)] = []
        for (id, body) in replacements.sorted(by: { $0.id < $1.id }) {
            entries.append((id, out.count))
            out += Array("\(id) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var text = "xref\n"
        for (id, offset) in entries {
            let digits = String(offset)
            text += "\(id) 1\n" + String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        text += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { text += "   /Info \(info) 0 R\n" }
        text += "   /Prev \(lastCrossReference)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(text.utf8)
    }

    /// Where object `id`'s dictionary starts (just after `id 0 obj` and its newline).
    private func dictionaryStart(of id: Int) -> Int? {
        guard let offset = offsets[id] else { return nil }
        let header = Array("\(id) 0 obj".utf8)
        guard bytes[offset...].starts(with: header) else { return nil }
        var position = offset + header.count
        while position < bytes.count,
            bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
                || bytes[position] == UInt8(ascii: " ")
        {
            position += 1
        }
        return bytes[position...].starts(with: Array("<<".utf8)) ? position : nil
    }

    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}

/// A cursor over PDF bytes for the few tokens the update reads.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int

    mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    /// Skips whitespace, then `word` if it comes next; false (and nothing skipped past the
    /// whitespace) otherwise.
    mutating func skip(_ word: String) -> Bool {
        skipWhitespace()
        let word = Array(word.utf8)
        guard bytes[position...].starts(with: word) else { return false }
        position += word.count
        return true
    }

    mutating func integer() -> Int? {
        skipWhitespace()
        var value = 0, digits = 0
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    mutating func take(_ count: Int) -> ArraySlice<UInt8> {
        let end = min(bytes.count, position + count)
        defer { position = end }
        return bytes[position..<end]
    }

    /// Moves past the next occurrence of `text`; false if there is none.
    mutating func find(_ text: String) -> Bool {
        guard let index = CairoPDFFile.firstIndex(of: Array(text.utf8), in: bytes, from: position) else { return false }
        position = index + text.utf8.count
        return true
    }

    /// The text from here to the end of the next `>>`.
    mutating func dictionaryText() -> String {
        let start = position
        guard find(">>") else { return "" }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }
}
