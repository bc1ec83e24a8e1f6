/// A deterministic, font-file-free text measurer using per-character width factors.
///
/// For tests and layout prototypes that must not depend on Cairo or installed fonts. Factors
/// approximate DejaVu Sans (the default family), so layouts tested with it behave much like the
/// real thing; it is not meant to match Cairo exactly.
public struct ApproximateTextMeasurer: TextMeasurer {
    /// Ascent, descent and line height as fractions of the font size (DejaVu Sans' values).
    public static let ascentFactor = 0.928
    public static let descentFactor = 0.236
    public static let heightFactor = 1.164
    /// Extra width applied to bold text.
    public static let boldFactor = 1.1

    public init() {}

    public func measure(_ text: String, font: Font) -> TextMetrics {
        let em = text.unicodeScalars.reduce(0.0) { $0 + Self.widthFactor(for: $1) }
        let weight = font.weight == .bold ? Self.boldFactor : 1
        return TextMetrics(
            width: em * font.size * weight,
            ascent: Self.ascentFactor * font.size,
            descent: Self.descentFactor * font.size,
            height: Self.heightFactor * font.size)
    }

    /// The advance of one character as a fraction of the font size.
    static func widthFactor(for scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ": 0.32
        case "i", "j", "l", ".", ",", ":", ";", "'", "|", "!": 0.28
        case "f", "t", "r", "(", ")", "[", "]", "-": 0.39
        case "m", "w": 0.92
        case "M", "W", "%", "@": 0.95
        case "0"..."9": 0.64
        case "A"..."Z": 0.70
        case "a"..."z": 0.58
        default: 0.62
        }
    }
}
