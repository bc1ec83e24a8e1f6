import KPIDrawing
import KPIStatus

extension ChartLayout {
    /// Draws the chart, back to front: background, bands, gridlines, target steps, trend, marks,
    /// text. Reads the layout only.
    public func draw(on canvas: any Canvas) {
        canvas.fill(.rect(Rect(origin: .zero, size: size)), color: StatusPalette.white)
        for band in bands {
            canvas.fill(.rect(band.rect), color: StatusPalette.bandTint(band.status))
        }
        for line in gridlines {
            canvas.stroke(
                .line(from: Point(x: plot.minX, y: line.y), to: Point(x: plot.maxX, y: line.y)),
                color: StatusPalette.grid, style: .solid(0.75))
        }
        if let zeroLine {
            canvas.stroke(zeroLine, color: StatusPalette.secondaryInk, style: .solid(1))
        }
        canvas.stroke(
            .line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.maxY)),
            color: StatusPalette.secondaryInk, style: .solid(1))
        for line in targetLines {
            canvas.stroke(line, color: StatusPalette.ink, style: StrokeStyle(width: 1.5, dash: [6, 4]))
        }
        canvas.withSavedState {
            canvas.clip(to: plot.insetBy(dx: -8, dy: -8))
            for line in yearLines where !line.isCurrent {
                for run in line.runs where run.count > 1 {
                    canvas.stroke(
                        .polyline(run), color: StatusPalette.earlierYear,
                        style: StrokeStyle(width: 1.5, cap: .round, join: .round))
                }
            }
            for mark in earlierYearMarks {
                canvas.fill(.circle(center: mark, radius: Self.earlierYearMarkRadius), color: StatusPalette.white)
                canvas.stroke(
                    .circle(center: mark, radius: Self.earlierYearMarkRadius), color: StatusPalette.earlierYear,
                    style: .solid(1.5))
            }
            for run in trendRuns where run.count > 1 {
                canvas.stroke(
                    .polyline(run), color: StatusPalette.secondaryInk,
                    style: StrokeStyle(width: 2, cap: .round, join: .round))
            }
        }
        for marker in markers { marker.draw(on: canvas) }
        for marker in legendMarkers { marker.draw(on: canvas) }
        if let legendTargetSample {
            canvas.stroke(legendTargetSample, color: StatusPalette.ink, style: StrokeStyle(width: 1.5, dash: [6, 4]))
        }
        for label in labels { label.draw(on: canvas) }
    }
}
