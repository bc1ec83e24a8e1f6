// The C headers KPICairo needs: Cairo's core drawing, PDF and SVG surfaces, and libpng and
// libdeflate with kpi's small PNG-writing glue (kpi_png.h, kpi_png_deflate.h).
#ifndef KPI_CCAIRO_SHIM_H
#define KPI_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <png.h>
#include "kpi_png.h"
#include "kpi_png_deflate.h"
#endif
