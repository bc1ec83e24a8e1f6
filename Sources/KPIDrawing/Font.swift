/// A font request: family, size in points and weight.
///
/// The family is always named explicitly (default "DejaVu Sans", from fonts-dejavu-core) so that
/// rendering never depends on what fontconfig picks as the system's default sans-serif face.
public struct Font: Sendable, Hashable, CustomStringConvertible {
    /// The two weights charts use: body text and emphasis.
    public enum Weight: String, Sendable, Hashable {
        case regular
        case bold
    }

    /// The family used when none is given.
    public static let defaultFamily = "DejaVu Sans"

    public var family: String
    public var size: Double
    public var weight: Weight

    public init(family: String = Font.defaultFamily, size: Double, weight: Weight = .regular) {
        self.family = family
        self.size = size
        self.weight = weight
    }

    /// The same font at another size.
    public func withSize(_ size: Double) -> Font {
        Font(family: family, size: size, weight: weight)
    }

    /// The same font at another weight.
    public func withWeight(_ weight: Weight) -> Font {
        Font(family: family, size: size, weight: weight)
    }

    public var description: String { "\(family) \(weight.rawValue) \(size)pt" }
}
