import CCairo
import KPIDrawing

/// A multi-page PDF built page by page in memory, e.g. the committee pack.
///
/// Wraps one Cairo PDF stream surface. Each page gets a fresh graphics state (the page is drawn
/// between `cairo_save` and `cairo_restore`), may have its own size, and text stays real text so
/// the pack is searchable. Byte-identical output needs a fixed `PDFMetadata.creationDate`.
///
/// ```swift
/// let pdf = try PDFDocument(metadata: PDFMetadata(creationDate: "2021-09-30"))
/// try pdf.addPage { canvas in … }
/// let bytes = try pdf.finish()
/// ```
public final class PDFDocument {
    /// The size used when `beginPage` is given none; A4 portrait unless set otherwise.
    public let defaultPageSize: Size
    /// Pages begun so far.
    public private(set) var pageCount = 0

    private let sink = ByteSink()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var pageOpen = false
    private var finished = false

    /// Starts an empty document and writes `metadata` into it.
    ///
    /// The corresponding Cairo calls are `cairo_pdf_surface_create_for_stream` and
    /// `cairo_pdf_surface_set_metadata`.
    public init(pageSize: Size = .a4Portrait, metadata: PDFMetadata) throws {
        try Self.validate(pageSize)
        for (name, date) in [("creation date", metadata.creationDate), ("modification date", metadata.modificationDate)] {
            if let date, !PDFMetadata.isValidDate(date) {
                throw CairoError(operation: "cairo_pdf_surface_set_metadata",
                                 message: "\(name): expected an ISO-8601 date such as 2021-09-30 or 2021-09-30T00:00:00Z, found \"\(date)\"")
            }
        }
        defaultPageSize = pageSize
        surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, pageSize.width, pageSize.height)!
        context = cairo_create(surface)!
        try CairoError.check(surface: surface, "cairo_pdf_surface_create_for_stream")
        let fields: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.modificationDate),
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
        ]
        for case let (field, value?) in fields {
            cairo_pdf_surface_set_metadata(surface, field, value)
        }
        try CairoError.check(surface: surface, "cairo_pdf_surface_set_metadata")
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Ends any open page and starts a new one of `size` (default `defaultPageSize`).
    ///
    /// The returned canvas is valid until the next `beginPage`, `endPage` or `finish`. The
    /// corresponding Cairo call is `cairo_pdf_surface_set_size`.
    public func beginPage(size: Size? = nil) throws -> any Canvas {
        try checkNotFinished("beginPage")
        if pageOpen { try endPage() }
        let size = size ?? defaultPageSize
        try Self.validate(size)
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        cairo_save(context)
        pageOpen = true
        pageCount += 1
        return CairoCanvas(context: context)
    }

    /// Ends the open page. The corresponding Cairo call is `cairo_show_page`.
    public func endPage() throws {
        try checkNotFinished("endPage")
        guard pageOpen else {
            throw CairoError(operation: "endPage", message: "expected an open page; call beginPage first")
        }
        cairo_restore(context)
        pageOpen = false
        try CairoError.check(context: context, "drawing page \(pageCount)")
        cairo_show_page(context)
    }

    /// Adds one page of `size` drawn by `draw`.
    public func addPage(size: Size? = nil, draw: (any Canvas) throws -> Void) throws {
        let canvas = try beginPage(size: size)
        try draw(canvas)
        try endPage()
    }

    /// Ends any open page, completes the file and returns its bytes.
    ///
    /// The corresponding Cairo call is `cairo_surface_finish`.
    public func finish() throws -> [UInt8] {
        try checkNotFinished("finish")
        if pageOpen { try endPage() }
        guard pageCount > 0 else {
            throw CairoError(operation: "finish", message: "expected at least one page in the PDF, found none")
        }
        finished = true
        cairo_surface_finish(surface)
        try CairoError.check(surface: surface, "cairo_surface_finish")
        return sink.bytes
    }

    private func checkNotFinished(_ operation: String) throws {
        if finished { throw CairoError(operation: operation, message: "the PDF document is already finished") }
    }

    private static func validate(_ size: Size) throws {
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw CairoError(operation: "cairo_pdf_surface_set_size",
                             message: "expected a positive page size, found \(size.width)x\(size.height)")
        }
    }
}
