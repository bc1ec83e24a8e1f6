import KPIDrawing
import KPISPC

/// One point of an XmR chart, marked by its type: a shape in a colour at a point.
///
/// A value, like ``StatusMarker``, so layout tests can ask whether every point is marked by its
/// own type and whether every mark is inside the image. Sizes are chosen so the shapes carry
/// about the same ink: a square's side is the circle's diameter × 0.886 (equal areas).
public struct SPCMarker: Sendable, Hashable {
    public var type: SPCPointType
    public var center: Point
    /// The radius of the ring; other shapes scale from it.
    public var size: Double

    public init(type: SPCPointType, center: Point, size: Double) {
        self.type = type
        self.center = center
        self.size = size
    }

    public var shape: SPCPalette.Shape { SPCPalette.shape(type) }

    /// The outline of the shape, without its halo.
    public var path: Path {
        switch shape {
        case .square:
            let half = size * 0.886
            return .rect(Rect(x: center.x - half, y: center.y - half, width: 2 * half, height: 2 * half))
        case .diamond:
            return .regularPolygon(center: center, radius: size * 1.3, sides: 4)
        case .ring:
            return .circle(center: center, radius: size)
        case .triangleUp:
            return .regularPolygon(center: center.offsetBy(dy: size * 0.18), radius: size * 1.35, sides: 3)
        case .triangleDown:
            return .regularPolygon(
                center: center.offsetBy(dy: -size * 0.18), radius: size * 1.35, sides: 3, rotation: .pi)
        }
    }

    /// The extent of the mark with its halo: what layout checks against.
    public var frame: Rect {
        path.bounds.insetBy(dx: -StatusMarker.haloWidth, dy: -StatusMarker.haloWidth)
    }

    /// Draws a white halo, then the shape: filled, or for common cause a white disc with a grey
    /// outline, so "nothing to see" is hollow and never reads as a signal.
    public func draw(on canvas: any Canvas) {
        let path = self.path
        let color = SPCPalette.color(type)
        canvas.stroke(
            path, color: StatusPalette.white, style: StrokeStyle(width: StatusMarker.haloWidth * 2, join: .round))
        if shape == .ring {
            canvas.fill(path, color: StatusPalette.white)
            canvas.stroke(.circle(center: center, radius: max(size - 0.9, 0.5)), color: color, style: .solid(1.8))
        } else {
            canvas.fill(path, color: color)
        }
    }
}
