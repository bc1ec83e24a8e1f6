/// A shape outline as a list of elements: move, line, cubic curve and close.
///
/// A plain value, so layout code can build, compare and test shapes without a canvas; every
/// backend replays the elements one to one (Cairo: `cairo_move_to`, `cairo_line_to`,
/// `cairo_curve_to`, `cairo_close_path`). Arcs are stored as Bézier curves so the element set
/// stays small and `bounds` stays exact.
public struct Path: Sendable, Hashable {
    /// One step of a path.
    public enum Element: Sendable, Hashable {
        /// Starts a new subpath at the point.
        case move(Point)
        /// A straight line from the current point.
        case line(Point)
        /// A cubic Bézier curve from the current point to `to`.
        case curve(control1: Point, control2: Point, to: Point)
        /// Closes the current subpath with a straight line back to its start.
        case close
    }

    public internal(set) var elements: [Element]

    public init(_ elements: [Element] = []) {
        self.elements = elements
    }

    /// True when the path has no elements.
    public var isEmpty: Bool { elements.isEmpty }

    /// The end point of the last element, or nil for an empty path.
    ///
    /// After `close` this is the start of the closed subpath, as in Cairo.
    public var currentPoint: Point? {
        var start: Point?
        var current: Point?
        for element in elements {
            switch element {
            case .move(let p): start = p; current = p
            case .line(let p): current = p
            case .curve(_, _, let p): current = p
            case .close: current = start
            }
        }
        return current
    }

    /// Starts a new subpath at `point`.
    public mutating func move(to point: Point) {
        elements.append(.move(point))
    }

    /// Adds a straight line to `point`; starts a subpath there if there is no current point.
    public mutating func line(to point: Point) {
        elements.append(elements.isEmpty ? .move(point) : .line(point))
    }

    /// Adds a cubic Bézier curve to `point`.
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        if elements.isEmpty { elements.append(.move(control1)) }
        elements.append(.curve(control1: control1, control2: control2, to: point))
    }

    /// Closes the current subpath.
    public mutating func close() {
        if !elements.isEmpty { elements.append(.close) }
    }

    /// Appends all of `other`'s elements, keeping its subpaths separate.
    public mutating func append(_ other: Path) {
        elements.append(contentsOf: other.elements)
    }

    /// The path with every point moved by `dx` and `dy`.
    public func offsetBy(dx: Double = 0, dy: Double = 0) -> Path {
        Path(
            elements.map { element in
                switch element {
                case .move(let p): .move(p.offsetBy(dx: dx, dy: dy))
                case .line(let p): .line(p.offsetBy(dx: dx, dy: dy))
                case .curve(let c1, let c2, let p):
                    .curve(
                        control1: c1.offsetBy(dx: dx, dy: dy), control2: c2.offsetBy(dx: dx, dy: dy),
                        to: p.offsetBy(dx: dx, dy: dy))
                case .close: .close
                }
            })
    }
}
