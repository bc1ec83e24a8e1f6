import KPIDrawing

extension CairoRenderer {
    /// Renders `draw` to a single-page PDF of `width` x `height` points.
    ///
    /// A convenience over `PDFDocument` for one chart; see it for the determinism rules.
    public static func renderPDF(
        width: Double, height: Double, metadata: PDFMetadata,
        draw: (any Canvas) throws -> Void
    ) throws -> [UInt8] {
        let document = try PDFDocument(pageSize: Size(width: width, height: height), metadata: metadata)
        try document.addPage(draw: draw)
        return try document.finish()
    }
}
