/// The four special-cause rules over one segment's points, each as a plain function of arrays so
/// that its edges (ties, points on the mean, windows at the ends) can be tested one by one.
///
/// They restate NHSRplotthedots 0.2's `ptd_calculate_point_type` with the run lengths as
/// settings. Rules never look across a segment's ends: the caller passes one segment at a time.
public enum SPCRules {
    /// For each step between neighbouring points (one fewer than the points), +1 or −1 when the
    /// step lies inside a trend: a run of at least `length` points whose steps are all strictly
    /// up (or all strictly down); 0 otherwise. A tie breaks a run.
    public static func trendSteps(_ values: [Double], length: Int) -> [Int] {
        let signs = zip(values.dropFirst(), values).map { $0 > $1 ? 1 : $0 < $1 ? -1 : 0 }
        var steps = [Int](repeating: 0, count: signs.count)
        // A run of n equal steps joins n + 1 points.
        for run in runs(signs) where signs[run.lowerBound] != 0 && run.count + 1 >= length {
            for index in run { steps[index] = signs[index] }
        }
        return steps
    }

    /// For each point, the direction of the trend it is part of (+1 increasing, −1 decreasing),
    /// or 0 when it is in none.
    ///
    /// A point where two trends meet (the top of a rise that turns into a fall) takes the
    /// direction of the step to the next point; the last point of a trend takes the step from
    /// the previous one. Where one trend ends and the next starts across a step that belongs to
    /// neither (a tie, as in 1…7, 7, 6…1, or a step against both, as in 7…1, 8, 7…2), each point
    /// keeps its own trend's direction. The reference differs there: it takes the step to the
    /// next point whenever that point is in any trend, and calls a zero step "decreasing", so it
    /// reports the 1 of 7…1, 8 as "increasing". kpi follows issue 15's wording: the step to the
    /// next point counts when that point is also in the same trend.
    public static func trend(_ values: [Double], length: Int) -> [Int] {
        let steps = trendSteps(values, length: length)
        return values.indices.map { index in
            let next = index < steps.count ? steps[index] : 0
            let previous = index > 0 ? steps[index - 1] : 0
            return next != 0 ? next : previous
        }
    }

    /// For each point, whether it is one of at least two close points in a window of three
    /// consecutive points that are all on the same side of the mean (none exactly on it).
    ///
    /// Only the close points are flagged, and only whole windows count: the first and last
    /// points have fewer windows, not padded ones. Two close points on opposite sides never
    /// make a signal.
    public static func twoInThree(close: [Bool], side: [Int]) -> [Bool] {
        precondition(close.count == side.count)
        var flagged = [Bool](repeating: false, count: close.count)
        guard close.count >= 3 else { return flagged }
        for start in 0...(close.count - 3) {
            let window = start..<(start + 3)
            guard side[start] != 0, window.allSatisfy({ side[$0] == side[start] }),
                window.filter({ close[$0] }).count >= 2
            else { continue }
            for index in window where close[index] { flagged[index] = true }
        }
        return flagged
    }

    /// For each point, whether it is part of a run of at least `length` consecutive points on
    /// the same side of the mean. A point exactly on the mean belongs to no run and breaks one.
    public static func shift(side: [Int], length: Int) -> [Bool] {
        var flagged = [Bool](repeating: false, count: side.count)
        for run in runs(side) where side[run.lowerBound] != 0 && run.count >= length {
            for index in run { flagged[index] = true }
        }
        return flagged
    }

    /// The index ranges of consecutive equal elements, in order: [1, 1, 0, 1] gives 0...1, 2...2, 3...3.
    static func runs(_ items: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start = 0
        while start < items.count {
            var end = start
            while end + 1 < items.count, items[end + 1] == items[start] { end += 1 }
            result.append(start...end)
            start = end + 1
        }
        return result
    }
}
