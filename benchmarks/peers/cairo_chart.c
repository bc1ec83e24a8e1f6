/*
 * cairo_chart: the "Cairo done plainly" floor for benchmarks/run.py.
 *
 * It replays the exact drawing commands kpi's chart and tile layouts issue (dumped by
 * `kpi-bench dump` into chart.cmd and tile.cmd) with the same plain Cairo calls kpi's CairoCanvas
 * makes, on the same fonts and font options, then writes the result with Cairo's own writers:
 * cairo_surface_write_to_png_stream, the SVG surface and the PDF surface. Parsing the command file
 * happens once, outside the timed region; each timed iteration creates the surface, draws and
 * writes to memory, as kpi does (kpi also lays the chart out, which this program does not).
 *
 *   cairo_chart CHART.cmd TILE.cmd serve          requests on stdin: `run KIND FORMAT N`,
 *                                                 `save KIND FORMAT PATH`, `quit`; replies
 *                                                 `ok BYTES NS1 NS2 ...`
 *   cairo_chart CMD FORMAT OUT                    one file, for whole-process timing
 *
 * Build: cc -O2 -o cairo_chart cairo_chart.c $(pkg-config --cflags --libs cairo)
 */
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum op_kind { OP_FILL, OP_STROKE, OP_TEXT, OP_SAVE, OP_RESTORE, OP_CLIP, OP_TRANSLATE };
enum { EL_MOVE, EL_LINE, EL_CURVE, EL_CLOSE };

typedef struct { int kind; double p[6]; } element;

typedef struct {
    int kind;
    double rgba[4];
    element *path;
    int path_count;
    double width, phase, dash[16];
    int cap, join, dash_count;
    double size, x, y, w, h;
    int bold;
    char *text;
} op;

typedef struct {
    double width, height;
    char *title, *subject, *date;
    op *ops;
    int count;
} drawing;

static char *unhex(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n / 2 + 1);
    if (strcmp(s, "-") == 0) { out[0] = 0; return out; }
    for (size_t i = 0; i + 1 < n; i += 2) {
        unsigned v;
        sscanf(s + i, "%2x", &v);
        out[i / 2] = (char)v;
    }
    out[n / 2] = 0;
    return out;
}

static void parse_path(char *s, op *o) {
    int capacity = 16;
    o->path = malloc(sizeof(element) * capacity);
    o->path_count = 0;
    char *save = NULL;
    for (char *t = strtok_r(s, " \n", &save); t; t = strtok_r(NULL, " \n", &save)) {
        if (o->path_count == capacity) o->path = realloc(o->path, sizeof(element) * (capacity *= 2));
        element *e = &o->path[o->path_count++];
        int n = 0;
        switch (t[0]) {
        case 'M': e->kind = EL_MOVE; n = 2; break;
        case 'L': e->kind = EL_LINE; n = 2; break;
        case 'C': e->kind = EL_CURVE; n = 6; break;
        default: e->kind = EL_CLOSE; break;
        }
        for (int i = 0; i < n; i++) e->p[i] = strtod(strtok_r(NULL, " \n", &save), NULL);
    }
}

