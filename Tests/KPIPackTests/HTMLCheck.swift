import Foundation

/// A small structural check of the pack's HTML: tags balanced, every image with alt text.
/// Not a full HTML parser; enough to catch a broken page or an unescaped title.
enum HTMLCheck {
    static let voidElements: Set = ["meta", "img", "br", "hr", "link", "input"]

    struct Image { var src: String; var alt: String }

    /// Problems found: unbalanced or stray tags, images without alt.
    static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        let scanner = html.unicodeScalars
        var index = scanner.startIndex
        var inStyle = false
        while let open = html.unicodeScalars[index...].firstIndex(of: "<") {
            guard let close = html.unicodeScalars[open...].firstIndex(of: ">") else {
                problems.append("unclosed tag"); break
            }
            let tag = String(html.unicodeScalars[html.unicodeScalars.index(after: open)..<close])
            index = html.unicodeScalars.index(after: close)
            if inStyle && tag != "/style" { continue }
            if tag.hasPrefix("!") { continue }
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init)?.lowercased() ?? ""
            if name.hasPrefix("/") {
                let closing = String(name.dropFirst())
                if stack.last == closing {
                    stack.removeLast()
                } else {
                    problems.append("</\(closing)> closes <\(stack.last ?? "nothing")>")
                }
                if closing == "style" { inStyle = false }
            } else if !voidElements.contains(name) {
                stack.append(name)
                if name == "style" { inStyle = true }
            }
            if name == "img", !tag.contains(" alt=\"") { problems.append("an image without alt text") }
        }
        if !stack.isEmpty { problems.append("unclosed: \(stack)") }
        return problems
    }

    /// Text with the five XML/HTML entities turned back into characters.
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func images(_ html: String) -> [Image] {
        html.components(separatedBy: "<img ").dropFirst().map { chunk in
            func attribute(_ name: String) -> String {
                guard let start = chunk.range(of: "\(name)=\"") else { return "" }
                return String(chunk[start.upperBound...].prefix { $0 != "\"" })
            }
            return Image(src: attribute("src"), alt: attribute("alt"))
        }
    }
}
