// The C headers KPICairo needs: Cairo's core drawing, PDF and SVG surfaces. (kpi's PNG writer
// is its own C target, CPNGDeflate.)
#ifndef KPI_CCAIRO_SHIM_H
#define KPI_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif
