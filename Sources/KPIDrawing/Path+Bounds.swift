/// Exact bounding boxes for paths.
///
/// Curves are bounded by their extreme points, not their control points, so a circle's bounds
/// are its square and layout tests ("marker stays inside the plot") are not fooled by control
/// points that stick out.
extension Path {
    /// The smallest rectangle containing the path's geometry, ignoring stroke width.
    ///
    /// An empty path has `Rect.zero` bounds.
    public var bounds: Rect {
        var minX = Double.infinity, minY = Double.infinity
        var maxX = -Double.infinity, maxY = -Double.infinity
        func include(_ p: Point) {
            minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
            minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
        }
        var current = Point.zero
        var start = Point.zero
        for element in elements {
            switch element {
            case .move(let p):
                include(p); current = p; start = p
            case .line(let p):
                include(p); current = p
            case .curve(let c1, let c2, let p):
                include(p)
                for t in Path.extremeParameters(current.x, c1.x, c2.x, p.x)
                    + Path.extremeParameters(current.y, c1.y, c2.y, p.y)
                {
                    include(Path.cubicPoint(current, c1, c2, p, t))
                }
                current = p
            case .close:
                current = start
            }
        }
        guard minX.isFinite else { return .zero }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The parameters in (0, 1) where one coordinate of a cubic Bézier has a turning point.
    ///
    /// Solves the derivative `a t² + b t + c = 0`, with `a`, `b`, `c` from the four coordinates.
    static func extremeParameters(_ p0: Double, _ p1: Double, _ p2: Double, _ p3: Double) -> [Double] {
        let a = -p0 + 3 * p1 - 3 * p2 + p3
        let b = 2 * (p0 - 2 * p1 + p2)
        let c = p1 - p0
        var roots: [Double] = []
        if abs(a) < 1e-12 {
            if abs(b) > 1e-12 { roots.append(-c / b) }
        } else {
            let discriminant = b * b - 4 * a * c
            if discriminant >= 0 {
                let root = discriminant.squareRoot()
                roots.append((-b + root) / (2 * a))
                roots.append((-b - root) / (2 * a))
            }
        }
        return roots.filter { $0 > 0 && $0 < 1 }
    }

    /// The point at parameter `t` on a cubic Bézier curve.
    static func cubicPoint(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point, _ t: Double) -> Point {
        let u = 1 - t
        let w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t
        return Point(
            x: w0 * p0.x + w1 * p1.x + w2 * p2.x + w3 * p3.x,
            y: w0 * p0.y + w1 * p1.y + w2 * p2.y + w3 * p3.y)
    }
}

extension Path {
    /// The straight pieces of the path, each from its start to its end point (curves and the
    /// closing edge left out): what a label must not cross on a chart of lines.
    public var straightSegments: [(from: Point, to: Point)] {
        var result: [(from: Point, to: Point)] = []
        var current: Point?
        for element in elements {
            switch element {
            case .move(let point): current = point
            case .line(let point):
                if let from = current { result.append((from, point)) }
                current = point
            case .curve(_, _, let point): current = point
            case .close: break
            }
        }
        return result
    }
}
