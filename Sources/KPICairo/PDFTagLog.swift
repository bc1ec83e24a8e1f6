import KPIDrawing

/// What the pages of a tagged PDF declared while they were drawn: each figure's alternative
/// text in order, the destinations, and what links and bookmarks point at.
///
/// Cairo 1.16 cannot attach alternative text to a `Figure` and writes a link to a missing
/// destination without complaint, so `PDFDocument` keeps this log to add the text afterwards
/// (``PDFAccessibilityUpdate``) and to refuse a link that leads nowhere.
final class PDFTagLog {
    /// Each figure's alternative text, in the order the figures were begun (which is the
    /// order of Cairo's `Figure` structure elements in the file).
    private(set) var figureAlternativeTexts: [String] = []
    /// Destination names in the order they were declared.
    private(set) var destinations: [String] = []
    /// The destinations that links on the pages point at.
    private(set) var linkTargets: [String] = []
    /// True once any structure element has been begun.
    private(set) var hasStructure = false

    func note(_ tag: StructureTag) {
        switch tag {
        case .element: hasStructure = true
        case .figure(let text):
            hasStructure = true
            figureAlternativeTexts.append(text)
        case .destination(let name): destinations.append(name)
        case .link(let destination): linkTargets.append(destination)
        case .artifact: break
        }
    }

    /// Throws unless every destination name is usable and unique and every link and bookmark in
    /// `outlineTargets` points at a declared destination.
    func validate(outlineTargets: [String]) throws {
        var seen = Set<String>()
        for name in destinations {
            guard Self.isValidName(name) else {
                throw CairoError(
                    operation: "cairo_tag_begin",
                    message: "destination name \"\(name)\": expected 1-64 letters, digits, '-', '_' or '.'")
            }
            guard seen.insert(name).inserted else {
                throw CairoError(operation: "cairo_tag_begin", message: "destination \"\(name)\" is declared twice")
            }
        }
        for (kind, targets) in [("link", linkTargets), ("bookmark", outlineTargets)] {
            if let missing = targets.first(where: { !seen.contains($0) }) {
                throw CairoError(
                    operation: "cairo_tag_begin",
                    message: "a \(kind) points at destination \"\(missing)\", which no page declares")
            }
        }
    }

    /// True for names Cairo's attribute parser and a PDF name tree take as they are.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                    true
                default: false
                }
            }
    }

    /// `name` if valid, else a harmless stand-in: the real name is refused by ``validate(outlineTargets:)``
    /// before the file is used, so the stand-in only keeps Cairo's parser from failing first.
    static func safeName(_ name: String) -> String {
        isValidName(name) ? name : "invalid"
    }
}
