import CCairo
import KPIDrawing

/// A multi-page PDF built page by page in memory, e.g. the committee pack.
///
/// Wraps one Cairo PDF stream surface. Each page gets a fresh graphics state (the page is drawn
/// between `cairo_save` and `cairo_restore`), may have its own size, and text stays real text so
/// the pack is searchable. Byte-identical output needs a fixed `PDFMetadata.creationDate`.
///
/// Pages may mark their drawing with structure tags (``StructureTag``): the document is then a
/// tagged PDF with a structure tree, named destinations and links, and ``addOutline(_:)`` adds
/// bookmarks. What Cairo 1.16 cannot write (the language, the title as window title, each
/// figure's alternative text, page furniture as artifacts) is appended by
/// ``PDFAccessibilityUpdate`` when the file is done.
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
    private let metadata: PDFMetadata
    private let tags = PDFTagLog()
    private var outline: [PDFOutlineEntry] = []
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
        for (name, date) in [
            ("creation date", metadata.creationDate), ("modification date", metadata.modificationDate),
        ] {
            if let date, !PDFMetadata.isValidDate(date) {
                throw CairoError(
                    operation: "cairo_pdf_surface_set_metadata",
                    message:
                        "\(name): expected an ISO-8601 date such as 2021-09-30 or 2021-09-30T00:00:00Z, found \"\(date)\""
                )
            }
        }
        defaultPageSize = pageSize
        self.metadata = metadata
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
        return CairoCanvas(context: context, tags: tags)
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

    /// Adds bookmarks at the top level of the outline, after any added before; each must point
    /// at a destination that a page declares by the time the document is finished.
    public func addOutline(_ entries: [PDFOutlineEntry]) throws {
        try checkNotFinished("addOutline")
        outline += entries
    }

    /// Ends any open page, completes the file and returns its bytes.
    ///
    /// Refuses links and bookmarks that point at no destination. The corresponding Cairo calls
    /// are `cairo_pdf_surface_add_outline` and `cairo_surface_finish`.
    public func finish() throws -> [UInt8] {
        try checkNotFinished("finish")
        if pageOpen { try endPage() }
        guard pageCount > 0 else {
            throw CairoError(operation: "finish", message: "expected at least one page in the PDF, found none")
        }
        finished = true
        try tags.validate(outlineTargets: outline.flatMap(\.allDestinations))
        for entry in outline { addOutlineEntry(entry, parent: Int32(CAIRO_PDF_OUTLINE_ROOT)) }
        cairo_surface_finish(surface)
        try CairoError.check(surface: surface, "cairo_surface_finish")
        let update = PDFAccessibilityUpdate(
            language: metadata.language, displaysTitle: metadata.displaysTitle,
            figureAlternativeTexts: tags.figureAlternativeTexts, marksArtifacts: tags.hasStructure)
        return update.isEmpty ? sink.bytes : try update.apply(to: sink.bytes)
    }

    /// The corresponding Cairo call is `cairo_pdf_surface_add_outline`.
    private func addOutlineEntry(_ entry: PDFOutlineEntry, parent: Int32) {
        let flags = entry.isOpen ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        let id = cairo_pdf_surface_add_outline(
            surface, parent, entry.title,
            "dest='\(PDFTagLog.safeName(entry.destination))'", flags)
        for child in entry.children { addOutlineEntry(child, parent: id) }
    }

    private func checkNotFinished(_ operation: String) throws {
        if finished { throw CairoError(operation: operation, message: "the PDF document is already finished") }
    }

    private static func validate(_ size: Size) throws {
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw CairoError(
                operation: "cairo_pdf_surface_set_size",
                message: "expected a positive page size, found \(size.width)x\(size.height)")
        }
    }
}
