import CPNGDeflate

/// zlib streams (PDF's `/FlateDecode`) read and written with libdeflate, for rewriting the page
/// content streams Cairo compresses (see ``PDFContentArtifacts``).
enum ZlibStream {
    /// The bytes `data` decompresses to; throws when `data` is not a zlib stream.
    static func inflate(_ data: [UInt8]) throws -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else {
            throw CairoError(operation: "libdeflate_alloc_decompressor", message: "out of memory")
        }
        defer { libdeflate_free_decompressor(decompressor) }
        var capacity = max(4096, data.count * 4)
        while capacity < 1 << 30 {
            var out = [UInt8](repeating: 0, count: capacity)
            var produced = 0
            let result = data.withUnsafeBytes { input in
                out.withUnsafeMutableBytes { output in
                    libdeflate_zlib_decompress(
                        decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &produced)
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS: return Array(out[..<produced])
            case LIBDEFLATE_INSUFFICIENT_SPACE: capacity *= 4
            default:
                throw CairoError(
                    operation: "libdeflate_zlib_decompress", message: "a page content stream is not valid zlib data")
            }
        }
        throw CairoError(operation: "libdeflate_zlib_decompress", message: "a page content stream is larger than 1 GiB")
    }

    /// `data` compressed at level 6; the same input always gives the same bytes.
    static func deflate(_ data: [UInt8]) throws -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(6) else {
            throw CairoError(operation: "libdeflate_alloc_compressor", message: "out of memory")
        }
        defer { libdeflate_free_compressor(compressor) }
        var out = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, data.count))
        let written = data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                libdeflate_zlib_compress(compressor, input.baseAddress, input.count, output.baseAddress, output.count)
            }
        }
        guard written > 0 else {
            throw CairoError(operation: "libdeflate_zlib_compress", message: "compression failed")
        }
        return Array(out[..<written])
    }
}
