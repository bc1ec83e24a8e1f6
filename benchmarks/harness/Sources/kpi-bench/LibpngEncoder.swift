import CPNGLibpng
import KPICairo

/// PNG writing through libpng and zlib at explicit settings, for the encoder table in
/// BENCHMARKS.md: what kpi's own writer (libdeflate, `PNGEncoder.standard`) was chosen against.
///
/// Rows are converted by the same C code as kpi's writer, so every setting decodes to the same
/// pixels; only the compressor and the row filters differ.
struct LibpngEncoder {
    /// zlib's compression strategies as libpng passes them on.
    enum Strategy: Int32 {
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
    struct Filters: OptionSet {
        let rawValue: Int32
        static let none = Filters(rawValue: 0x08)
        static let sub = Filters(rawValue: 0x10)
        static let up = Filters(rawValue: 0x20)
        static let average = Filters(rawValue: 0x40)
        static let paeth = Filters(rawValue: 0x80)
        /// What libpng uses unless told otherwise.
        static let all: Filters = [.none, .sub, .up, .average, .paeth]
    }

    /// zlib's 0 (store) to 9 (smallest).
    var level: Int
    var strategy: Strategy
    var filters: Filters

    /// Encodes premultiplied ARGB32 pixels; libpng's errors (a longjmp caught in C) are thrown.
    func encode(_ image: RasterImage) throws -> [UInt8] {
        var buffer = kpi_png_buffer()
        defer { kpi_png_buffer_free(&buffer) }
        let status = image.withPixelBytes { pixels, stride in
            kpi_png_encode_libpng(pixels, Int32(image.width), Int32(image.height), stride, Int32(min(max(level, 0), 9)),
                                  strategy.rawValue, filters.rawValue, -1, &buffer)
        }
        return try buffer.bytes(status: status, operation: "png_write_row")
    }
}
