#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builders for the shapes charts use: rectangles, polylines, circles, ellipses, arcs and the
/// regular polygons behind status markers (triangle, diamond, square).
///
/// Angles are in radians and, because y grows downwards, increase clockwise on screen, as in
/// `cairo_arc`.
extension Path {
    /// A closed rectangle, drawn clockwise from its top-left corner.
    public static func rect(_ rect: Rect) -> Path {
        Path([
            .move(Point(x: rect.minX, y: rect.minY)), .line(Point(x: rect.maxX, y: rect.minY)),
            .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.minX, y: rect.maxY)), .close,
        ])
    }

    /// A rectangle with quarter-circle corners of `radius` (clamped to half the shorter side).
    public static func roundedRect(_ rect: Rect, radius: Double) -> Path {
        let r = Swift.min(Swift.max(radius, 0), rect.width / 2, rect.height / 2)
        guard r > 0 else { return .rect(rect) }
        var path = Path()
        path.addArc(center: Point(x: rect.maxX - r, y: rect.minY + r), radius: r, startAngle: -.pi / 2, endAngle: 0)
        path.addArc(center: Point(x: rect.maxX - r, y: rect.maxY - r), radius: r, startAngle: 0, endAngle: .pi / 2)
        path.addArc(center: Point(x: rect.minX + r, y: rect.maxY - r), radius: r, startAngle: .pi / 2, endAngle: .pi)
        path.addArc(center: Point(x: rect.minX + r, y: rect.minY + r), radius: r, startAngle: .pi, endAngle: 1.5 * .pi)
        path.close()
        return path
    }

    /// Straight segments through `points`; closed into a polygon when `closed` is true.
    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        guard let first = points.first else { return Path() }
        var path = Path([.move(first)] + points.dropFirst().map { .line($0) })
        if closed { path.close() }
        return path
    }

    /// A single straight segment.
    public static func line(from start: Point, to end: Point) -> Path {
        Path([.move(start), .line(end)])
    }

    /// A closed circle.
    public static func circle(center: Point, radius: Double) -> Path {
        ellipse(in: Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius))
    }

    /// A closed ellipse filling `rect`, made of four Bézier quarter arcs.
    public static func ellipse(in rect: Rect) -> Path {
        var path = Path()
        path.addEllipticalArc(
            center: rect.center, radiusX: rect.width / 2, radiusY: rect.height / 2,
            startAngle: 0, endAngle: 2 * .pi)
        path.close()
        return path
    }

    /// A closed regular polygon, e.g. a status triangle (3 sides) or diamond (4 sides, rotation 0).
    public static func regularPolygon(center: Point, radius: Double, sides: Int, rotation: Double = 0) -> Path {
        polyline(regularPolygonPoints(center: center, radius: radius, sides: sides, rotation: rotation), closed: true)
    }

    /// The vertices of a regular polygon on a circle of `radius`.
    ///
    /// With `rotation` 0 the first vertex points straight up, so 3 sides is an upward triangle and
    /// 4 sides is a diamond; rotation is clockwise in radians.
    public static func regularPolygonPoints(center: Point, radius: Double, sides: Int, rotation: Double = 0) -> [Point]
    {
        guard sides >= 3 else { return [] }
        return (0..<sides).map { i in
            let angle = -Double.pi / 2 + rotation + 2 * Double.pi * Double(i) / Double(sides)
            return Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        }
    }

    /// Adds a circular arc, joined to the current point by a straight line as `cairo_arc` does.
    ///
    /// An `endAngle` below `startAngle` sweeps anticlockwise (like `cairo_arc_negative`).
    public mutating func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        addEllipticalArc(center: center, radiusX: radius, radiusY: radius, startAngle: startAngle, endAngle: endAngle)
    }

    /// Adds an elliptical arc as Bézier segments of at most a quarter turn each.
    ///
    /// Quarter-turn segments with control distance `4/3·tan(θ/4)` keep the error under 0.03% of
    /// the radius, invisible at chart sizes.
    public mutating func addEllipticalArc(
        center: Point, radiusX: Double, radiusY: Double,
        startAngle: Double, endAngle: Double
    ) {
        func point(_ angle: Double) -> Point {
            Point(x: center.x + radiusX * cos(angle), y: center.y + radiusY * sin(angle))
        }
        let start = point(startAngle)
        if elements.isEmpty { move(to: start) } else { elements.append(.line(start)) }
        let sweep = endAngle - startAngle
        guard sweep != 0 else { return }
        let segments = Swift.max(1, Int((abs(sweep) / (Double.pi / 2)).rounded(.up)))
        let step = sweep / Double(segments)
        let k = 4.0 / 3.0 * tan(step / 4)
        for i in 0..<segments {
            let a = startAngle + step * Double(i)
            let b = a + step
            let p0 = point(a), p3 = point(b)
            let c1 = Point(x: p0.x - k * radiusX * sin(a), y: p0.y + k * radiusY * cos(a))
            let c2 = Point(x: p3.x + k * radiusX * sin(b), y: p3.y - k * radiusY * cos(b))
            elements.append(.curve(control1: c1, control2: c2, to: p3))
        }
    }
}
