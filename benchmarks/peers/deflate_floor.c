/*
 * deflate_floor: how fast deflate itself can go on a chart's pixels, outside libpng.
 *
 * Reads a PNG (through Cairo), builds exactly the bytes kpi's writer hands to deflate (each row a
 * 0 filter byte then RGB, or RGBA if any pixel is not opaque) and times zlib's compress2 and, when
 * built with -DWITH_LIBDEFLATE, libdeflate's zlib compressor at several levels on them. Prints one
 * line per library and level: `LIBRARY LEVEL BYTES MEDIAN_MS`. Used by benchmarks/run.py to show
 * what is left of kpi's PNG time once libpng, the conversion and drawing are taken away.
 *
 * Build: cc -O2 deflate_floor.c $(pkg-config --cflags --libs cairo zlib) [-DWITH_LIBDEFLATE -ldeflate]
 */
#include <cairo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#ifdef WITH_LIBDEFLATE
#include <libdeflate.h>
#endif

#define RUNS 31

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: deflate_floor FILE.png\n");
        return 64;
    }
    cairo_surface_t *surface = cairo_image_surface_create_from_png(argv[1]);
    if (cairo_surface_status(surface)) {
        fprintf(stderr, "deflate_floor: cannot read %s\n", argv[1]);
        return 66;
    }
    int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
    int stride = cairo_image_surface_get_stride(surface);
    const unsigned char *data = cairo_image_surface_get_data(surface);
    int opaque = 1;
    for (int y = 0; y < h && opaque; y++)
        for (int x = 0; x < w; x++)
            if (((const uint32_t *)(data + y * stride))[x] >> 24 != 255) { opaque = 0; break; }
    int channels = opaque ? 3 : 4;
    size_t row_bytes = (size_t)w * channels + 1, n = row_bytes * h;
    unsigned char *raw = malloc(n);
    for (int y = 0; y < h; y++) {
        unsigned char *o = raw + y * row_bytes;
        *o++ = 0;
        const uint32_t *r = (const uint32_t *)(data + y * stride);
        for (int x = 0; x < w; x++) {
            uint32_t p = r[x], a = p >> 24;
            unsigned char c[3] = {(unsigned char)(p >> 16), (unsigned char)(p >> 8), (unsigned char)p};
            for (int i = 0; i < 3; i++) *o++ = (a == 0 || a == 255) ? (a ? c[i] : 0) : (unsigned char)((c[i] * 255 + a / 2) / a);
            if (!opaque) *o++ = (unsigned char)a;
        }
    }
    size_t capacity = n + n / 10 + 1024;
    unsigned char *out = malloc(capacity);
    int levels[] = {1, 2, 3, 6};
    double times[RUNS];
    for (int l = 0; l < 4; l++) {
        uLongf size = 0;
        for (int i = 0; i < RUNS; i++) {
            size = capacity;
            double start = now_ms();
            compress2(out, &size, raw, n, levels[l]);
            times[i] = now_ms() - start;
        }
        qsort(times, RUNS, sizeof(double), compare);
        printf("zlib %d %lu %.4f\n", levels[l], (unsigned long)size, times[RUNS / 2]);
    }
#ifdef WITH_LIBDEFLATE
    for (int l = 0; l < 4; l++) {
        struct libdeflate_compressor *c = libdeflate_alloc_compressor(levels[l]);
        size_t size = 0;
        for (int i = 0; i < RUNS; i++) {
            double start = now_ms();
            size = libdeflate_zlib_compress(c, raw, n, out, capacity);
            times[i] = now_ms() - start;
        }
        qsort(times, RUNS, sizeof(double), compare);
        printf("libdeflate %d %zu %.4f\n", levels[l], size, times[RUNS / 2]);
        libdeflate_free_compressor(c);
    }
#endif
    free(raw);
    free(out);
    cairo_surface_destroy(surface);
    return 0;
}
