import CCairo

/// A small bridge used by snapshot tests: decoding a reference PNG into comparable pixels.
extension RasterImage {
    /// Decodes PNG bytes into premultiplied ARGB32 pixels, as `renderImage` returns them.
    ///
    /// The corresponding Cairo calls are `cairo_image_surface_create_from_png_stream` and
    /// `cairo_image_surface_get_data`; any PNG is converted to ARGB32 first.
    public init(png: [UInt8]) throws {
        final class Source {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let source = Source(png)
        let read: cairo_read_func_t = { closure, data, length in
            let source = Unmanaged<Source>.fromOpaque(closure!).takeUnretainedValue()
            let count = Int(length)
            guard let data, source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            for i in 0..<count { data[i] = source.bytes[source.offset + i] }
            source.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        let decoded = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())!
        }
        defer { cairo_surface_destroy(decoded) }
        try CairoError.check(surface: decoded, "cairo_image_surface_create_from_png_stream")
        let width = cairo_image_surface_get_width(decoded), height = cairo_image_surface_get_height(decoded)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)!
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        cairo_set_source_surface(context, decoded, 0, 0)
        cairo_set_operator(context, CAIRO_OPERATOR_SOURCE)
        cairo_paint(context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            throw CairoError(operation: "cairo_image_surface_get_data", message: "no pixel data")
        }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(Int(width) * Int(height))
        for y in 0..<Int(height) {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: Int(width)))
        }
        self.init(width: Int(width), height: Int(height), pixels: pixels)
    }
}
