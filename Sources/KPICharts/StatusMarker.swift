import KPIDrawing
import KPIStatus

/// The four shapes of the status legend: ▲ red, ◆ amber, ● green, ○ no target or no data.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case triangle, diamond, circle, ring
}

/// One status mark placed on a chart, tile or legend: a shape in a colour at a point.
///
/// A value so layout tests can ask "is every point shaped by its own quarter's status" and
/// "is every mark inside the image" without drawing. Sizes are chosen so the shapes look equally
/// heavy: a triangle needs a larger radius than a circle to carry the same ink.
public struct StatusMarker: Sendable, Hashable {
    public var status: Status
    public var center: Point
    /// The radius of a circle marker; other shapes scale from it.
    public var size: Double

    public init(status: Status, center: Point, size: Double) {
        self.status = status
        self.center = center
        self.size = size
    }

    public var shape: MarkerShape { StatusPalette.shape(status) }

    /// The outline of the shape, without its white halo.
    public var path: Path {
        switch shape {
        case .triangle:
            // Centred on the triangle's centroid so it sits on the line like the other shapes.
            Path.regularPolygon(center: center.offsetBy(dy: size * 0.18), radius: size * 1.35, sides: 3)
        case .diamond:
            Path.regularPolygon(center: center, radius: size * 1.3, sides: 4)
        case .circle, .ring:
            Path.circle(center: center, radius: size)
        }
    }

    /// The extent of the mark including its halo stroke; what layout checks against.
    public var frame: Rect {
        path.bounds.insetBy(dx: -Self.haloWidth, dy: -Self.haloWidth)
    }

    /// The width of the white outline that separates a mark from the line beneath it.
    public static let haloWidth = 1.5

    /// Draws the mark: a white halo, then the filled shape (a ring is a white disc with a
    /// thick grey outline, so "no target" never reads as a status colour).
    public func draw(on canvas: any Canvas) {
        let path = self.path
        let color = StatusPalette.mark(status)
        canvas.stroke(path, color: StatusPalette.white, style: StrokeStyle(width: Self.haloWidth * 2, join: .round))
        switch shape {
        case .ring:
            canvas.fill(path, color: StatusPalette.white)
            let inner = Path.circle(center: center, radius: max(size - 1, 0.5))
            canvas.stroke(inner, color: color, style: StrokeStyle(width: 2))
        default:
            canvas.fill(path, color: color)
        }
    }
}
