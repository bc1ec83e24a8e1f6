/// A width and height in canvas units (points).
///
/// Kept separate from `Rect` so APIs that only need extent (image size, text size) say so.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The empty size, `0 x 0`.
    public static let zero = Size(width: 0, height: 0)

    /// An A4 portrait page in PDF points (210 x 297 mm), the committee pack's page size.
    public static let a4Portrait = Size(width: 595.276, height: 841.89)

    /// An A4 landscape page in PDF points.
    public static let a4Landscape = Size(width: 841.89, height: 595.276)

    public var description: String { "\(width)x\(height)" }
}
