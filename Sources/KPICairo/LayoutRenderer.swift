import KPIDrawing

/// Renders a finished layout (a chart, a tile, a sheet of tiles) as PNG, SVG or PDF bytes.
///
/// The one place where layouts meet Cairo's surfaces, for `kpi chart`, `kpi tile` and the pack
/// alike. Output is reproducible: the PDF's date is the caller's (the as-of moment, never the
/// wall clock), SVG ids are renumbered, and nothing else varies between runs.
public enum LayoutRenderer {
    /// The text measurer whose numbers match what Cairo draws; layouts for files are made with it.
    public static var measurer: any TextMeasurer { CairoTextMeasurer.shared }

    /// The producer written into PDF metadata.
    public static let creator = "kpi"

    /// Renders `layout` as `format`. `scale` applies to PNG only (2 for print quality). `date`
    /// (ISO 8601, e.g. `2021-11-12T09:30:00Z`) becomes the PDF's creation date.
    public static func render(
        _ layout: any RenderableLayout, as format: OutputFormat, scale: Double = 1,
        date: String
    ) throws(CairoError) -> [UInt8] {
        let (width, height) = (layout.size.width, layout.size.height)
        let draw: (any Canvas) -> Void = { layout.draw(on: $0) }
        do {
            switch format {
            case .png:
                return try CairoRenderer.renderPNG(width: width, height: height, scale: scale, draw: draw)
            case .svg:
                return try CairoRenderer.renderSVG(
                    width: width, height: height, title: layout.accessibleTitle,
                    description: layout.accessibleDescription, draw: draw)
            case .pdf:
                let metadata = PDFMetadata(
                    creationDate: date, title: layout.accessibleTitle,
                    subject: layout.accessibleDescription, creator: creator)
                return try CairoRenderer.renderPDF(width: width, height: height, metadata: metadata, draw: draw)
            }
        } catch let error as CairoError {
            throw error
        } catch {
            throw CairoError(operation: "render \(format.rawValue)", message: "\(error)")
        }
    }
}
