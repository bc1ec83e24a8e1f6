import CCairo
import KPIDrawing

extension CairoRenderer {
    /// Renders `draw` to an SVG document of `width` x `height` user units (CSS pixels).
    ///
    /// `title` and `description` become the root's first `<title>` and `<desc>` children, XML
    /// escaped, and the root gets `role="img"` and `aria-labelledby`, so screen readers announce
    /// the chart. `idPrefix` namespaces those two ids for pages embedding several charts. Text is
    /// drawn as glyph outlines (Cairo's SVG surface has no text element), hence the title and
    /// description carry the words. The corresponding Cairo calls are
    /// `cairo_svg_surface_create_for_stream`, `cairo_svg_surface_set_document_unit` and
    /// `cairo_surface_finish`.
    public static func renderSVG(
        width: Double, height: Double, title: String, description: String,
        idPrefix: String = "chart",
        draw: (any Canvas) throws -> Void
    ) throws -> [UInt8] {
        guard width > 0, height > 0, width.isFinite, height.isFinite else {
            throw CairoError(
                operation: "cairo_svg_surface_create_for_stream",
                message: "expected positive width and height, found \(width)x\(height)")
        }
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height)!
            defer { cairo_surface_destroy(surface) }
            try CairoError.check(surface: surface, "cairo_svg_surface_create_for_stream")
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_USER)
            let context = cairo_create(surface)!
            defer { cairo_destroy(context) }
            try draw(CairoCanvas(context: context))
            try CairoError.check(context: context, "drawing")
            cairo_surface_finish(surface)
            try CairoError.check(surface: surface, "cairo_surface_finish")
        }
        return try SVGPostProcessor.process(sink.bytes, title: title, description: description, idPrefix: idPrefix)
    }
}
