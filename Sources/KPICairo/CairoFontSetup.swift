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
        fontConfiguration
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_DEFAULT)
        cairo_set_font_options(context, options)
    }

    /// Gives fontconfig a configuration of the one font directory kpi draws with, before the first
    /// text is measured or drawn.
    ///
    /// The system configuration makes fontconfig read and parse three dozen `conf.d` files on the
    /// first text of every drawing command (about 1 ms, `benchmarks/startup.md` lever 3b); none of
    /// their rules changes what kpi draws, because the font options are fixed here and Cairo's toy
    /// text API never falls back to another font (a character DejaVu lacks draws as a box either
    /// way). With only DejaVu configured, other fonts on a machine cannot change a chart either.
    /// When the directory does not hold DejaVu Sans (another distribution's layout), the system
    /// configuration stays in use. Reached once, from ``applyOptions(to:)``.
    private static let fontConfiguration: Void = {
        let xml = """
            <?xml version="1.0"?>
            <fontconfig>
              <dir>\(dejaVuDirectory)</dir>
              <cachedir>/var/cache/fontconfig</cachedir>
              <cachedir prefix="xdg">fontconfig</cachedir>
            </fontconfig>
            """
        guard let config = FcConfigCreate() else { return }
        defer { FcConfigDestroy(config) }  // FcConfigSetCurrent holds its own reference
        guard FcConfigParseAndLoadFromMemory(config, xml, FcFalse) == FcTrue, FcConfigBuildFonts(config) == FcTrue,
            hasFamily(Font.defaultFamily, in: config)
        else { return }
        FcConfigSetCurrent(config)
    }()

    /// Where Debian's fonts-dejavu-core puts the fonts.
    static let dejaVuDirectory = "/usr/share/fonts/truetype/dejavu"

    /// Whether `config` knows a font of `family` (not a substitute).
    private static func hasFamily(_ family: String, in config: OpaquePointer) -> Bool {
        guard let fonts = FcConfigGetFonts(config, FcSetSystem) else { return false }
        for index in 0..<Int(fonts.pointee.nfont) {
            var name: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(fonts.pointee.fonts[index], FC_FAMILY, 0, &name) == FcResultMatch,
                let name, String(cString: name) == family
            {
                return true
            }
        }
        return false
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
        return TextMetrics(
            width: extents.x_advance, ascent: font.ascent, descent: font.descent,
            height: max(font.height, font.ascent + font.descent))
    }
}
