import KPIDrawing
import KPIStatus

/// The direction-of-travel arrows on a tile, drawn by polarity: up for better, down for worse,
/// right for no change, a short bar when there is nothing to compare with (or the comparison is
/// not made, for a year-to-date figure against the previous period).
///
/// "Up" means better even when the number fell (fewer sickness days), matching the words beside
/// the arrow; colour repeats the message (green better, red worse) but never carries it alone.
enum TileArrow {
    static func make(_ direction: DirectionOfTravel, in box: Rect) -> TileLayout.Arrow {
        let cx = box.midX, cy = box.midY
        let half = box.width / 2, shaft = box.width * 0.18, head = box.height * 0.45
        let path: Path
        let color: Color
        switch direction {
        case .improving:
            path = .polyline(
                [
                    Point(x: cx, y: box.minY), Point(x: box.maxX, y: box.minY + head),
                    Point(x: cx + shaft, y: box.minY + head),
                    Point(x: cx + shaft, y: box.maxY), Point(x: cx - shaft, y: box.maxY),
                    Point(x: cx - shaft, y: box.minY + head),
                    Point(x: box.minX, y: box.minY + head),
                ], closed: true)
            color = StatusPalette.mark(.green)
        case .worsening:
            path = .polyline(
                [
                    Point(x: cx, y: box.maxY), Point(x: box.maxX, y: box.maxY - head),
                    Point(x: cx + shaft, y: box.maxY - head),
                    Point(x: cx + shaft, y: box.minY), Point(x: cx - shaft, y: box.minY),
                    Point(x: cx - shaft, y: box.maxY - head),
                    Point(x: box.minX, y: box.maxY - head),
                ], closed: true)
            color = StatusPalette.mark(.red)
        case .noChange:
            let headWidth = box.width * 0.45
            path = .polyline(
                [
                    Point(x: box.maxX, y: cy), Point(x: box.maxX - headWidth, y: cy - half),
                    Point(x: box.maxX - headWidth, y: cy - shaft),
                    Point(x: box.minX, y: cy - shaft), Point(x: box.minX, y: cy + shaft),
                    Point(x: box.maxX - headWidth, y: cy + shaft),
                    Point(x: box.maxX - headWidth, y: cy + half),
                ], closed: true)
            color = StatusPalette.secondaryInk
        case .unknown, .notComparable:
            // A short bar, never an arrow: nothing was compared.
            path = .rect(Rect(x: box.minX + 1, y: cy - 1, width: box.width - 2, height: 2))
            color = StatusPalette.secondaryInk
        }
        return TileLayout.Arrow(direction: direction, path: path, color: color)
    }
}
