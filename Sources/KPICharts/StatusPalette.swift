import KPIDrawing
import KPIStatus

/// The colours and shapes that carry a status: the one table of them (GOV.UK's palette).
///
/// One place so every chart, tile and pack page agrees, and so a reviewer can check every value
/// here at a glance. Colour is never the only carrier: every status also has a
/// ``MarkerShape`` and a word (`Status.word`). The GOV.UK values meet WCAG 2.2 AA: marks are at
/// least 3:1 on white, tile text at least 4.5:1 on its fill.
public enum StatusPalette {
    /// Body text: GOV.UK black.
    public static let ink = Color(hex: "#0b0c0c")!
    /// Secondary text, axes and the trend line (9.0:1 on white).
    public static let secondaryInk = Color(hex: "#484949")!
    /// Gridlines: light enough to recede, visible in greyscale print.
    public static let grid = Color(hex: "#dcdcdc")!
    /// The tile border for quiet (green, no target) tiles.
    public static let quietBorder = Color(hex: "#b1b4b6")!
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// The earlier year's line and label on a year-to-date chart: lighter than the current
    /// year's (GOV.UK secondary text), yet 4.6:1 on white so its label meets WCAG AA as text.
    public static let earlierYear = Color(hex: "#6f777b")!

    /// The colour of a status mark (point, icon, stripe) on white.
    public static func mark(_ status: Status) -> Color {
        switch status {
        case .red: Color(hex: "#ca3535")!
        case .amber: Color(hex: "#b7592a")!
        case .green: Color(hex: "#0f7a52")!
        case .noTarget, .missing, .retired: Color(hex: "#484949")!
        }
    }

    /// The fill of a status tile or badge.
    public static func tileFill(_ status: Status) -> Color {
        switch status {
        case .red: Color(hex: "#f4d7d7")!
        case .amber: Color(hex: "#ffee80")!
        case .green: Color(hex: "#cfe4dc")!
        case .noTarget, .missing, .retired: Color(hex: "#cecece")!
        }
    }

    /// The text colour on ``tileFill(_:)``.
    public static func tileText(_ status: Status) -> Color {
        switch status {
        case .red: Color(hex: "#651b1b")!
        case .amber: Color(hex: "#7a3c1c")!
        case .green: Color(hex: "#083d29")!
        case .noTarget, .missing, .retired: Color(hex: "#0b0c0c")!
        }
    }

    /// The very light tint that shades a status zone behind a trend line.
    ///
    /// Slightly stronger than the domain's examples (`#fcf5f5`, `#fef8f5`, `#f3f8f6`) so the
    /// zones still show on a greyscale print; the edge labels carry the meaning anyway.
    public static func bandTint(_ status: Status) -> Color {
        switch status {
        case .red: Color(hex: "#f9e6e6")!
        case .amber: Color(hex: "#fdf0e4")!
        case .green: Color(hex: "#f3f8f6")!
        case .noTarget, .missing, .retired: Color(hex: "#f3f2f1")!
        }
    }

    /// The text colour for a band's edge label: the mark colour, which is at least 4.5:1 on the tints.
    public static func bandLabel(_ status: Status) -> Color {
        switch status {
        case .red: Color(hex: "#a42a2a")!
        case .amber: Color(hex: "#8f4520")!
        default: mark(status)
        }
    }

    /// The shape that carries a status in print and for colour-blind readers.
    public static func shape(_ status: Status) -> MarkerShape {
        switch status {
        case .red: .triangle
        case .amber: .diamond
        case .green: .circle
        case .noTarget, .missing, .retired: .ring
        }
    }
}
