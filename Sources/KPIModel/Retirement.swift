/// A `retire` or `reinstate` line: an indicator the council stops (or resumes) reporting.
///
/// Retiring from a period leaves the indicator out of status tables, packs and tile sheets for
/// that period and later; its history and the charts of earlier periods remain, and values may
/// still be recorded. Reinstating undoes it. The latest line recorded at a moment decides.
public struct Retirement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Left out of reports from this period on.
        case retire(from: Period)
        /// Reported again.
        case reinstate
    }

    public var kind: Kind
    public var recordedAt: Timestamp
    public var note: String?
    public var by: String?

    public init(_ kind: Kind, recordedAt: Timestamp, note: String? = nil, by: String? = nil) {
        self.kind = kind
        self.recordedAt = recordedAt
        self.note = note
        self.by = by
    }
}