static drawing load(const char *path) {
    drawing d = {0};
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(66); }
    int capacity = 64;
    d.ops = malloc(sizeof(op) * capacity);
    char *line = NULL;
    size_t length = 0;
    char word[32];
    while (getline(&line, &length, f) > 0) {
        int used = 0;
        if (sscanf(line, "%31s %n", word, &used) < 1) continue;
        char *rest = line + used;
        if (strcmp(word, "size") == 0) { sscanf(rest, "%lf %lf", &d.width, &d.height); continue; }
        char value[65536];
        if (strcmp(word, "title") == 0) { sscanf(rest, "%65535s", value); d.title = unhex(value); continue; }
        if (strcmp(word, "subject") == 0) { sscanf(rest, "%65535s", value); d.subject = unhex(value); continue; }
        if (strcmp(word, "date") == 0) { sscanf(rest, "%65535s", value); d.date = strdup(value); continue; }
        if (d.count == capacity) d.ops = realloc(d.ops, sizeof(op) * (capacity *= 2));
        op *o = &d.ops[d.count++];
        memset(o, 0, sizeof *o);
        if (strcmp(word, "fill") == 0) {
            o->kind = OP_FILL;
            sscanf(rest, "%lf %lf %lf %lf", &o->rgba[0], &o->rgba[1], &o->rgba[2], &o->rgba[3]);
            parse_path(strchr(rest, ':') + 1, o);
        } else if (strcmp(word, "stroke") == 0) {
            o->kind = OP_STROKE;
            int n = 0;
            sscanf(rest, "%lf %lf %lf %lf %lf %d %d %lf %d %n", &o->rgba[0], &o->rgba[1], &o->rgba[2], &o->rgba[3],
                   &o->width, &o->cap, &o->join, &o->phase, &o->dash_count, &n);
            char *p = rest + n;
            for (int i = 0; i < o->dash_count && i < 16; i++) o->dash[i] = strtod(p, &p);
            parse_path(strchr(rest, ':') + 1, o);
        } else if (strcmp(word, "text") == 0) {
            o->kind = OP_TEXT;
            sscanf(rest, "%lf %lf %lf %lf %lf %d %lf %lf %65535s", &o->rgba[0], &o->rgba[1], &o->rgba[2], &o->rgba[3],
                   &o->size, &o->bold, &o->x, &o->y, value);
            o->text = unhex(value);
        } else if (strcmp(word, "save") == 0) {
            o->kind = OP_SAVE;
        } else if (strcmp(word, "restore") == 0) {
            o->kind = OP_RESTORE;
        } else if (strcmp(word, "clip") == 0) {
            o->kind = OP_CLIP;
            sscanf(rest, "%lf %lf %lf %lf", &o->x, &o->y, &o->w, &o->h);
        } else if (strcmp(word, "translate") == 0) {
            o->kind = OP_TRANSLATE;
            sscanf(rest, "%lf %lf", &o->x, &o->y);
        } else {
            d.count--;
        }
    }
    free(line);
    fclose(f);
    return d;
}

static void replay_path(cairo_t *cr, const op *o) {
    cairo_new_path(cr);
    for (int i = 0; i < o->path_count; i++) {
        const element *e = &o->path[i];
        switch (e->kind) {
        case EL_MOVE: cairo_move_to(cr, e->p[0], e->p[1]); break;
        case EL_LINE: cairo_line_to(cr, e->p[0], e->p[1]); break;
        case EL_CURVE: cairo_curve_to(cr, e->p[0], e->p[1], e->p[2], e->p[3], e->p[4], e->p[5]); break;
        default: cairo_close_path(cr); break;
        }
    }
}

/* The same calls, in the same order, as kpi's CairoCanvas. */
static void draw(cairo_t *cr, const drawing *d) {
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_DEFAULT);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    static const cairo_line_cap_t caps[] = {CAIRO_LINE_CAP_BUTT, CAIRO_LINE_CAP_ROUND, CAIRO_LINE_CAP_SQUARE};
    static const cairo_line_join_t joins[] = {CAIRO_LINE_JOIN_MITER, CAIRO_LINE_JOIN_ROUND, CAIRO_LINE_JOIN_BEVEL};
    for (int i = 0; i < d->count; i++) {
        const op *o = &d->ops[i];
        switch (o->kind) {
        case OP_FILL:
            if (o->path_count == 0) break;
            replay_path(cr, o);
            cairo_set_source_rgba(cr, o->rgba[0], o->rgba[1], o->rgba[2], o->rgba[3]);
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
            cairo_fill(cr);
            break;
        case OP_STROKE:
            if (o->path_count == 0 || o->width <= 0) break;
            replay_path(cr, o);
            cairo_set_source_rgba(cr, o->rgba[0], o->rgba[1], o->rgba[2], o->rgba[3]);
            cairo_set_line_width(cr, o->width);
            cairo_set_dash(cr, o->dash, o->dash_count, o->phase);
            cairo_set_line_cap(cr, caps[o->cap]);
            cairo_set_line_join(cr, joins[o->join]);
            cairo_stroke(cr);
            break;
        case OP_TEXT:
            if (!o->text[0]) break;
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                                   o->bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
            cairo_set_font_size(cr, o->size);
            cairo_set_source_rgba(cr, o->rgba[0], o->rgba[1], o->rgba[2], o->rgba[3]);
            cairo_new_path(cr);
            cairo_move_to(cr, o->x, o->y);
            cairo_show_text(cr, o->text);
            cairo_new_path(cr);
            break;
        case OP_SAVE: cairo_save(cr); break;
        case OP_RESTORE: cairo_restore(cr); break;
        case OP_CLIP:
            cairo_new_path(cr);
            cairo_rectangle(cr, o->x, o->y, o->w, o->h);
            cairo_clip(cr);
            break;
        case OP_TRANSLATE: cairo_translate(cr, o->x, o->y); break;
        }
    }
}

