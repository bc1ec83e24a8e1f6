import Foundation
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICairo

/// Tagged PDF through Cairo 1.16's tag API, read back with poppler: the structure tree, links to
/// named destinations, bookmarks, and the catalog entries and alternative text added after Cairo.
@Suite struct TaggedPDFTests {
    static let metadata = PDFMetadata(
        creationDate: "2021-09-30", title: "Tagged – test", language: "en-GB", displaysTitle: true)
    static let font = Font(size: 11)

    /// Two pages: a heading and a contents link on the first, a table breaking across both with
    /// a furniture footer on each, a figure, and the link's destination on the second.
    static func document(linkTo destination: String = "part-2", outline: [PDFOutlineEntry]? = nil) throws -> [UInt8] {
        let document = try PDFDocument(metadata: metadata)
        func text(_ canvas: any Canvas, _ string: String, _ y: Double) {
            canvas.drawText(string, at: Point(x: 40, y: y), font: font, color: CairoSamples.ink)
        }
        func footer(_ canvas: any Canvas, _ page: Int) {
            canvas.withTag(.artifact) { text(canvas, "Page \(page) of 2", 800) }
        }
        try document.addPage { canvas in
            canvas.beginTag(.element(.document))
            canvas.withTag(.element(.heading1)) { text(canvas, "Quarterly report", 60) }
            canvas.withTag(.element(.list)) {
                canvas.withTag(.element(.listItem)) {
                    canvas.withTag(.link(destination: destination)) { text(canvas, "Part two, page 2", 90) }
                }
            }
            canvas.beginTag(.element(.table))
            canvas.withTag(.element(.tableRow)) {
                canvas.withTag(.element(.tableHeader)) { text(canvas, "ID", 120) }
                canvas.withTag(.element(.tableHeader)) { text(canvas, "Value", 200) }
            }
            footer(canvas, 1)
        }
        try document.addPage { canvas in
            canvas.withTag(.element(.tableRow)) {
                canvas.withTag(.element(.tableHeader)) { text(canvas, "HR01", 60) }
                canvas.withTag(.element(.tableCell)) { text(canvas, "2.47 days", 80) }
            }
            canvas.endTag(.element(.table))
            canvas.withTag(.destination(name: "part-2")) {
                canvas.withTag(.element(.heading2)) { text(canvas, "Part two", 200) }
            }
            canvas.withTag(.figure(alternativeText: "Sickness rose to 2.47 days – red")) {
                canvas.fill(.rect(Rect(x: 40, y: 220, width: 100, height: 50)), color: CairoSamples.red)
            }
            footer(canvas, 2)
            canvas.endTag(.element(.document))
        }
        try document.addOutline(
            outline ?? [
                PDFOutlineEntry(
                    title: "Part two", destination: "part-2",
                    children: [PDFOutlineEntry(title: "HR01 · Sickness", destination: "part-2")])
            ])
        return try document.finish()
    }

