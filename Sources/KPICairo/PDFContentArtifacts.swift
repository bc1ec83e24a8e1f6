/// Marks the drawing a tagged page leaves outside every structure element as page furniture:
/// each such run of a page's content stream is wrapped in `/Artifact BMC … EMC`.
///
/// Cairo 1.16 has no artifact tag, but it marks every drawing made inside a leaf structure
/// element (`/H1 << /MCID 0 >> BDC … EMC`) and leaves all else unmarked. kpi's layouts put every
/// piece of content in a leaf (checked on the layout data) and draw footers, rules and repeated
/// headers outside any element, so "unmarked" is exactly "furniture", and a screen reader or
/// checker that looks for untagged content finds none. Works on the uncompressed content
/// stream, one operator line at a time as Cairo writes it; never wraps a `q`/`Q` line, so the
/// graphics-state stack and the marked-content sequences stay nested.
enum PDFContentArtifacts {
    /// `content` with every unmarked run that paints something wrapped as an artifact.
    static func mark(_ content: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count + 1024)
        var pending: [ArraySlice<UInt8>] = []
        var depth = 0
        func emit(_ line: ArraySlice<UInt8>) {
            out += line
            out.append(newline)
        }
        func flush() {
            if pending.contains(where: paints) {
                out += Array("/Artifact BMC\n".utf8)
                pending.forEach(emit)
                out += Array("EMC\n".utf8)
            } else {
                pending.forEach(emit)
            }
            pending.removeAll()
        }
        var lines = content.split(separator: newline, omittingEmptySubsequences: false)
        let endsWithNewline = content.last == newline
        if endsWithNewline { lines.removeLast() }
        for line in lines {
            if line.ends(with: " BDC") || line.ends(with: " BMC") {
                if depth == 0 { flush() }
                depth += 1
                emit(line)
            } else if line.elementsEqual("EMC".utf8) {
                depth -= 1
                emit(line)
            } else if depth > 0 {
                emit(line)
            } else if changesGraphicsState(line) {
                flush()
                emit(line)
            } else {
                pending.append(line)
            }
        }
        flush()
        if !endsWithNewline, out.last == newline { out.removeLast() }
        return out
    }

    private static let newline = UInt8(ascii: "\n")

    /// True for a line that saves or restores the graphics state (`q`, `Q`, `Q q`, `q … cm`).
    private static func changesGraphicsState(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, first == UInt8(ascii: "q") || first == UInt8(ascii: "Q") else { return false }
        return line.count == 1 || line[line.startIndex + 1] == UInt8(ascii: " ")
    }

    /// True for a line that ends in a painting or text-showing operator.
    private static func paints(_ line: ArraySlice<UInt8>) -> Bool {
        for suffix in ["Tj", "TJ", "'", "\""] where line.ends(with: suffix) { return true }
        let last = line.split(separator: UInt8(ascii: " ")).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"].contains(last)
    }
}

private extension ArraySlice<UInt8> {
    func ends(with text: String) -> Bool {
        let suffix = Array(text.utf8)
        return count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}
