// PNG writing for KPICairo through libpng (which libcairo2-dev brings as libpng-dev).
//
// Everything that can longjmp stays in C: libpng reports errors by calling the error function,
// which longjmps back to the setjmp in kpi_png_encode. No Swift frame lies between the two (the
// write callback is C too), so Swift never sees a longjmp; it only sees the return value.
//
// Input is a Cairo ARGB32 surface's memory: native-endian uint32 pixels, alpha in the top byte,
// colour premultiplied by alpha. Output is RGB (every pixel opaque) or RGBA, colour divided back
// by alpha with the same rounding as Cairo's own PNG writer, so both decode to the same pixels.
// No time or text chunks are written: the same pixels and settings give the same bytes.
#ifndef KPI_PNG_H
#define KPI_PNG_H
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// A growable in-memory destination for one PNG; free `data` with kpi_png_buffer_free.
typedef struct {
    unsigned char *data;
    size_t length;
    size_t capacity;
    /// libpng's message when kpi_png_encode fails ("" otherwise).
    char message[160];
} kpi_png_buffer;

static inline void kpi_png_buffer_free(kpi_png_buffer *buffer) {
    free(buffer->data);
    buffer->data = NULL;
    buffer->length = buffer->capacity = 0;
}

static inline void kpi_png_write_data(png_structp png, png_bytep data, size_t length) {
    kpi_png_buffer *buffer = (kpi_png_buffer *)png_get_io_ptr(png);
    if (length > SIZE_MAX - buffer->length) png_error(png, "output too large");
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 65536;
        while (capacity < buffer->length + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(buffer->data, capacity);
        if (!grown) png_error(png, "out of memory");
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, data, length);
    buffer->length += length;
}

static inline void kpi_png_flush(png_structp png) { (void)png; }

static inline void kpi_png_error(png_structp png, png_const_charp message) {
    kpi_png_buffer *buffer = (kpi_png_buffer *)png_get_error_ptr(png);
    strncpy(buffer->message, message ? message : "unknown libpng error", sizeof buffer->message - 1);
    buffer->message[sizeof buffer->message - 1] = 0;
    png_longjmp(png, 1);
}

static inline void kpi_png_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

/// 1 when every pixel of the ARGB32 image has alpha 255. Two pixels per step: this pass and the
/// conversion are the only work besides zlib's.
static inline int kpi_png_is_opaque(const unsigned char *pixels, int width, int height, size_t stride) {
    const uint64_t alphas = 0xff000000ff000000ull;
    for (int y = 0; y < height; y++) {
        const unsigned char *row = pixels + (size_t)y * stride;
        uint64_t all = alphas;
        int x = 0;
        for (; x + 2 <= width; x += 2) {
            uint64_t two;
            memcpy(&two, row + (size_t)x * 4, 8);
            all &= two;
        }
        if (x < width) {
            uint32_t one;
            memcpy(&one, row + (size_t)x * 4, 4);
            all &= (uint64_t)one | 0xff00000000000000ull;
        }
        if ((all & alphas) != alphas) return 0;
    }
    return 1;
}

#if defined(__clang__) && defined(__x86_64__)
#include <cpuid.h>
typedef unsigned char kpi_png_bytes16 __attribute__((vector_size(16)));

/// 1 when the CPU has SSSE3 (every x86-64 CPU since 2006 but AMD's K10).
static inline int kpi_png_has_ssse3(void) {
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSSE3) != 0;
}

/// Opaque BGRX (Cairo's ARGB32 in little-endian memory) to RGB, four pixels per shuffle.
/// Writes up to 4 bytes past the row's 3 * width.
__attribute__((target("ssse3"))) static inline void kpi_png_rgb_row_ssse3(const uint32_t *row, int width,
                                                                           unsigned char *out) {
    int x = 0;
    for (; x + 4 <= width; x += 4) {
        kpi_png_bytes16 pixels;
        memcpy(&pixels, row + x, 16);
        kpi_png_bytes16 rgb = __builtin_shufflevector(pixels, pixels, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 15, 15, 15, 15);
        memcpy(out, &rgb, 16);
        out += 12;
    }
    for (; x < width; x++) {
        uint32_t p = row[x];
        uint32_t rgb = ((p >> 16) & 0xff) | (p & 0xff00) | ((p & 0xff) << 16);
        memcpy(out, &rgb, 4);
        out += 3;
    }
}
#endif

