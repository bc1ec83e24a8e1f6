import KPIDrawing

extension Rect {
    /// Whether the straight segment from `a` to `b` passes through the rectangle (Liang–Barsky
    /// clipping), so a label placed here would sit on a line.
    func meets(segmentFrom a: Point, to b: Point) -> Bool {
        var enter = 0.0, leave = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let r = q / p
            if p < 0 { enter = Swift.max(enter, r) } else { leave = Swift.min(leave, r) }
            if enter > leave { return false }
        }
        return true
    }

    /// Whether any straight segment of `path` (its moves and lines) passes through the rectangle.
    func meets(_ path: Path) -> Bool {
        var previous: Point?
        for element in path.elements {
            switch element {
            case .move(let point):
                previous = point
            case .line(let point):
                if let previous, meets(segmentFrom: previous, to: point) { return true }
                previous = point
            case .curve(_, _, let point):
                previous = point
            case .close:
                break
            }
        }
        return false
    }
}
