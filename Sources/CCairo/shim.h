// The C headers KPICairo needs: Cairo's core drawing, PDF and SVG surfaces, and fontconfig
// (the font configuration set before the first text, CairoFontSetup). (kpi's PNG writer
// is its own C target, CPNGDeflate.)
#ifndef KPI_CCAIRO_SHIM_H
#define KPI_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>
#endif
