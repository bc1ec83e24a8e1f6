/// The short name of an indicator, such as `ICT01`, also the name of its file in the store.
///
/// 1–32 characters of `A-Z a-z 0-9 . _ -`, not starting with `.` or `-`. The rule keeps ids
/// safe as file names (no separators, no `..`, no hidden files, nothing an option parser
/// mistakes for a flag), and it is checked before any file is touched.
public struct IndicatorID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// The longest id accepted.
    public static let maximumLength = 32

    /// `field` names the id in messages: `indicator`, or `action` for an action's id.
    public init(_ text: String, field: String = "indicator") throws(FieldError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else {
            throw .badID(field, found: "nothing")
        }
        guard bytes.count <= Self.maximumLength else {
            throw .badID(field, found: quoted(text, counted: true))
        }
        guard bytes[0] != UInt8(ascii: "."), bytes[0] != UInt8(ascii: "-"),
            bytes.allSatisfy(Self.isAllowed)
        else {
            throw .badID(field, found: quoted(text))
        }
        rawValue = text
    }

    /// Whether a byte may appear in an id: `A-Z a-z 0-9 . _ -`.
    public static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: IndicatorID, rhs: IndicatorID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
