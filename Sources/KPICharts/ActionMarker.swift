import KPIActions
import KPIDrawing
import KPISPC

/// One action status mark placed on a page or chart: ■ blue, ● green, ◆ amber, ▲ red, ○ grey.
///
/// Drawn by the marks kpi already has, so the shapes match everywhere: red, amber, green and
/// the grey ring are ``StatusMarker``s, and blue is the square of an SPC improvement, which is
/// the same domain blue (`#1d70b8`) and shape.
public struct ActionMarker: Sendable, Hashable {
    public var status: ActionStatus
    public var center: Point
    /// The radius of a circle marker; other shapes scale from it.
    public var size: Double

    public init(status: ActionStatus, center: Point, size: Double) {
        self.status = status
        self.center = center
        self.size = size
    }

    /// The extent of the mark with its halo: what layout checks against.
    public var frame: Rect {
        if let equivalent = ActionPalette.equivalent(status) {
            return StatusMarker(status: equivalent, center: center, size: size).frame
        }
        return SPCMarker(type: .improvement, center: center, size: size).frame
    }

    public func draw(on canvas: any Canvas) {
        if let equivalent = ActionPalette.equivalent(status) {
            StatusMarker(status: equivalent, center: center, size: size).draw(on: canvas)
        } else {
            SPCMarker(type: .improvement, center: center, size: size).draw(on: canvas)
        }
    }
}
