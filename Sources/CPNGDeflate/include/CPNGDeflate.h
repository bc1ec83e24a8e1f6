// kpi's PNG writer: Cairo's premultiplied ARGB32 pixels to PNG bytes, compressed by libdeflate.
//
// libpng can only drive zlib, and on chart pixels deflate is nearly all of the PNG time;
// libdeflate compresses the same scanlines about 15% faster and 10% smaller. So this writer
// builds the scanlines itself (filter byte 0, then the row converted to straight RGB or RGBA),
// has libdeflate make the zlib stream in one call, and wraps it in the four PNG chunks:
// signature, IHDR, one IDAT, IEND, with libdeflate's CRC-32. No time or text chunks: the same
// pixels and level give the same bytes. Nothing here can longjmp; errors come back as -1 and a
// message. The row conversion is public so that other writers (the libpng one the benchmarks
// compare against) produce the same pixels. libdeflate's own API comes with it, for the PDF
// content streams KPICairo rewrites (ZlibStream).
#ifndef KPI_CPNGDEFLATE_H
#define KPI_CPNGDEFLATE_H
#include <libdeflate.h>
#include <stddef.h>
#include <stdint.h>

/// A growable in-memory destination for one PNG; free `data` with kpi_png_buffer_free.
typedef struct {
    unsigned char *data;
    size_t length;
    size_t capacity;
    /// The writer's message when encoding fails ("" otherwise).
    char message[160];
} kpi_png_buffer;

/// Frees the buffer's bytes and empties it.
void kpi_png_buffer_free(kpi_png_buffer *buffer);

/// Makes room for `extra` more bytes; 0 on success, -1 when out of memory or too large.
int kpi_png_buffer_reserve(kpi_png_buffer *buffer, size_t extra);

/// 1 when every pixel of the ARGB32 image, rows `stride` bytes apart, has alpha 255.
int kpi_png_is_opaque(const unsigned char *pixels, int width, int height, size_t stride);

/// 1 when kpi_png_convert_row may use the SSSE3 path (x86-64 CPUs that have it).
int kpi_png_has_simd(void);

/// Converts one row of premultiplied ARGB32 to straight RGB (`opaque` 1) or RGBA, colour
/// divided back by alpha with Cairo's rounding, `(c * 255 + a / 2) / a`, so every writer
/// decodes to the same pixels as Cairo's own. `out` needs 16 bytes of slack past the row.
void kpi_png_convert_row(const uint32_t *row, int width, int opaque, int simd, unsigned char *out);

/// Encodes a `width` x `height` premultiplied ARGB32 image whose rows are `stride` bytes apart,
/// compressing with libdeflate at `level` (1-12). `opaque` is 1 (RGB), 0 (RGBA) or -1 (RGB
/// when every pixel is opaque). Returns 0 with the PNG in `out`, or -1 with a message in
/// `out->message`; free `out` in both cases.
int kpi_png_encode_libdeflate(const unsigned char *pixels, int width, int height, size_t stride,
                              int level, int opaque, kpi_png_buffer *out);

#endif