/// Converts one row of premultiplied ARGB32 to straight RGB (opaque) or RGBA. `out` needs 16
/// bytes of slack past the row: opaque pixels are stored several bytes at a time, three apart.
/// `simd` says the SSSE3 path may be used (x86-64 only).
static inline void kpi_png_convert_row(const uint32_t *row, int width, int opaque, int simd, unsigned char *out) {
#if defined(__clang__) && defined(__x86_64__)
    if (opaque && simd) {
        kpi_png_rgb_row_ssse3(row, width, out);
        return;
    }
#else
    (void)simd;
#endif
    if (opaque) {
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            // 0xAARRGGBB -> bytes R, G, B (and a fourth, overwritten by the next pixel).
            uint32_t rgb = ((p >> 16) & 0xff) | (p & 0xff00) | ((p & 0xff) << 16);
            memcpy(out, &rgb, 4);
#else
            out[0] = (unsigned char)(p >> 16);
            out[1] = (unsigned char)(p >> 8);
            out[2] = (unsigned char)p;
#endif
            out += 3;
        }
        return;
    }
    for (int x = 0; x < width; x++) {
        uint32_t p = row[x];
        uint32_t a = p >> 24;
        if (a == 0) {
            out[0] = out[1] = out[2] = out[3] = 0;
        } else if (a == 255) {
            out[0] = (unsigned char)(p >> 16);
            out[1] = (unsigned char)(p >> 8);
            out[2] = (unsigned char)p;
            out[3] = 255;
        } else {
            // Cairo's unpremultiply_data: (c * 255 + a / 2) / a.
            out[0] = (unsigned char)((((p >> 16) & 0xff) * 255 + a / 2) / a);
            out[1] = (unsigned char)((((p >> 8) & 0xff) * 255 + a / 2) / a);
            out[2] = (unsigned char)(((p & 0xff) * 255 + a / 2) / a);
            out[3] = (unsigned char)a;
        }
        out += 4;
    }
}

/// Encodes a `width` x `height` premultiplied ARGB32 image whose rows are `stride` bytes apart.
///
/// `level` is zlib's 0-9, `strategy` zlib's Z_DEFAULT_STRATEGY (0), Z_FILTERED (1),
/// Z_HUFFMAN_ONLY (2) or Z_RLE (3), `filters` a mask of PNG_FILTER_NONE/SUB/UP/AVG/PAETH, and
/// `opaque` 1 (RGB), 0 (RGBA) or -1 (RGB when every pixel is opaque). Returns 0 with the PNG in
/// `out`, or -1 with libpng's message in `out->message`; free `out` in both cases.
static inline int kpi_png_encode(const unsigned char *pixels, int width, int height, size_t stride,
                                 int level, int strategy, int filters, int opaque, kpi_png_buffer *out) {
    out->message[0] = 0;
    if (opaque < 0) opaque = kpi_png_is_opaque(pixels, width, height, stride);
#if defined(__clang__) && defined(__x86_64__)
    int simd = kpi_png_has_ssse3();
#else
    int simd = 0;
#endif
    unsigned char *row = (unsigned char *)malloc((size_t)width * 4 + 16);
    if (!row) {
        strcpy(out->message, "out of memory");
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, out, kpi_png_error, kpi_png_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!png || !info) {
        png_destroy_write_struct(png ? &png : NULL, NULL);
        free(row);
        strcpy(out->message, "out of memory");
        return -1;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(row);
        return -1;
    }
    png_set_write_fn(png, out, kpi_png_write_data, kpi_png_flush);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    for (int y = 0; y < height; y++) {
        kpi_png_convert_row((const uint32_t *)(pixels + (size_t)y * stride), width, opaque, simd, row);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return 0;
}
#endif
