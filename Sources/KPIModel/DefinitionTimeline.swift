/// The versions of a definition over time, to find the one in force at any moment quickly.
///
/// Every version has the frequency set last: it can change only before any period was recorded,
/// so the indicator's periods are all of that frequency, whatever the moment.
public struct DefinitionTimeline: Sendable {
    /// When each change took effect, ascending, and the definition from then on.
    private var times: [Timestamp] = []
    private var versions: [Indicator]

    public init(_ history: IndicatorHistory) {
        versions = [history.indicator]
        let ordered = history.definitionChanges.enumerated().sorted {
            ($0.element.recordedAt, $0.offset) < ($1.element.recordedAt, $1.offset)
        }
        for (_, change) in ordered {
            times.append(change.recordedAt)
            versions.append(versions[versions.count - 1].applying(change))
        }
        let frequency = versions[versions.count - 1].frequency
        for index in versions.indices { versions[index].frequency = frequency }
    }

    /// The definition now: every change applied.
    public var current: Indicator { versions[versions.count - 1] }

    /// The definition in force at `moment`: the first version, with every change recorded at or
    /// before it applied.
    public func at(_ moment: Timestamp) -> Indicator {
        if times.isEmpty { return versions[0] }
        var low = 0
        var high = times.count
        while low < high {
            let mid = (low + high) / 2
            if times[mid] <= moment { low = mid + 1 } else { high = mid }
        }
        return versions[low]
    }
}
