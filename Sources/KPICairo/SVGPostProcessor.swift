/// Edits Cairo's SVG output: adds an accessible name and makes element ids reproducible.
///
/// Cairo's SVG surface cannot emit `<title>`/`<desc>`, so they are inserted as text after the
/// root start tag. Works on the document as a string because the output shape is Cairo's own
/// and small; no XML library is needed.
enum SVGPostProcessor {
    /// Renumbers process-wide ids, then inserts the escaped title and description and the ARIA
    /// attributes into `svg`.
    static func process(_ svg: [UInt8], title: String, description: String, idPrefix: String) throws -> [UInt8] {
        let text = String(decoding: renumberIDs(svg), as: UTF8.self)
        guard let rootStart = text.firstRange(of: "<svg"),
              let rootEnd = text[rootStart.upperBound...].firstIndex(of: ">") else {
            throw CairoError(operation: "SVG post-processing", message: "expected an <svg> root element in Cairo's output")
        }
        let prefix = xmlEscaped(idPrefix)
        let titleID = "\(prefix)-title", descID = "\(prefix)-desc"
        let selfClosing = text[text.index(before: rootEnd)] == "/"
        var result = String(text[..<(selfClosing ? text.index(before: rootEnd) : rootEnd)])
        result += " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">"
        result += "\n<title id=\"\(titleID)\">\(xmlEscaped(title))</title>"
        result += "\n<desc id=\"\(descID)\">\(xmlEscaped(description))</desc>"
        if selfClosing { result += "\n</svg>" }
        result += String(text[text.index(after: rootEnd)...])
        return Array(result.utf8)
    }

    /// `text` safe inside XML character data and attribute values.
    ///
    /// Escapes the five markup characters and drops control characters XML 1.0 forbids, so
    /// indicator names from hand-edited files cannot break the document.
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
