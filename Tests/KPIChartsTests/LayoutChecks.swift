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
        let segments = lines.flatMap(\.straightSegments)
        return items.compactMap { name, frame in
            let inner = frame.insetBy(dx: 0.5, dy: 0.5)
            guard let hit = segments.first(where: { inner.intersects(segmentFrom: $0.from, to: $0.to) }) else {
                return nil
            }
            return "\(name) \(frame) crosses the line \(hit.from) to \(hit.to)"
        }
    }
}
