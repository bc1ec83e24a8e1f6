import Foundation
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICairo

@Suite struct PDFRenderTests {
    let metadata = PDFMetadata(creationDate: "2021-09-30T00:00:00Z", title: "Finance and Resources OSC: Q2 2021/22")

    func renderPack(pages: Int) throws -> [UInt8] {
        let document = try PDFDocument(metadata: metadata)
        for page in 1...pages {
            try document.addPage { canvas in
                CairoSamples.drawSample(canvas)
                canvas.drawText(
                    "Page \(page) of \(pages)", at: Point(x: 40, y: 800), font: Font(size: 9), color: CairoSamples.ink)
            }
        }
        return try document.finish()
    }

    @Test func repeatRendersAreByteIdentical() throws {
        let first = try renderPack(pages: 2)
        let second = try renderPack(pages: 2)
        #expect(first == second)
        #expect(CairoSamples.count("/CreationDate (20210930000000Z)", in: first) == 1)
        #expect(CairoSamples.count("/ModDate", in: first) == 0 && CairoSamples.count("/ID", in: first) == 0)
    }

    @Test func textIsExtractable() throws {
        let pdf = try CairoRenderer.renderPDF(
            width: 360, height: 180, metadata: metadata, draw: CairoSamples.drawSample)
        let scratch = try Scratch()
        try scratch.write("chart.pdf", pdf)
        let text = try Tool.run(try Tool.pdftotext(), [scratch.path + "/chart.pdf", "-"]).stdout
        #expect(text.contains("Incidents resolved within 2 days fell to 85%"))
        #expect(text.contains("Q2 2021/22"))
    }

    @Test(arguments: [1, 3])
    func multiPageDocumentHasAllPages(pages: Int) throws {
        let pdf = try renderPack(pages: pages)
        let pageObjects = CairoSamples.count("/Type /Page\n", in: pdf) + CairoSamples.count("/Type /Page ", in: pdf)
        #expect(pageObjects == pages)
        let scratch = try Scratch()
        try scratch.write("pack.pdf", pdf)
        let info = try Tool.run(try Tool.pdfinfo(), [scratch.path + "/pack.pdf"]).stdout
        #expect(info.contains("Pages:           \(pages)\n"))
        #expect(info.contains("Title:           Finance and Resources OSC: Q2 2021/22"))
        #expect(info.contains("595.276 x 841.89 pts (A4)"))
    }

    @Test func pagesMayHaveTheirOwnSize() throws {
        let document = try PDFDocument(metadata: metadata)
        _ = try document.beginPage()
        _ = try document.beginPage(size: .a4Landscape)  // ends the first page
        #expect(document.pageCount == 2)
        let pdf = try document.finish()
        #expect(CairoSamples.count("/MediaBox [ 0 0 841.89 595.276 ]", in: pdf) == 1)
    }

    @Test(arguments: ["2021-09-30", "2021-09-30T10:15", "2021-09-30T10:15:00Z", "2021-09-30T10:15:00+01:00"])
    func acceptsISODates(date: String) {
        #expect(PDFMetadata.isValidDate(date))
    }

    @Test(arguments: ["", "30/09/2021", "2021-9-30", "2021-09-30 10:15", "2021-09-30T10", "2021-09-30T10:15:00+0100"])
    func rejectsOtherDates(date: String) {
        #expect(!PDFMetadata.isValidDate(date))
    }

    @Test func badDateIsReportedWithWhatWasExpected() {
        #expect(
            throws: CairoError(
                operation: "cairo_pdf_surface_set_metadata",
                message:
                    "creation date: expected an ISO-8601 date such as 2021-09-30 or 2021-09-30T00:00:00Z, found \"30/09/2021\""
            )
        ) {
            _ = try PDFDocument(metadata: PDFMetadata(creationDate: "30/09/2021"))
        }
    }

    @Test func misuseIsReported() throws {
        let document = try PDFDocument(metadata: metadata)
        #expect(throws: CairoError(operation: "finish", message: "expected at least one page in the PDF, found none")) {
            _ = try document.finish()
        }
        #expect(throws: CairoError(operation: "endPage", message: "expected an open page; call beginPage first")) {
            try document.endPage()
        }
        try document.addPage { _ in }
        _ = try document.finish()
        #expect(throws: CairoError(operation: "beginPage", message: "the PDF document is already finished")) {
            _ = try document.beginPage()
        }
    }
}
