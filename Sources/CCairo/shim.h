// The Cairo headers KPICairo needs: core drawing, the PDF surface and the SVG surface.
#ifndef KPI_CCAIRO_SHIM_H
#define KPI_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif
