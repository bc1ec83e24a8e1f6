/// How a path's outline is drawn: width, dashes, line caps and joins.
///
/// A value rather than canvas state, so each `stroke` call is self-contained and a recording of
/// it says exactly what was drawn (e.g. the dashed target line versus the solid trend line).
public struct StrokeStyle: Sendable, Hashable {
    /// The shape drawn at the open ends of a stroke.
    public enum LineCap: Sendable, Hashable {
        case butt, round, square
    }

    /// The shape drawn where two segments of a stroke meet.
    public enum LineJoin: Sendable, Hashable {
        case miter, round, bevel
    }

    /// Line width in canvas units.
    public var width: Double
    /// Alternating on/off lengths in canvas units; empty for a solid line.
    public var dash: [Double]
    /// How far into the dash pattern the stroke starts.
    public var dashPhase: Double
    public var cap: LineCap
    public var join: LineJoin

    public init(
        width: Double = 1, dash: [Double] = [], dashPhase: Double = 0,
        cap: LineCap = .butt, join: LineJoin = .miter
    ) {
        self.width = width
        self.dash = dash
        self.dashPhase = dashPhase
        self.cap = cap
        self.join = join
    }

    /// A solid line of the given width.
    public static func solid(_ width: Double) -> StrokeStyle {
        StrokeStyle(width: width)
    }

    /// A dashed line of the given width, with equal dashes and gaps of `length`.
    public static func dashed(_ width: Double, length: Double = 4) -> StrokeStyle {
        StrokeStyle(width: width, dash: [length, length])
    }
}
