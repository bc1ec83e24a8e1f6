/// One segment's centre line and limits: the mean, the average moving range, the process
/// limits at mean ± 2.66 × it and the "near" limits at two thirds of that distance.
///
/// Computed as NHSRplotthedots 0.2's `ptd_spc_standard` does, step for step and with the same
/// constants written the same way (`2 * (2.66 / 3)`), so the doubles agree with it:
/// 1. the basis is the segment's points, or only its first `fixAfter` of them;
/// 2. the mean of the basis values, and the mean of their moving ranges |v_i − v_{i−1}|;
/// 3. with screening, every moving range that is not strictly less than 3.267 × that mean is
///    dropped and the mean of the rest taken once (the centre line is not recomputed);
/// 4. the limits from the mean and the average moving range. When no moving range remains
///    (a one-point segment, or a flat series whose zero ranges are all screened out) the limits
///    equal the mean; the reference gives NaN there, which decides nothing.
public struct SPCLimits: Hashable, Sendable {
    /// The constant that turns an average moving range into three sigma: 3 / d2, d2 = 1.128.
    public static let limitFactor = 2.66
    /// The factor for the near limits: two thirds of ``limitFactor``, written as the reference writes it.
    public static let nearFactor = 2 * (limitFactor / 3)
    /// Moving ranges of this many times their mean or more are outliers (D4 for n = 2).
    public static let outlierFactor = 3.267

    public let mean: Double
    /// The average moving range the limits use (after screening); 0 when none remains.
    public let movingRangeMean: Double
    public let lowerProcessLimit: Double
    public let upperProcessLimit: Double
    public let lowerNearLimit: Double
    public let upperNearLimit: Double

    /// The limits of a segment's `values` (at least one), in period order.
    public init(values: [Double], settings: SPCSettings) {
        precondition(!values.isEmpty, "a segment has at least one point")
        let basis = values.prefix(settings.fixAfter.map { min($0, values.count) } ?? values.count)
        let mean = Self.mean(basis)!
        var ranges = zip(basis.dropFirst(), basis).map { abs($0 - $1) }
        var average = Self.mean(ranges)
        if settings.screenOutliers, let unscreened = average {
            ranges = ranges.filter { $0 < Self.outlierFactor * unscreened }
            average = Self.mean(ranges)
        }
        let spread = average ?? 0
        self.mean = mean
        movingRangeMean = spread
        lowerProcessLimit = mean - (Self.limitFactor * spread)
        upperProcessLimit = mean + (Self.limitFactor * spread)
        lowerNearLimit = mean - (Self.nearFactor * spread)
        upperNearLimit = mean + (Self.nearFactor * spread)
    }

    /// Whether `value` is beyond a process limit (strictly).
    public func isOutside(_ value: Double) -> Bool {
        value > upperProcessLimit || value < lowerProcessLimit
    }

    /// Whether `value` is within the process limits but beyond a near limit (strictly).
    public func isClose(_ value: Double) -> Bool {
        !isOutside(value) && (value < lowerNearLimit || value > upperNearLimit)
    }

    /// +1 above the mean, −1 below, 0 exactly on it.
    public func side(_ value: Double) -> Int {
        value > mean ? 1 : value < mean ? -1 : 0
    }

    /// The mean as R's `mean()` computes it, or nil for no values.
    ///
    /// R sums in extended precision, divides, then adds the mean of the residuals, which makes
    /// its mean the correctly rounded one in practice; here compensated (Neumaier) sums stand in
    /// for extended precision, so a point that R finds exactly on the mean is on it here too
    /// (0.1, 0.2, 0.3 has mean 0.2, where a plain sum gives 0.20000000000000004).
    public static func mean<C: Collection>(_ values: C) -> Double? where C.Element == Double {
        guard !values.isEmpty else { return nil }
        let count = Double(values.count)
        let first = sum(values) / count
        return first + sum(values.lazy.map { $0 - first }) / count
    }

    /// The sum of `values` with Neumaier's compensation for lost low-order bits.
    static func sum<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var total = 0.0, compensation = 0.0
        for value in values {
            let next = total + value
            compensation += abs(total) >= abs(value) ? (total - next) + value : (value - next) + total
            total = next
        }
        return total + compensation
    }
}
