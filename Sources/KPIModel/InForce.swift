/// Which of several lines for the same thing is in force: the one recorded last at a moment,
/// file order breaking ties.
///
/// The one rule behind every as-of view (values per period, target lines per from-period),
/// written once.
public enum InForce {
    /// For each key, the index in `lines` of the line in force at `moment` (now when nil).
    @inlinable
    public static func indexes<Line, Key: Hashable>(
        _ lines: [Line], upTo moment: Timestamp? = nil,
        key: (Line) -> Key, recordedAt: (Line) -> Timestamp
    ) -> [Key: Int] {
        var best: [Key: Int] = [:]
        best.reserveCapacity(lines.count)
        // By index, so no line is copied out of the array (a value line holds its note).
        for index in lines.indices {
            let time = recordedAt(lines[index])
            if let moment, time > moment { continue }
            let lineKey = key(lines[index])
            if let current = best[lineKey], recordedAt(lines[current]) > time { continue }
            best[lineKey] = index
        }
        return best
    }
}