    @Test("the structure tree reads back in order, with furniture left out")
    func structureTree() throws {
        let pdf = try Self.document()
        let scratch = try Scratch()
        try scratch.write("tagged.pdf", pdf)
        let path = scratch.path + "/tagged.pdf"
        let pdfinfo = try Tool.pdfinfo()
        #expect(try Tool.run(pdfinfo, [path]).stdout.contains("Tagged:          yes\n"))
        let tree = try Tool.run(pdfinfo, ["-struct-text", path]).stdout
        let withoutObjectNumbers = tree.split(separator: "\n").filter { !$0.contains("Object ") }.joined(
            separator: "\n")
        #expect(
            withoutObjectNumbers == """
                Document
                  H1 (block)
                    "Quarterly report"
                  L (block)
                    LI (block)
                      Link (inline)
                        "Part two, page 2"
                  Table (block)
                    TR
                      TH
                        "ID"
                      TH
                        "Value"
                    TR
                      TH
                        "HR01"
                      TD
                        "2.47 days"
                  H2 (block)
                    "Part two"
                  Figure
                    ""
                """)
        #expect(!tree.contains("Page 1 of 2") && !tree.contains("Page 2 of 2"))
    }

    @Test("language, window title and figure text are appended as an incremental update after Cairo's bytes")
    func incrementalUpdate() throws {
        let pdf = try Self.document()
        let cairoEnd = Self.cairoLength(pdf)
        let cairo = try CairoPDFFile(Array(pdf[..<cairoEnd]))  // Cairo's own file, whole and untouched
        let appended = String(decoding: pdf[cairoEnd...], as: UTF8.self)
        #expect(appended.contains("endobj\n\(cairo.root) 0 obj\n<< /Type /Catalog\n"))
        #expect(appended.contains("   /Lang (en-GB)\n   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n"))
        #expect(appended.contains("<< /Type /StructElem\n   /S /Figure\n"))
        #expect(
            appended.contains(
                "   /Alt " + PDFAccessibilityUpdate.textString("Sickness rose to 2.47 days – red") + "\n>>\nendobj\n"))
        #expect(appended.contains("trailer\n<< /Size \(cairo.size)\n   /Root \(cairo.root) 0 R\n"))
        let bytes = Array(pdf[cairoEnd...]), marker = Array("endobj\nxref\n".utf8)
        let table = try #require(
            (0...(bytes.count - marker.count)).last { Array(bytes[$0..<$0 + marker.count]) == marker })
        let xrefOffset = cairoEnd + table + "endobj\n".utf8.count
        #expect(appended.hasSuffix("   /Prev \(cairo.lastCrossReference)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"))
        #expect(try Self.document() == pdf, "the same input gives the same bytes")
    }

    @Test("the furniture of a tagged page is marked as an artifact in the page's new content stream")
    func furnitureIsArtifact() throws {
        let pdf = try Self.document()
        let cairoEnd = Self.cairoLength(pdf)
        let cairo = try CairoPDFFile(Array(pdf[..<cairoEnd]))
        let pages = try cairo.pageContentStreams()
        #expect(pages.count == 2)
        for (number, id) in pages.enumerated() {
            let before = String(decoding: try ZlibStream.inflate(try cairo.streamData(of: id)), as: UTF8.self)
            #expect(before.contains("(Page \(number + 1) of 2)Tj") && !before.contains("/Artifact"))
            let marked = String(decoding: PDFContentArtifacts.mark(Array(before.utf8)), as: UTF8.self)
            #expect(marked.contains("/Artifact BMC\n"))
            let appended = Array(pdf[cairoEnd...])
            let newStream = try ZlibStream.deflate(Array(marked.utf8))
            #expect(
                CairoSamples.count(
                    "\(id) 0 obj\n<< /Length \(newStream.count)\n   /Filter /FlateDecode\n>>\nstream\n", in: appended)
                    == 1)
        }
    }

    @Test(
        "text strings: plain ASCII as a literal, anything else as UTF-16 hex",
        arguments: [
            ("en-GB", "(en-GB)"),
            ("a (b)", "<FEFF00610020002800620029>"),
            ("–", "<FEFF2013>"),
            ("back\\slash", "<FEFF006200610063006B005C0073006C006100730068>"),
        ])
    func textStrings(text: String, expected: String) {
        #expect(PDFAccessibilityUpdate.textString(text) == expected)
    }

    @Test("links and bookmarks resolve to the page of their destination")
    func linksResolve() throws {
        let pdf = try Self.document()
        let text = String(decoding: pdf, as: UTF8.self)
        // One named destination, on the second page; the link and both bookmarks name it.
        #expect(CairoSamples.count("/Names [\n   (part-2) [", in: pdf) == 1)
        #expect(CairoSamples.count("/Subtype /Link\n", in: pdf) == 1)
        #expect(CairoSamples.count("/Dest (part-2)\n", in: pdf) == 3)
        #expect(text.contains("/Title (Part two)\n"))
        #expect(text.contains("/Title <FEFF"))  // "HR01 · Sickness" is not plain ASCII
    }

    @Test("a link or bookmark to a destination no page declares is refused")
    func missingDestination() throws {
        #expect(
            throws: CairoError(
                operation: "cairo_tag_begin", message: "a link points at destination \"part-9\", which no page declares"
            )
        ) {
            _ = try Self.document(linkTo: "part-9")
        }
        #expect(
            throws: CairoError(
                operation: "cairo_tag_begin",
                message: "a bookmark points at destination \"nowhere\", which no page declares")
        ) {
            _ = try Self.document(outline: [PDFOutlineEntry(title: "Lost", destination: "nowhere")])
        }
        #expect(
            throws: CairoError(
                operation: "cairo_tag_begin",
                message: "destination name \"part two\": expected 1-64 letters, digits, '-', '_' or '.'")
        ) {
            let document = try PDFDocument(metadata: Self.metadata)
            try document.addPage { canvas in canvas.withTag(.destination(name: "part two")) {} }
            _ = try document.finish()
        }
    }

    @Test("a figure count that does not match Cairo's output is an error, not a guess")
    func figureMismatch() throws {
        let pdf = try CairoRenderer.renderPDF(
            width: 100, height: 100, metadata: PDFMetadata(creationDate: "2021-09-30")
        ) { canvas in
            canvas.drawText("x", at: Point(x: 10, y: 50), font: Self.font, color: CairoSamples.ink)
        }
        #expect(
            throws: CairoError(
                operation: "PDF accessibility update", message: "expected 1 Figure elements in Cairo's output, found 0")
        ) {
            _ = try PDFAccessibilityUpdate(language: nil, displaysTitle: false, figureAlternativeTexts: ["a chart"])
                .apply(to: pdf)
        }
        #expect(throws: CairoError.self) {
            _ = try PDFAccessibilityUpdate(language: "en-GB", displaysTitle: false, figureAlternativeTexts: []).apply(
                to: Array("not a pdf".utf8))
        }
    }

    @Test("a PDF without tags or language is Cairo's output untouched")
    func untaggedUnchanged() throws {
        let pdf = try CairoRenderer.renderPDF(
            width: 100, height: 100, metadata: PDFMetadata(creationDate: "2021-09-30")
        ) { canvas in
            canvas.drawText("x", at: Point(x: 10, y: 50), font: Self.font, color: CairoSamples.ink)
        }
        #expect(Self.cairoLength(pdf) == pdf.count)
        #expect(CairoSamples.count("/Prev", in: pdf) == 0 && CairoSamples.count("/StructTreeRoot", in: pdf) == 0)
    }

    /// The length of Cairo's own output: up to the first `%%EOF`.
    static func cairoLength(_ pdf: [UInt8]) -> Int {
        let marker = Array("%%EOF\n".utf8)
        for index in 0...(pdf.count - marker.count)
        where pdf[index] == marker[0] && Array(pdf[index..<index + marker.count]) == marker {
            return index + marker.count
        }
        return pdf.count
    }
}
