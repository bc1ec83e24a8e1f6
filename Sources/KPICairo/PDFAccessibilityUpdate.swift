/// Adds to a finished Cairo PDF what Cairo 1.16 cannot write: the document language (`/Lang`),
/// the title as the window title (`/DisplayDocTitle`), each `Figure` element's alternative
/// text (`/Alt`) and, in a tagged document, page furniture marked as `/Artifact` (see
/// ``PDFContentArtifacts``), as an incremental update appended to the file.
///
/// An incremental update (PDF 32000-1, 7.5.6) leaves Cairo's bytes untouched and appends new
/// versions of the changed objects, a cross-reference section for them and a trailer pointing
/// back at Cairo's, so any reader sees the new catalog and elements. Only the shapes Cairo 1.16
/// writes are read (one classic cross-reference table, `N 0 obj` objects, the catalog and
/// structure elements as plain dictionaries); anything else is refused with an error rather
/// than guessed at. The same input gives the same bytes.
struct PDFAccessibilityUpdate {
    var language: String?
    var displaysTitle: Bool
    /// One text per `Figure` structure element, in the order of the elements' object numbers.
    var figureAlternativeTexts: [String]
    /// True to wrap each page's unmarked drawing as an artifact (for tagged documents only).
    var marksArtifacts = false

    /// True when there is nothing to add.
    var isEmpty: Bool { language == nil && !displaysTitle && figureAlternativeTexts.isEmpty && !marksArtifacts }

    /// `pdf` with the update appended.
    func apply(to pdf: [UInt8]) throws -> [UInt8] {
        let file = try CairoPDFFile(pdf)
        var replacements: [(id: Int, body: [UInt8])] = []

        var catalogEntries = ""
        if let language { catalogEntries += "   /Lang \(Self.textString(language))\n" }
        if displaysTitle { catalogEntries += "   /ViewerPreferences << /DisplayDocTitle true >>\n" }
        if !catalogEntries.isEmpty {
            replacements.append((file.root, Array(try file.dictionary(of: file.root, adding: catalogEntries).utf8)))
        }

        let figures = file.objectIDs(whoseDictionaryStartsWith: "<< /Type /StructElem\n   /S /Figure\n")
        guard figures.count == figureAlternativeTexts.count else {
            throw CairoError(
                operation: "PDF accessibility update",
                message:
                    "expected \(figureAlternativeTexts.count) Figure elements in Cairo's output, found \(figures.count)"
            )
        }
        for (id, text) in zip(figures, figureAlternativeTexts) {
            replacements.append(
                (id, Array(try file.dictionary(of: id, adding: "   /Alt \(Self.textString(text))\n").utf8)))
        }
        if marksArtifacts {
            for id in try file.pageContentStreams() {
                let content = PDFContentArtifacts.mark(try ZlibStream.inflate(try file.streamData(of: id)))
                let compressed = try ZlibStream.deflate(content)
                replacements.append(
                    (
                        id,
                        Array("<< /Length \(compressed.count)\n   /Filter /FlateDecode\n>>\nstream\n".utf8)
                            + compressed + Array("\nendstream".utf8)
                    ))
            }
        }
        return file.appendingUpdate(replacements)
    }

    /// A PDF text string: plain ASCII as a literal, `(en-GB)`; anything else in UTF-16BE with a
    /// byte-order mark, written in hex, so no character of it can end the string early.
    static func textString(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            (0x20...0x7E).contains(scalar.value) && scalar != "(" && scalar != ")" && scalar != "\\"
        }
        if plain { return "(\(text))" }
        var hex = "<FEFF"
        for unit in text.utf16 {
            let digits = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return hex + ">"
    }
}
