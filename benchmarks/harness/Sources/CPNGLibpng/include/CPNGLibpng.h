// The libpng writer, kept only so the benchmarks can compare zlib's settings through libpng
// with kpi's own writer around libdeflate (CPNGDeflate, in the kpi package). It converts rows
// with CPNGDeflate's kpi_png_convert_row, so both decode to the same pixels; only the
// compressor and the row filters differ.
#ifndef KPI_CPNGLIBPNG_H
#define KPI_CPNGLIBPNG_H
#include <stddef.h>
#include "CPNGDeflate.h"

/// Encodes a `width` x `height` premultiplied ARGB32 image whose rows are `stride` bytes apart.
///
/// `level` is zlib's 0-9, `strategy` zlib's Z_DEFAULT_STRATEGY (0), Z_FILTERED (1),
/// Z_HUFFMAN_ONLY (2) or Z_RLE (3), `filters` a mask of PNG_FILTER_NONE/SUB/UP/AVG/PAETH, and
/// `opaque` 1 (RGB), 0 (RGBA) or -1 (RGB when every pixel is opaque). Returns 0 with the PNG in
/// `out`, or -1 with libpng's message in `out->message`; free `out` in both cases.
int kpi_png_encode_libpng(const unsigned char *pixels, int width, int height, size_t stride,
                          int level, int strategy, int filters, int opaque, kpi_png_buffer *out);

#endif
