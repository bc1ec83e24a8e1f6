import KPIModel

/// A map from quarter to an index, stored as an array by quarter ordinal.
///
/// The Series parser asks "does this period have a value yet?" for every history line; a
/// file's periods are a few hundred consecutive quarters, so an array offset from the first
/// one answers without hashing.
struct PeriodIndex {
    private var base = 0
    private var slots: [Int] = []  // -1: no entry

    subscript(period: Period) -> Int? {
        get {
            let offset = period.ordinal - base
            guard offset >= 0, offset < slots.count, slots[offset] >= 0 else { return nil }
            return slots[offset]
        }
        set {
            let ordinal = period.ordinal
            if slots.isEmpty { base = ordinal }
            if ordinal < base {
                slots.insert(contentsOf: repeatElement(-1, count: base - ordinal), at: 0)
                base = ordinal
            }
            let offset = ordinal - base
            if offset >= slots.count { slots.append(contentsOf: repeatElement(-1, count: offset - slots.count + 1)) }
            slots[offset] = newValue ?? -1
        }
    }
}
