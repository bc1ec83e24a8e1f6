import CCairo
import KPIDrawing

/// Renders a drawing closure to PNG, SVG or PDF bytes, or to pixels, using Cairo.
///
/// Each renderer creates a surface and context, hands a `CairoCanvas` to `draw`, checks Cairo's
/// status, and destroys everything, so callers never see Cairo objects. Output is byte-identical
/// for identical input: font options are fixed, PDF dates come from the caller and SVG ids are
/// renumbered (see `SVGPostProcessor`).
public enum CairoRenderer {
    /// Opaque white, the default PNG background.
    public static let white = Color(red: 1, green: 1, blue: 1)

    /// Renders `draw` to a PNG of `width` x `height` points at `scale` device pixels per point.
    ///
    /// With `scale` 2 the PNG is twice as many pixels each way while the drawing code still uses
    /// points. `background` nil leaves the image transparent. `encoder` writes the pixels: kpi's
    /// own writer around libdeflate by default (see ``PNGEncoder``), or `.cairo` for Cairo's.
    /// The corresponding Cairo calls are `cairo_image_surface_create`,
    /// `cairo_surface_set_device_scale` and `cairo_image_surface_get_data`.
    public static func renderPNG(
        width: Double, height: Double, scale: Double = 1,
        background: Color? = white, encoder: PNGEncoder = .standard,
        draw: (any Canvas) throws -> Void
    ) throws -> [UInt8] {
        try withImageSurface(width: width, height: height, scale: scale, background: background, draw: draw) {
            surface in
            try encoder.encode(surface: surface, knownOpaque: (background?.alpha ?? 0) >= 1)
        }
    }

    /// Renders `draw` and returns the pixels instead of a PNG, for pixel tests.
    ///
    /// The corresponding Cairo calls are `cairo_surface_flush` and `cairo_image_surface_get_data`.
    public static func renderImage(
        width: Double, height: Double, scale: Double = 1,
        background: Color? = white,
        draw: (any Canvas) throws -> Void
    ) throws -> RasterImage {
        try withImageSurface(width: width, height: height, scale: scale, background: background, draw: draw) {
            surface in
            cairo_surface_flush(surface)
            let w = Int(cairo_image_surface_get_width(surface))
            let h = Int(cairo_image_surface_get_height(surface))
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface) else {
                throw CairoError(operation: "cairo_image_surface_get_data", message: "no pixel data")
            }
            var pixels: [UInt32] = []
            pixels.reserveCapacity(w * h)
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: w))
            }
            return RasterImage(width: w, height: h, pixels: pixels)
        }
    }

    /// The device-pixel extent for `points` at `scale`, rounded up so nothing is cut off.
    static func pixelCount(_ points: Double, scale: Double) -> Int {
        Int((points * scale - 1e-9).rounded(.up))
    }

    /// Creates an ARGB32 image surface, paints the background, runs `draw`, checks status, then
    /// passes the surface to `body` before destroying it.
    private static func withImageSurface<T>(
        width: Double, height: Double, scale: Double, background: Color?,
        draw: (any Canvas) throws -> Void,
        body: (OpaquePointer) throws -> T
    ) throws -> T {
        guard width > 0, height > 0, scale > 0, width.isFinite, height.isFinite, scale.isFinite else {
            throw CairoError(
                operation: "cairo_image_surface_create",
                message: "expected positive width, height and scale, found \(width)x\(height) at scale \(scale)")
        }
        let surface = cairo_image_surface_create(
            CAIRO_FORMAT_ARGB32, Int32(pixelCount(width, scale: scale)),
            Int32(pixelCount(height, scale: scale)))!
        defer { cairo_surface_destroy(surface) }
        try CairoError.check(surface: surface, "cairo_image_surface_create")
        cairo_surface_set_device_scale(surface, scale, scale)
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        if let background {
            cairo_set_source_rgba(context, background.red, background.green, background.blue, background.alpha)
            cairo_paint(context)
        }
        try draw(CairoCanvas(context: context))
        try CairoError.check(context: context, "drawing")
        return try body(surface)
    }
}
