import KPIModel

/// An action's short name, such as `HR-OD20--22.Strat-4.1`, also the name of its file in the
/// store (`HR-OD20--22.Strat-4.1.action`).
///
/// Actions use exactly the ids of indicators (the same alphabet, the same length, the same
/// safety as file names), so they are the same type; an action may even share its id with an
/// indicator, since the two live in different files.
public typealias ActionID = IndicatorID

extension IndicatorID {
    /// The id an import derives from a reference as published, when a sheet gives no id:
    /// each run of characters outside the id alphabet becomes one `-`, then leading and
    /// trailing `-` and `.` are removed, then the result is cut to 32 characters.
    ///
    /// `HR&OD20- 22.Strat-4.1` gives `HR-OD20--22.Strat-4.1`: the `&` and the space each become
    /// `-`, and the hyphen between them was already allowed. Nil when nothing is left.
    public static func derived(fromReference reference: String) -> IndicatorID? {
        var bytes: [UInt8] = []
        var inRun = false
        // Runs are of Unicode scalars, so an accented letter (several bytes) is one run.
        for scalar in reference.unicodeScalars {
            if scalar.isASCII, isAllowed(UInt8(scalar.value)) {
                bytes.append(UInt8(scalar.value))
                inRun = false
            } else if !inRun {
                bytes.append(UInt8(ascii: "-"))
                inRun = true
            }
        }
        let trimmed = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        var kept = Array(trimmed)
        while let last = kept.last, last == UInt8(ascii: "-") || last == UInt8(ascii: ".") { kept.removeLast() }
        let cut = kept.prefix(maximumLength)
        return try? IndicatorID(String(decoding: cut, as: UTF8.self), field: "id")
    }
}
