import CCairo

/// How a Cairo image surface becomes PNG bytes: libdeflate, libpng with settings, or Cairo's own
/// writer.
///
/// `CairoRenderer.renderPNG` uses ``standard``: rows unfiltered and compressed by libdeflate at
/// level 2 into one zlib stream that kpi wraps in the PNG chunks itself (`kpi_png_deflate.h`),
/// chosen by measurement on charts and tiles (the table is in BENCHMARKS.md). On chart pixels the
/// deflate is nearly all of the time; libdeflate does it about 15% faster and 10% smaller than
/// zlib, whose best settings through libpng (level 2, no filter; ``libpng(level:strategy:filters:)``)
/// are kept for comparison. Cairo's writer (zlib level 6, every filter tried on every row) takes
/// about 4x as long. Chart pixels are long runs of few colours, which deflate matches without
/// help, so filtering only costs time. ``cairo`` keeps Cairo's writer reachable for comparisons
/// and tests.
///
/// All writers produce RGB when every pixel is opaque and RGBA otherwise, with colour
/// un-premultiplied the same way, so all decode to the same pixels. Output is deterministic: no
/// time or text chunks.
public struct PNGEncoder: Sendable, Hashable, CustomStringConvertible {
    /// zlib's compression strategies as libpng passes them on.
    public enum Strategy: Int32, Sendable, Hashable, CaseIterable {
        /// `Z_DEFAULT_STRATEGY`: LZ77 matching plus Huffman coding.
        case `default` = 0
        /// `Z_FILTERED`: favours Huffman coding for filtered data.
        case filtered = 1
        /// `Z_HUFFMAN_ONLY`: no matching at all.
        case huffmanOnly = 2
        /// `Z_RLE`: matches only at distance 1 (runs), fast and good on flat colour.
        case rle = 3
    }

    /// PNG row filters: one, or a set libpng chooses between row by row.
    public struct Filters: OptionSet, Sendable, Hashable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let none = Filters(rawValue: 0x08)
        public static let sub = Filters(rawValue: 0x10)
        public static let up = Filters(rawValue: 0x20)
        public static let average = Filters(rawValue: 0x40)
        public static let paeth = Filters(rawValue: 0x80)
        /// What libpng uses unless told otherwise.
        public static let all: Filters = [.none, .sub, .up, .average, .paeth]
    }

    enum Writer: Sendable, Hashable {
        case cairo
        case libpng(level: Int32, strategy: Strategy, filters: Filters)
        /// kpi's own chunk writer around libdeflate's zlib stream, no row filter.
        case libdeflate(level: Int32)
    }

    let writer: Writer

    /// Cairo's own writer, `cairo_surface_write_to_png_stream`.
    public static let cairo = PNGEncoder(writer: .cairo)

    /// libpng with explicit settings. `level` is zlib's 0 (store) to 9 (smallest).
    public static func libpng(level: Int, strategy: Strategy, filters: Filters) -> PNGEncoder {
        PNGEncoder(writer: .libpng(level: Int32(min(max(level, 0), 9)), strategy: strategy, filters: filters))
    }

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
        case .libpng(let level, let strategy, let filters):
            let names: [(Filters, String)] = [(.none, "none"), (.sub, "sub"), (.up, "up"), (.average, "avg"), (.paeth, "paeth")]
            let filterText = filters == .all ? "all" : names.filter { filters.contains($0.0) }.map(\.1).joined(separator: "+")
            return "libpng level \(level) \(strategy) \(filterText)"
        case .libdeflate(let level):
            return "libdeflate level \(level) none"
        }
    }

    /// Encodes premultiplied ARGB32 pixels (as `CairoRenderer.renderImage` returns them).
    public func encode(_ image: RasterImage) throws -> [UInt8] {
        guard image.width > 0, image.height > 0 else {
            throw CairoError(operation: "PNGEncoder.encode", message: "expected a non-empty image, found \(image.width)x\(image.height)")
        }
        switch writer {
        case .libpng, .libdeflate:
            return try image.pixels.withUnsafeBytes { raw in
                try encode(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), width: image.width,
                           height: image.height, stride: image.width * 4)
            }
        case .cairo:
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))!
            defer { cairo_surface_destroy(surface) }
            try CairoError.check(surface: surface, "cairo_image_surface_create")
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            let data = cairo_image_surface_get_data(surface)!
            image.pixels.withUnsafeBytes { raw in
                for y in 0..<image.height {
                    (data + y * stride).update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + y * image.width * 4,
                                               count: image.width * 4)
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
                try CairoError.check(cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure),
                                     "cairo_surface_write_to_png_stream")
            }
            return sink.bytes
        case .libpng, .libdeflate:
            cairo_surface_flush(surface)
            guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
                  let data = cairo_image_surface_get_data(surface) else {
                throw CairoError(operation: "cairo_image_surface_get_data", message: "expected an ARGB32 image surface")
            }
            return try encode(data, width: Int(cairo_image_surface_get_width(surface)),
                              height: Int(cairo_image_surface_get_height(surface)),
                              stride: Int(cairo_image_surface_get_stride(surface)), knownOpaque: knownOpaque)
        }
    }

    /// Runs `kpi_png_encode` (libpng, with its errors caught in C) or `kpi_png_encode_libdeflate`
    /// and copies the result out.
    private func encode(_ pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int,
                        knownOpaque: Bool = false) throws -> [UInt8] {
        var buffer = kpi_png_buffer()
        defer { kpi_png_buffer_free(&buffer) }
        let status: Int32
        let operation: String
        switch writer {
        case .libpng(let level, let strategy, let filters):
            operation = "png_write_row"
            status = kpi_png_encode(pixels, Int32(width), Int32(height), stride, level, strategy.rawValue,
                                    filters.rawValue, knownOpaque ? 1 : -1, &buffer)
        case .libdeflate(let level):
            operation = "libdeflate_zlib_compress"
            status = kpi_png_encode_libdeflate(pixels, Int32(width), Int32(height), stride, level, knownOpaque ? 1 : -1, &buffer)
        case .cairo:
            preconditionFailure("Cairo's writer encodes surfaces, not pixel buffers")
        }
        guard status == 0, let data = buffer.data else {
            let message = withUnsafeBytes(of: buffer.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw CairoError(operation: operation, message: message.isEmpty ? "PNG encoding failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: buffer.length))
    }
}
