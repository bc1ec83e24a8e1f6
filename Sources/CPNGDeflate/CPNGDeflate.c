// kpi's PNG writer around libdeflate; see include/CPNGDeflate.h.
#include "CPNGDeflate.h"
#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

void kpi_png_buffer_free(kpi_png_buffer *buffer) {
    free(buffer->data);
    buffer->data = NULL;
    buffer->length = buffer->capacity = 0;
}

/// 1 when every pixel of the ARGB32 image has alpha 255. Two pixels per step: this pass and the
/// conversion are the only work besides deflate.
int kpi_png_is_opaque(const unsigned char *pixels, int width, int height, size_t stride) {
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

int kpi_png_has_simd(void) {
#if defined(__clang__) && defined(__x86_64__)
    return kpi_png_has_ssse3();
#else
    return 0;
#endif
}

/// Converts one row of premultiplied ARGB32 to straight RGB (opaque) or RGBA. `out` needs 16
/// bytes of slack past the row: opaque pixels are stored several bytes at a time, three apart.
/// `simd` says the SSSE3 path may be used (x86-64 only).
void kpi_png_convert_row(const uint32_t *row, int width, int opaque, int simd, unsigned char *out) {
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

int kpi_png_buffer_reserve(kpi_png_buffer *out, size_t extra) {
    if (extra > SIZE_MAX - out->length) return -1;
    if (out->length + extra <= out->capacity) return 0;
    size_t capacity = out->capacity ? out->capacity : 65536;
    while (capacity < out->length + extra) capacity *= 2;
    unsigned char *grown = (unsigned char *)realloc(out->data, capacity);
    if (!grown) return -1;
    out->data = grown;
    out->capacity = capacity;
    return 0;
}

static inline void kpi_png_deflate_put32(unsigned char *at, uint32_t value) {
    at[0] = (unsigned char)(value >> 24);
    at[1] = (unsigned char)(value >> 16);
    at[2] = (unsigned char)(value >> 8);
    at[3] = (unsigned char)value;
}

/// Appends one chunk (length, type, data, CRC over type and data); `data` may be NULL when
/// the chunk's data was already written at out->length + 8 (`length` bytes of it).
static inline int kpi_png_deflate_chunk(kpi_png_buffer *out, const char type[4], const unsigned char *data, size_t length) {
    if (length > 0x7fffffff || kpi_png_buffer_reserve(out, length + 12) != 0) return -1;
    unsigned char *start = out->data + out->length;
    kpi_png_deflate_put32(start, (uint32_t)length);
    memcpy(start + 4, type, 4);
    if (data) memcpy(start + 8, data, length);
    uint32_t crc = libdeflate_crc32(0, start + 4, length + 4);
    kpi_png_deflate_put32(start + 8 + length, crc);
    out->length += length + 12;
    return 0;
}

int kpi_png_encode_libdeflate(const unsigned char *pixels, int width, int height, size_t stride,
                              int level, int opaque, kpi_png_buffer *out) {
    out->message[0] = 0;
    if (width <= 0 || height <= 0) {
        strcpy(out->message, "an image needs a width and a height");
        return -1;
    }
    if (opaque < 0) opaque = kpi_png_is_opaque(pixels, width, height, stride);
    int simd = kpi_png_has_simd();
    size_t rowBytes = (size_t)width * (opaque ? 3 : 4);
    size_t rawLength = (rowBytes + 1) * (size_t)height;
    unsigned char *raw = (unsigned char *)malloc(rawLength + 16);  // slack for the row converter
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(level);
    if (!raw || !compressor) {
        free(raw);
        if (compressor) libdeflate_free_compressor(compressor);
        strcpy(out->message, raw ? "libdeflate: unsupported level" : "out of memory");
        return -1;
    }
    for (int y = 0; y < height; y++) {
        unsigned char *line = raw + (size_t)y * (rowBytes + 1);
        line[0] = 0;  // filter: none
        kpi_png_convert_row((const uint32_t *)(pixels + (size_t)y * stride), width, opaque, simd, line + 1);
    }
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char header[13];
    kpi_png_deflate_put32(header, (uint32_t)width);
    kpi_png_deflate_put32(header + 4, (uint32_t)height);
    header[8] = 8;                      // bit depth
    header[9] = opaque ? 2 : 6;         // colour type: RGB or RGBA
    header[10] = header[11] = header[12] = 0;  // deflate, adaptive filtering, no interlace
    size_t bound = libdeflate_zlib_compress_bound(compressor, rawLength);
    int failed = kpi_png_buffer_reserve(out, 8 + 25 + bound + 12 + 12) != 0;
    if (!failed) {
        memcpy(out->data, signature, 8);
        out->length = 8;
        failed = kpi_png_deflate_chunk(out, "IHDR", header, 13) != 0;
    }
    if (!failed) {
        size_t compressed = libdeflate_zlib_compress(compressor, raw, rawLength, out->data + out->length + 8, bound);
        failed = compressed == 0 || kpi_png_deflate_chunk(out, "IDAT", NULL, compressed) != 0;
    }
    if (!failed) failed = kpi_png_deflate_chunk(out, "IEND", NULL, 0) != 0;
    free(raw);
    libdeflate_free_compressor(compressor);
    if (failed) {
        strcpy(out->message, "libdeflate: could not compress the image (out of memory or too large)");
        return -1;
    }
    return 0;
}
