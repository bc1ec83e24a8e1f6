import KPICharts
import KPIDrawing

/// The geometric rules every layout must keep, as readable failure messages.
enum LayoutChecks {
    /// "a overlaps b" for every pair of intersecting frames.
    static func overlaps(_ items: [(String, Rect)]) -> [String] {
        var problems: [String] = []
        for i in items.indices {
            for j in items.indices where j > i && items[i].1.intersects(items[j].1) {
                problems.append("\(items[i].0) \(items[i].1) overlaps \(items[j].0) \(items[j].1)")
            }
        }
        return problems
    }

    /// "x is outside the image" for every frame not inside `bounds`.
    static func outside(_ items: [(String, Rect)], _ bounds: Rect) -> [String] {
        items.filter { !bounds.contains($0.1) }.map { "\($0.0) \($0.1) is outside the image \(bounds)" }
    }

    static func named(_ labels: [TextLabel]) -> [(String, Rect)] {
        labels.map { ("\($0.role.rawValue) \"\($0.text)\"", $0.frame) }
    }
}

extension LayoutChecks {
    /// "x crosses a line" for every frame that a straight segment of `lines` passes through
    /// (touching an edge is allowed: a label may sit on the line's end).
    static func crossings(_ items: [(String, Rect)], _ lines: [Path]) -> [String] {
        let segments = lines.flatMap(straightSegments)
        return items.compactMap { name, frame in
            let inner = frame.insetBy(dx: 0.5, dy: 0.5)
            guard let hit = segments.first(where: { crosses($0.0, $0.1, inner) }) else { return nil }
            return "\(name) \(frame) crosses the line \(hit.0) to \(hit.1)"
        }
    }

    /// The straight pieces of a path made of moves and lines.
    static func straightSegments(_ path: Path) -> [(Point, Point)] {
        var result: [(Point, Point)] = []
        var current: Point?
        for element in path.elements {
            switch element {
            case .move(let p): current = p
            case .line(let p):
                if let from = current { result.append((from, p)) }
                current = p
            case .curve(_, _, let p): current = p
            case .close: break
            }
        }
        return result
    }

    /// Whether the segment from `a` to `b` passes through `rect` (Liang–Barsky clipping).
    static func crosses(_ a: Point, _ b: Point, _ rect: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
