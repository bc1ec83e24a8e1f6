import FoundationEssentials
import KPIModel

/// How far behind its expected progress an action may be before the rules call it amber or
/// red: progress ÷ expected progress of at least ``green`` is green, of at least ``amber``
/// amber, below that red.
///
/// The defaults (0.9 and 0.7) are Camms' published rule ("on track at 90% of expected, off
/// track at 70%"); a store may set its own in `store.conf` (`action-green-ratio`,
/// `action-amber-ratio`).
public struct ActionRatios: Hashable, Sendable {
    public var green: Decimal
    public var amber: Decimal

    public static let standard = ActionRatios(green: Decimal(string: "0.9")!, amber: Decimal(string: "0.7")!)

    public init(green: Decimal, amber: Decimal) {
        self.green = green
        self.amber = amber
    }

    /// Checks one ratio read from `store.conf`: above 0 and at most 1.
    public static func checked(_ text: String, field: String) throws(FieldError) -> Decimal {
        let figure = try Figure(parsing: text, field: field)
        guard figure.decimal > 0, figure.decimal <= 1 else {
            throw .ratioOutOfRange(field, found: text)
        }
        return figure.decimal
    }
}
