import CCairo
import KPIDrawing

/// A `Canvas` that draws on a Cairo context (`cairo_t`), whatever its surface: image, SVG or PDF.
///
/// Each call sets its own colour, stroke and font, so no drawing state leaks between calls; only
/// `save`/`restore`/`clip` touch the context's state stack. The canvas borrows the context: the
/// renderer that created it destroys it. Errors are not thrown per call; Cairo latches them in
/// the context and the renderer checks `cairo_status` when drawing ends.
///
/// Structure tags (``StructureTag``) reach Cairo's tag API only on the pages of a
/// `PDFDocument`, which passes the log that collects them; elsewhere they are ignored, so a
/// PNG or SVG is the same whether or not its layout marks structure.
public final class CairoCanvas: Canvas {
    public let measurer: any TextMeasurer
    let context: OpaquePointer
    /// Where a tagged PDF's tags are noted; nil when the output cannot carry them.
    private let tags: PDFTagLog?

    /// A canvas over `context` (a `cairo_t *`), which must outlive the canvas.
    ///
    /// Applies the deterministic font options to the context.
    public convenience init(context: OpaquePointer, measurer: CairoTextMeasurer = .shared) {
        self.init(context: context, measurer: measurer, tags: nil)
    }

    /// A canvas that passes structure tags to Cairo and notes them in `tags` (PDF pages).
    init(context: OpaquePointer, measurer: CairoTextMeasurer = .shared, tags: PDFTagLog?) {
        self.context = context
        self.measurer = measurer
        self.tags = tags
        CairoFontSetup.applyOptions(to: context)
    }

    /// Fills `path` with `color`. The corresponding Cairo call is `cairo_fill`.
    public func fill(_ path: Path, color: Color) {
        guard !path.isEmpty else { return }
        replay(path)
        setSource(color)
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
        cairo_fill(context)
    }

    /// Strokes `path` with `color` and `style`. The corresponding Cairo call is `cairo_stroke`.
    public func stroke(_ path: Path, color: Color, style: StrokeStyle) {
        guard !path.isEmpty, style.width > 0 else { return }
        replay(path)
        setSource(color)
        cairo_set_line_width(context, style.width)
        cairo_set_dash(context, style.dash, Int32(style.dash.count), style.dashPhase)
        cairo_set_line_cap(context, Self.cairoCap(style.cap))
        cairo_set_line_join(context, Self.cairoJoin(style.join))
        cairo_stroke(context)
    }

    /// Draws `text` with its left baseline origin at `baselineOrigin`, as real text (searchable in
    /// PDF). The corresponding Cairo call is `cairo_show_text`.
    public func drawText(_ text: String, at baselineOrigin: Point, font: Font, color: Color) {
        guard !text.isEmpty else { return }
        CairoFontSetup.select(font, on: context)
        setSource(color)
        cairo_new_path(context)
        cairo_move_to(context, baselineOrigin.x, baselineOrigin.y)
        cairo_show_text(context, text)
        cairo_new_path(context)
    }

    /// Pushes the graphics state. The corresponding Cairo call is `cairo_save`.
    public func save() {
        cairo_save(context)
    }

    /// Pops the graphics state. The corresponding Cairo call is `cairo_restore`.
    public func restore() {
        cairo_restore(context)
    }

    /// Moves the user-space origin. The corresponding Cairo call is `cairo_translate`.
    public func translate(dx: Double, dy: Double) {
        cairo_translate(context, dx, dy)
    }

    /// Intersects the clip with `rect`. The corresponding Cairo call is `cairo_clip`.
    public func clip(to rect: Rect) {
        cairo_new_path(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(context)
    }

    /// Opens `tag` in the PDF. The corresponding Cairo call is `cairo_tag_begin`: a structure
    /// element by its standard name, `cairo.dest` for a destination, `Link` with `dest='…'`.
    /// Cairo 1.16 has no artifact tag: an artifact is drawn outside every element, and the
    /// document marks it `/Artifact` after Cairo finishes (``PDFContentArtifacts``).
    public func beginTag(_ tag: StructureTag) {
        guard let tags else { return }
        tags.note(tag)
        if let (name, attributes) = Self.cairoTag(tag) { cairo_tag_begin(context, name, attributes) }
    }

    /// Closes `tag` in the PDF. The corresponding Cairo call is `cairo_tag_end`; Cairo
    /// latches an error when tags do not nest, which the document reports at the page's end.
    public func endTag(_ tag: StructureTag) {
        guard tags != nil else { return }
        if let (name, _) = Self.cairoTag(tag) { cairo_tag_end(context, name) }
    }

    /// Cairo's tag name and attributes for `tag`; nil when Cairo has nothing to mark.
    private static func cairoTag(_ tag: StructureTag) -> (String, String?)? {
        switch tag {
        case .element(let role): (role.rawValue, nil)
        case .figure: ("Figure", nil)
        case .destination(let name): ("cairo.dest", "name='\(PDFTagLog.safeName(name))'")
        case .link(let destination): ("Link", "dest='\(PDFTagLog.safeName(destination))'")
        case .artifact: nil
        }
    }

    /// Measures `text` on the live drawing context rather than the shared measurer.
    ///
    /// Only for tests that prove the shared measurer agrees with what is drawn.
    func nativeMetrics(_ text: String, font: Font) -> TextMetrics {
        cairo_save(context)
        defer { cairo_restore(context) }
        CairoFontSetup.select(font, on: context)
        return CairoFontSetup.measure(text, on: context)
    }

    /// Replaces the context's current path with `path`.
    ///
    /// The corresponding Cairo calls are `cairo_move_to`, `cairo_line_to`, `cairo_curve_to` and
    /// `cairo_close_path`.
    private func replay(_ path: Path) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(context, p.x, p.y)
            case .line(let p): cairo_line_to(context, p.x, p.y)
            case .curve(let c1, let c2, let p): cairo_curve_to(context, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close: cairo_close_path(context)
            }
        }
    }

    /// The corresponding Cairo call is `cairo_set_source_rgba`.
    private func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private static func cairoCap(_ cap: StrokeStyle.LineCap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }

    private static func cairoJoin(_ join: StrokeStyle.LineJoin) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
