import CCairo

/// An in-memory destination for Cairo's stream surfaces and PNG writer.
///
/// Cairo writes output through a C callback with a `void *closure`; the closure is an unretained
/// pointer to this box, so whoever creates the stream surface must keep the sink alive until the
/// surface is destroyed (renderers use `withExtendedLifetime`, `PDFDocument` stores it).
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// An empty sink with room for a typical chart (SVG ~150 KB, PDF ~20 KB) before it grows.
    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The pointer to hand to Cairo as the stream's closure.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C callback appending Cairo's output to the sink named by `closure`.
    ///
    /// Matches `cairo_write_func_t`, as taken by `cairo_surface_write_to_png_stream`,
    /// `cairo_svg_surface_create_for_stream` and `cairo_pdf_surface_create_for_stream`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}
