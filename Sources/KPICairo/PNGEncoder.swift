import CCairo
import CPNGDeflate

/// How a Cairo image surface becomes PNG bytes: kpi's own writer around libdeflate, or Cairo's.
///
/// `CairoRenderer.renderPNG` uses ``standard``: rows unfiltered and compressed by libdeflate at
/// level 2 into one zlib stream that kpi wraps in the PNG chunks itself (the CPNGDeflate
/// target), chosen by measurement on charts and tiles (the table is in BENCHMARKS.md, where
/// zlib's settings through libpng, kept in `benchmarks/harness`, are compared). On chart pixels
/// the deflate is nearly all of the time; libdeflate does it about 15% faster and 10% smaller
/// than zlib at its best settings. Cairo's writer (zlib level 6, every filter tried on every
/// row) takes about 4x as long. Chart pixels are long runs of few colours, which deflate
/// matches without help, so filtering only costs time. ``cairo`` keeps Cairo's writer reachable
/// for comparisons and tests.
///
/// Both writers produce RGB when every pixel is opaque and RGBA otherwise, with colour
/// un-premultiplied the same way, so both decode to the same pixels. Output is deterministic:
/// no time or text chunks.
public struct PNGEncoder: Sendable, Hashable, CustomStringConvertible {
    enum Writer: Sendable, Hashable {
        case cairo
        /// kpi's own chunk writer around libdeflate's zlib stream, no row filter.
        case libdeflate(level: Int32)
    }

    let writer: Writer

    /// Cairo's own writer, `cairo_surface_write_to_png_stream`.
    public static let cairo = PNGEncoder(writer: .cairo)

    /// libdeflate at `level` (1 fastest to 12 smallest) making the zlib stream, unfiltered rows.
    public static func libdeflate(level: Int) -> PNGEncoder {
        PNGEncoder(writer: .libdeflate(level: Int32(min(max(level, 1), 12))))
    }

    /// The writer `renderPNG` uses: libdeflate level 2 with no row filter (see the type's
    /// documentation for why).
    public static let standard = PNGEncoder.libdeflate(level: 2)

    public var description: String {
        switch writer {
        case .cairo: return "cairo"
        case .libdeflate(let level): return "libdeflate level \(level) none"
        }
    }

    /// Encodes premultiplied ARGB32 pixels (as `CairoRenderer.renderImage` returns them).
    public func encode(_ image: RasterImage) throws -> [UInt8] {
        guard image.width > 0, image.height > 0 else {
            throw CairoError(
                operation: "PNGEncoder.encode",
                message: "expected a non-empty image, found \(image.width)x\(image.height)")
        }
        switch writer {
        case .libdeflate(let level):
            return try image.withPixelBytes { pixels, stride in
                try Self.encode(pixels, width: image.width, height: image.height, stride: stride, level: level)
            }
        case .cairo:
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))!
            defer { cairo_surface_destroy(surface) }
            try CairoError.check(surface: surface, "cairo_image_surface_create")
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            let data = cairo_image_surface_get_data(surface)!
            image.withPixelBytes { pixels, _ in
                for y in 0..<image.height {
                    (data + y * stride).update(from: pixels + y * image.width * 4, count: image.width * 4)
                }
            }
            cairo_surface_mark_dirty(surface)
            return try encode(surface: surface)
        }
    }

    /// Encodes an ARGB32 image surface (a `cairo_surface_t *`) that drawing has finished with.
    ///
    /// `knownOpaque` skips the pass proving every pixel opaque: true when the surface was first
    /// painted with an opaque colour, since Cairo's OVER operator (the only one `CairoCanvas`
    /// uses) keeps alpha at 255 from then on.
    func encode(surface: OpaquePointer, knownOpaque: Bool = false) throws -> [UInt8] {
        switch writer {
        case .cairo:
            let sink = ByteSink()
            try withExtendedLifetime(sink) {
                try CairoError.check(
                    cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure),
                    "cairo_surface_write_to_png_stream")
            }
            return sink.bytes
        case .libdeflate(let level):
            cairo_surface_flush(surface)
            guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
                let data = cairo_image_surface_get_data(surface)
            else {
                throw CairoError(operation: "cairo_image_surface_get_data", message: "expected an ARGB32 image surface")
            }
            return try Self.encode(
                data, width: Int(cairo_image_surface_get_width(surface)),
                height: Int(cairo_image_surface_get_height(surface)),
                stride: Int(cairo_image_surface_get_stride(surface)), level: level,
                knownOpaque: knownOpaque)
        }
    }

    /// Runs `kpi_png_encode_libdeflate` and copies the result out.
    private static func encode(
        _ pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, level: Int32,
        knownOpaque: Bool = false
    ) throws -> [UInt8] {
        var buffer = kpi_png_buffer()
        defer { kpi_png_buffer_free(&buffer) }
        let status = kpi_png_encode_libdeflate(
            pixels, Int32(width), Int32(height), stride, level,
            knownOpaque ? 1 : -1, &buffer)
        return try buffer.bytes(status: status, operation: "libdeflate_zlib_compress")
    }
}

extension kpi_png_buffer {
    /// The PNG a C writer left here, or its message as a ``CairoError`` when `status` is not 0.
    /// Public for the benchmark harness's libpng writer, which fills the same buffer.
    public func bytes(status: Int32, operation: String) throws -> [UInt8] {
        guard status == 0, let data else {
            let message = withUnsafeBytes(of: self.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw CairoError(operation: operation, message: message.isEmpty ? "PNG encoding failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: length))
    }
}
