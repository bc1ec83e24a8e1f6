/// The "assurance" icon of Making Data Count: will the process meet its target?
///
/// Judged by where the target sits against the last segment's process limits: beyond the
/// limits on the good side, the target is met every time (consistently passing); beyond them on
/// the bad side, never (consistently failing); between them or exactly on one, sometimes.
public enum AssuranceIcon: String, Sendable, Hashable, CaseIterable {
    case consistentPass = "consistent-pass"
    case consistentFail = "consistent-fail"
    case inconsistent

    /// The assurance of `target` against limits, or nil for a neutral indicator.
    public init?(target: Double, lower: Double, upper: Double, improvement: ImprovementDirection) {
        switch improvement {
        case .neutral: return nil
        case .increase: self = target > upper ? .consistentFail : target < lower ? .consistentPass : .inconsistent
        case .decrease: self = target > upper ? .consistentPass : target < lower ? .consistentFail : .inconsistent
        }
    }

    /// The words a committee reads: "consistently passing", "consistently failing", "hit and miss".
    public var phrase: String {
        switch self {
        case .consistentPass: "consistently passing"
        case .consistentFail: "consistently failing"
        case .inconsistent: "hit and miss"
        }
    }
}
