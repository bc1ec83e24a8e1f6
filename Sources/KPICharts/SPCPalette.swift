import KPIDrawing
import KPISPC

/// The colours, shapes and words that carry an SPC point type or icon on a chart.
///
/// Making Data Count's meanings are kept (blue improvement, orange concern, grey common cause,
/// purple neutral) but not its colours: its grey (#a6a6a6) and light blue (#00b0f0) fail the 3:1
/// contrast rule on white. The colours here are the domain palette's marks, with their shapes
/// from the same table (■ blue, ◆ amber, ○ grey), so a colour means one shape everywhere in
/// kpi; neutral, which the table lacks, is GOV.UK purple (10.1:1) as ▲ high or ▼ low.
public enum SPCPalette {
    /// The shapes an SPC mark can take.
    public enum Shape: String, Sendable, Hashable, CaseIterable {
        case square, diamond, ring, triangleUp, triangleDown
    }

    public static let improvement = Color(hex: "#1d70b8")!
    public static let concern = Color(hex: "#b7592a")!
    public static let commonCause = Color(hex: "#484949")!
    public static let neutral = Color(hex: "#4c2c92")!

    /// The mark colour of a point type on white (each at least 3:1).
    public static func color(_ type: SPCPointType) -> Color {
        switch type {
        case .improvement: improvement
        case .concern: concern
        case .commonCause: commonCause
        case .neutralHigh, .neutralLow: neutral
        }
    }

    /// The shape of a point type, for greyscale print and colour-blind readers.
    public static func shape(_ type: SPCPointType) -> Shape {
        switch type {
        case .improvement: .square
        case .concern: .diamond
        case .commonCause: .ring
        case .neutralHigh: .triangleUp
        case .neutralLow: .triangleDown
        }
    }

    /// The legend word for a point type: "Improvement", "Concern", "Common cause", "Neutral".
    public static func legendWord(_ type: SPCPointType) -> String {
        let word = type.word
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The type whose colour and shape an assurance icon borrows: passing reads as good,
    /// failing as bad, hit and miss as neither.
    public static func type(_ assurance: AssuranceIcon) -> SPCPointType {
        switch assurance {
        case .consistentPass: .improvement
        case .consistentFail: .concern
        case .inconsistent: .commonCause
        }
    }

    /// The type whose colour and shape a variation icon borrows, high or low kept for neutral.
    public static func type(_ variation: VariationIcon) -> SPCPointType {
        variation.pointType
    }
}
