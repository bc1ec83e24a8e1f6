import KPIActions
import KPIDrawing
import KPIStatus

/// The colours and shapes that carry an action's BRAG status, from the domain table.
///
/// Red, amber and green are exactly the indicator statuses' (▲ ◆ ●), so a colour means one
/// shape everywhere in kpi; Blue (complete) is the table's `#1d70b8` square ■; the states
/// without a rating (not started, no update, unrated) are the grey ring ○ of "no data". Colour
/// is never the only carrier: each status also has its shape and ``ActionStatus/word``.
public enum ActionPalette {
    /// The indicator status drawn the same way, or nil for blue, which indicators do not use.
    static func equivalent(_ status: ActionStatus) -> Status? {
        switch status {
        case .blue: nil
        case .green: .green
        case .amber: .amber
        case .red: .red
        case .notStarted, .noUpdate, .unrated: .missing
        }
    }

    /// Blue's mark on white (5.17:1).
    public static let blue = Color(hex: "#1d70b8")!

    /// The colour of a status mark on white (each at least 3:1).
    public static func mark(_ status: ActionStatus) -> Color {
        equivalent(status).map(StatusPalette.mark) ?? blue
    }

    /// The fill of a status badge.
    public static func tileFill(_ status: ActionStatus) -> Color {
        equivalent(status).map(StatusPalette.tileFill) ?? Color(hex: "#d2e2f1")!
    }

    /// The text colour on ``tileFill(_:)`` (each at least 4.5:1).
    public static func tileText(_ status: ActionStatus) -> Color {
        equivalent(status).map(StatusPalette.tileText) ?? Color(hex: "#0f385c")!
    }
}
