/// A position in canvas units (points), with y growing downwards.
///
/// Every backend (Cairo image, SVG, PDF) uses the same top-left origin, so layout code computes
/// positions once and never flips coordinates.
public struct Point: Sendable, Hashable, CustomStringConvertible {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The origin, `(0, 0)`.
    public static let zero = Point(x: 0, y: 0)

    /// This point moved by `dx` and `dy`.
    ///
    /// Layout code offsets labels and marks constantly; a named helper reads better than `Point(x: p.x + …)`.
    public func offsetBy(dx: Double = 0, dy: Double = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }

    /// The straight-line distance to `other`.
    public func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    public var description: String { "(\(x), \(y))" }
}