typedef struct { unsigned char *data; size_t length, capacity; } buffer;

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int length) {
    buffer *b = closure;
    if (b->length + length > b->capacity) {
        while (b->length + length > b->capacity) b->capacity = b->capacity ? b->capacity * 2 : 65536;
        b->data = realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
    return CAIRO_STATUS_SUCCESS;
}

/* One chart in `format` (png, png2 for scale 2, svg, pdf; pixels: drawn on an image surface but
 * not written) into `out`; 0 on success. */
static int render(const drawing *d, const char *format, buffer *out) {
    out->length = 0;
    cairo_surface_t *surface;
    int pixels_only = strcmp(format, "pixels") == 0;
    int png = pixels_only || strncmp(format, "png", 3) == 0;
    double scale = strcmp(format, "png2") == 0 ? 2 : 1;
    if (png) {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)(d->width * scale + 0.999999),
                                             (int)(d->height * scale + 0.999999));
        cairo_surface_set_device_scale(surface, scale, scale);
    } else if (strcmp(format, "svg") == 0) {
        surface = cairo_svg_surface_create_for_stream(append, out, d->width, d->height);
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_USER);
    } else {
        surface = cairo_pdf_surface_create_for_stream(append, out, d->width, d->height);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, d->date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, d->title);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, d->subject);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "kpi");
    }
    cairo_t *cr = cairo_create(surface);
    if (png) {
        cairo_set_source_rgba(cr, 1, 1, 1, 1);
        cairo_paint(cr);
    }
    draw(cr, d);
    int status = cairo_status(cr);
    if (!png) cairo_show_page(cr);
    cairo_destroy(cr);
    if (png) {
        if (pixels_only) cairo_surface_flush(surface);
        else if (!status) status = cairo_surface_write_to_png_stream(surface, append, out);
    } else {
        cairo_surface_finish(surface);
        if (!status) status = cairo_surface_status(surface);
    }
    cairo_surface_destroy(surface);
    return status;
}

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int write_file(const char *path, const buffer *b) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->data, 1, b->length, f) != b->length) { perror(path); return 74; }
    return fclose(f) == 0 ? 0 : 74;
}

int main(int argc, char **argv) {
    buffer out = {0};
    if (argc == 4 && strcmp(argv[3], "serve") == 0) {
        drawing chart = load(argv[1]), tile = load(argv[2]);
        char line[1024], kind[32], format[32], path[900];
        int n;
        while (fgets(line, sizeof line, stdin)) {
            if (strncmp(line, "quit", 4) == 0) break;
            if (sscanf(line, "run %31s %31s %d", kind, format, &n) == 3) {
                const drawing *d = strcmp(kind, "tile") == 0 ? &tile : &chart;
                uint64_t *times = malloc(sizeof(uint64_t) * (size_t)n);
                int failed = 0;
                for (int i = 0; i < n; i++) {
                    uint64_t start = now_ns();
                    failed |= render(d, format, &out);
                    times[i] = now_ns() - start;
                }
                if (failed) { printf("error cairo failed\n"); }
                else {
                    printf("ok %zu", out.length);
                    for (int i = 0; i < n; i++) printf(" %llu", (unsigned long long)times[i]);
                    printf("\n");
                }
                free(times);
            } else if (sscanf(line, "save %31s %31s %899s", kind, format, path) == 3) {
                const drawing *d = strcmp(kind, "tile") == 0 ? &tile : &chart;
                if (render(d, format, &out) || write_file(path, &out)) printf("error save failed\n");
                else printf("ok %zu\n", out.length);
            } else {
                printf("error unknown request\n");
            }
            fflush(stdout);
        }
        return 0;
    }
    if (argc == 4) {
        drawing d = load(argv[1]);
        if (render(&d, argv[2], &out)) { fprintf(stderr, "cairo_chart: cairo failed\n"); return 70; }
        return write_file(argv[3], &out);
    }
    fprintf(stderr, "usage: cairo_chart CHART.cmd TILE.cmd serve | cairo_chart CMD FORMAT OUT\n");
    return 64;
}
