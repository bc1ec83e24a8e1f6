import KPICairo
import KPICharts
import KPIDrawing
import KPIFiles
import KPIModel

/// Turns chart and tile layouts into PNG, SVG or PDF bytes through Cairo, and writes them to
/// disk atomically.
///
/// The only place where KPICharts' layouts meet KPICairo. Output is reproducible: the date in
/// a PDF is the as-of moment (never the wall clock), SVG ids are renumbered by KPICairo, and
/// nothing else varies between runs.
public enum ChartFiles {
    /// The text measurer whose numbers match what Cairo draws; layouts for files use it.
    public static var measurer: any TextMeasurer { CairoTextMeasurer.shared }

    /// The producer written into PDF metadata.
    public static let creator = "kpi"

    /// Renders `layout` as `format`. `scale` applies to PNG only (2 for print quality).
    ///
    /// `date` becomes the PDF's creation date. Cairo failures become an I/O `KPIError`.
    public static func render(_ layout: any RenderableLayout, format: OutputFormat, scale: Double = 1,
                              date: Timestamp) throws -> [UInt8] {
        let size = layout.size
        do {
            switch format {
            case .png:
                return try CairoRenderer.renderPNG(width: size.width, height: size.height, scale: scale) { layout.draw(on: $0) }
            case .svg:
                return try CairoRenderer.renderSVG(width: size.width, height: size.height, title: layout.accessibleTitle,
                                                   description: layout.accessibleDescription) { layout.draw(on: $0) }
            case .pdf:
                let metadata = PDFMetadata(creationDate: date.description, title: layout.accessibleTitle,
                                           subject: layout.accessibleDescription, creator: creator)
                return try CairoRenderer.renderPDF(width: size.width, height: size.height, metadata: metadata) { layout.draw(on: $0) }
            }
        } catch let error as CairoError {
            throw KPIError(.io, "rendering \(format.rawValue): \(error)")
        }
    }

    /// The moment a chart is "as of" when no `--as-of` is given: the latest time anything was
    /// recorded for the indicator, so the same store always gives the same file.
    public static func reproducibleMoment(for history: IndicatorHistory, asOf: Timestamp?) -> Timestamp {
        if let asOf { return asOf }
        let times = history.observations.map(\.recordedAt) + history.targetChanges.map(\.recordedAt)
        return times.max().map { max($0, history.indicator.definedAt) } ?? history.indicator.definedAt
    }

    /// Writes `bytes` to `path`, creating missing directories; a reader never sees half a chart
    /// (``FileSystem/replace(_:with:)``). Failures to create the directory or file are
    /// `cannotCreate` (exit 73), naming the path.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let directory = FileSystem.parent(of: path)
        if !directory.isEmpty { try FileSystem.makeDirectories(directory, action: .createOutputDirectory) }
        try FileSystem.replace(path, with: bytes)
    }
}
