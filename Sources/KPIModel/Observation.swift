/// One recorded figure for one period: a history line in the indicator's Series file.
///
/// A correction is a new observation marked as a revision; the older one stays in the file,
/// so what any past report said can always be shown again.
public struct Observation: Hashable, Sendable {
    public var period: Period
    public var value: Figure
    public var recordedAt: Timestamp
    /// The officer's commentary on the figure.
    public var note: String?
    /// Whether this line corrects a value recorded earlier for the same period.
    public var isRevision: Bool
    /// Who recorded it.
    public var by: String?

    public init(
        period: Period, value: Figure, recordedAt: Timestamp, note: String? = nil, isRevision: Bool = false,
        by: String? = nil
    ) {
        self.period = period
        self.value = value
        self.recordedAt = recordedAt
        self.note = note
        self.isRevision = isRevision
        self.by = by
    }
}
