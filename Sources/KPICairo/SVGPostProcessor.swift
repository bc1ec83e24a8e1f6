import KPIText

/// Edits Cairo's SVG output: adds an accessible name and makes element ids reproducible.
///
/// Cairo's SVG surface cannot emit `<title>`/`<desc>`, so they are inserted as text after the
/// root start tag. Works on the document as a string because the output shape is Cairo's own
/// and small; no XML library is needed.
enum SVGPostProcessor {
    /// Renumbers process-wide ids, then inserts the escaped title and description and the ARIA
    /// attributes into `svg`.
    ///
    /// Works on the bytes, in one buffer: the labels are spliced into the renumbered document in
    /// place (an SVG chart is ~150 KB; every extra copy or trip through `String` shows next to
    /// Cairo's own time).
    static func process(_ svg: [UInt8], title: String, description: String, idPrefix: String) throws -> [UInt8] {
        let prefix = TextEscaping.markup(idPrefix)
        let titleID = "\(prefix)-title", descID = "\(prefix)-desc"
        var labels = " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">"
        labels += "\n<title id=\"\(titleID)\">\(TextEscaping.markup(title))</title>"
        labels += "\n<desc id=\"\(descID)\">\(TextEscaping.markup(description))</desc>"
        var bytes = renumberIDs(svg, extraCapacity: labels.utf8.count + 8)
        guard let rootStart = firstIndex(of: Array("<svg".utf8), in: bytes),
            let rootEnd = bytes[(rootStart + 4)...].firstIndex(of: UInt8(ascii: ">"))
        else {
            throw CairoError(
                operation: "SVG post-processing", message: "expected an <svg> root element in Cairo's output")
        }
        let selfClosing = bytes[rootEnd - 1] == UInt8(ascii: "/")
        if selfClosing { labels += "\n</svg>" }
        bytes.replaceSubrange((selfClosing ? rootEnd - 1 : rootEnd)...rootEnd, with: labels.utf8)
        return bytes
    }

    /// The index where `needle` first occurs in `bytes`, or nil.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if bytes[i..<i + needle.count].elementsEqual(needle) { return i }
        }
        return nil
    }
}
