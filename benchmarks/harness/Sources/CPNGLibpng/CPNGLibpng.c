// The libpng writer the benchmarks compare kpi's own (CPNGDeflate) against; see the header.
//
// Everything that can longjmp stays in C: libpng reports errors by calling the error function,
// which longjmps back to the setjmp in kpi_png_encode_libpng. No Swift frame lies between the
// two (the write callback is C too), so Swift never sees a longjmp; it only sees the result.
#include "CPNGLibpng.h"
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static void kpi_png_write_data(png_structp png, png_bytep data, size_t length) {
    kpi_png_buffer *buffer = (kpi_png_buffer *)png_get_io_ptr(png);
    if (kpi_png_buffer_reserve(buffer, length) != 0) png_error(png, "out of memory or output too large");
    memcpy(buffer->data + buffer->length, data, length);
    buffer->length += length;
}

static void kpi_png_flush(png_structp png) { (void)png; }

static void kpi_png_error(png_structp png, png_const_charp message) {
    kpi_png_buffer *buffer = (kpi_png_buffer *)png_get_error_ptr(png);
    strncpy(buffer->message, message ? message : "unknown libpng error", sizeof buffer->message - 1);
    buffer->message[sizeof buffer->message - 1] = 0;
    png_longjmp(png, 1);
}

static void kpi_png_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

int kpi_png_encode_libpng(const unsigned char *pixels, int width, int height, size_t stride,
                          int level, int strategy, int filters, int opaque, kpi_png_buffer *out) {
    out->message[0] = 0;
    if (opaque < 0) opaque = kpi_png_is_opaque(pixels, width, height, stride);
    int simd = kpi_png_has_simd();
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
