/// An axis-aligned rectangle: an origin (top-left) and a size, in canvas units.
///
/// Layout tests are written against rectangles ("no two labels overlap", "nothing outside the
/// image"), so the helpers they need live here rather than in each chart.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var origin: Point
    public var size: Size

    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }

    /// The smallest rectangle containing both points, whatever their order.
    public init(corner a: Point, corner b: Point) {
        self.init(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
    }

    /// The empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var minX: Double { origin.x + min(size.width, 0) }
    public var minY: Double { origin.y + min(size.height, 0) }
    public var maxX: Double { origin.x + max(size.width, 0) }
    public var maxY: Double { origin.y + max(size.height, 0) }
    public var midX: Double { (minX + maxX) / 2 }
    public var midY: Double { (minY + maxY) / 2 }
    public var width: Double { abs(size.width) }
    public var height: Double { abs(size.height) }
    public var center: Point { Point(x: midX, y: midY) }

    /// True when the rectangle has no area.
    public var isEmpty: Bool { size.width == 0 || size.height == 0 }

    /// True when `point` lies inside or on the edge.
    public func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// True when `other` lies entirely inside this rectangle (edges may touch).
    public func contains(_ other: Rect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// True when the two rectangles share some area; touching edges do not count.
    ///
    /// Label-collision tests need "touching is fine", so the comparison is strict.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether the straight segment from `a` to `b` passes through the rectangle (touching an
    /// edge counts). Liang–Barsky clipping: what keeps a label off a chart's line.
    public func intersects(segmentFrom a: Point, to b: Point) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
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

    /// The overlapping part of the two rectangles, or nil when they do not intersect.
    public func intersection(_ other: Rect) -> Rect? {
        guard intersects(other) else { return nil }
        return Rect(
            corner: Point(x: max(minX, other.minX), y: max(minY, other.minY)),
            corner: Point(x: min(maxX, other.maxX), y: min(maxY, other.maxY)))
    }

    /// The smallest rectangle containing both.
    public func union(_ other: Rect) -> Rect {
        Rect(
            corner: Point(x: min(minX, other.minX), y: min(minY, other.minY)),
            corner: Point(x: max(maxX, other.maxX), y: max(maxY, other.maxY)))
    }

    /// This rectangle shrunk by `dx` on the left and right and `dy` on the top and bottom.
    ///
    /// Negative insets grow it. Over-insetting collapses to a zero-size rectangle at the centre
    /// instead of producing a negative size.
    public func insetBy(dx: Double, dy: Double) -> Rect {
        let w = max(width - 2 * dx, 0)
        let h = max(height - 2 * dy, 0)
        return Rect(x: midX - w / 2, y: midY - h / 2, width: w, height: h)
    }

    /// This rectangle shrunk by individual edge insets, e.g. chart margins.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(
            x: minX + left, y: minY + top,
            width: max(width - left - right, 0), height: max(height - top - bottom, 0))
    }

    /// This rectangle moved by `dx` and `dy`.
    public func offsetBy(dx: Double = 0, dy: Double = 0) -> Rect {
        Rect(origin: origin.offsetBy(dx: dx, dy: dy), size: size)
    }

    public var description: String { "Rect(x: \(minX), y: \(minY), w: \(width), h: \(height))" }
}
