import KPIModel

/// How the special-cause rules are applied: the run lengths, outlier screening and fixed limits.
///
/// The defaults are those of NHSRplotthedots 0.2 (the NHS-R reference implementation of NHS
/// England's "Making Data Count"), so that a trust or council can check kpi's figures against
/// it. A store can change them in `store.conf` (`spc-shift`, `spc-trend`, `spc-screen-outliers`,
/// `spc-fix-after`) and a command for one run; the checks here are the only place their ranges
/// are decided.
public struct SPCSettings: Hashable, Sendable {
    /// Points in a row on one side of the mean that make a shift.
    public var shift: Int
    /// Points in a row, each strictly above (or below) the one before, that make a trend.
    public var trend: Int
    /// Whether moving ranges of 3.267 × their mean or more are left out of the limits.
    public var screenOutliers: Bool
    /// When set, each segment's mean and limits come from its first this-many points only.
    public var fixAfter: Int?

    /// The reference implementation's defaults: shift 7, trend 7, outliers screened, limits not fixed.
    public static let standard = SPCSettings()

    /// The shortest run a shift or trend rule may ask for; a run of one point would flag everything.
    public static let minimumRun = 2
    /// The fewest points limits may be fixed after; the reference refuses fewer, because limits
    /// from fewer points are too unstable to hold a process to.
    public static let minimumFixAfter = 12

    public init(shift: Int = 7, trend: Int = 7, screenOutliers: Bool = true, fixAfter: Int? = nil) {
        self.shift = shift
        self.trend = trend
        self.screenOutliers = screenOutliers
        self.fixAfter = fixAfter
    }

    /// `count` when it is a valid run length for the rule named `field` (`shift` or `trend`).
    public static func checkedRun(_ count: Int, field: String) throws(FieldError) -> Int {
        guard count >= minimumRun else {
            throw .runTooShort(field, minimum: minimumRun, found: count)
        }
        return count
    }

    /// `count` when limits may be fixed after that many points (`field` names the setting).
    public static func checkedFixAfter(_ count: Int, field: String = "fix-after") throws(FieldError) -> Int {
        guard count >= minimumFixAfter else {
            throw .fixAfterTooFew(field, minimum: minimumFixAfter, found: count)
        }
        return count
    }

    /// The method in one line, for a chart's footer: "Limits: mean ± 2.66 × average moving range;
    /// rules: outside limits, 7-point trend, 2 of 3 near a limit, 7-point shift".
    public var methodText: String {
        "Limits: mean ± 2.66 × average moving range; rules: outside limits, \(trend)-point trend, 2 of 3 near a limit, \(shift)-point shift"
    }

    /// What differs from the plain method, or nil: "outliers not screened; limits fixed after 12 points".
    public var adjustmentsText: String? {
        var parts: [String] = []
        if !screenOutliers { parts.append("outlying moving ranges not screened out") }
        if let fixAfter { parts.append("limits fixed after \(fixAfter) points") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
