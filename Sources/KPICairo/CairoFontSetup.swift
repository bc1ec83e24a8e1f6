import CCairo
import KPIDrawing

/// Applies the fixed font options and font selection shared by drawing and measuring.
///
/// Measuring and drawing must agree to the last fraction of a point, and output must be
/// byte-identical on every run, so both go through this one place: gray antialiasing, no hinting,
/// hint metrics off (advances scale linearly with device scale), default subpixel order.
enum CairoFontSetup {
    /// Sets the deterministic font options on `context`.
    ///
    /// The corresponding Cairo calls are `cairo_font_options_set_antialias`,
    /// `cairo_font_options_set_hint_style`, `cairo_font_options_set_hint_metrics`,
    /// `cairo_font_options_set_subpixel_order` and `cairo_set_font_options`.
    static func applyOptions(to context: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_DEFAULT)
        cairo_set_font_options(context, options)
    }

    /// Selects `font` on `context` through Cairo's toy text API.
    ///
    /// The corresponding Cairo calls are `cairo_select_font_face` and `cairo_set_font_size`.
    static func select(_ font: Font, on context: OpaquePointer) {
        let weight = font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL
        cairo_select_font_face(context, font.family, CAIRO_FONT_SLANT_NORMAL, weight)
        cairo_set_font_size(context, font.size)
    }

    /// Measures `text` in the font currently selected on `context`.
    ///
    /// Width is the advance (`x_advance` from `cairo_text_extents`); ascent, descent and line
    /// height come from `cairo_font_extents`, so all strings in a font share one baseline grid.
    static func measure(_ text: String, on context: OpaquePointer) -> TextMetrics {
        var font = cairo_font_extents_t()
        cairo_font_extents(context, &font)
        var extents = cairo_text_extents_t()
        if !text.isEmpty { cairo_text_extents(context, text, &extents) }
        return TextMetrics(width: extents.x_advance, ascent: font.ascent, descent: font.descent,
                           height: max(font.height, font.ascent + font.descent))
    }
}
