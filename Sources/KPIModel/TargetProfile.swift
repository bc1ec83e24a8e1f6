import FoundationEssentials

/// How an annual target of a year-to-date indicator is spread over the year: the cumulative
/// percentage of the year-end target due by the end of each period.
///
/// Councils profile evenly (25, 50, 75, 100 for quarters) or to a plan: seed 003 planned 53.6%
/// of its budget by the half-year. The percentages never fall and the last is exactly 100, so
/// the last period's target is the year-end target itself.
public enum TargetProfile: Hashable, Sendable, CustomStringConvertible {
    /// An equal share each period: 25, 50, 75, 100 for quarters (100/12 a month for months).
    case even
    /// The cumulative percentage due by the end of each period of the year, in order.
    case cumulative([Figure])

    /// Reads `even` or comma-separated percentages: `25,50,75,100`, `10,35.5,60,100`.
    /// Their number and order are checked by ``validate(periodsPerYear:)``.
    public init(parsing text: String, field: String = "profile") throws(FieldError) {
        let trimmed = text.trimmingSpacesAndTabs()
        if trimmed.lowercased() == "even" {
            self = .even
            return
        }
        guard !trimmed.isEmpty else { throw .notAProfile(field, found: "nothing") }
        var figures: [Figure] = []
        for (index, part) in trimmed.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let entry = part.trimmingSpacesAndTabs()
            do {
                figures.append(
                    try Figure(parsing: entry.hasSuffix("%") ? String(entry.dropLast()) : entry, field: field))
            } catch {
                throw .notAProfile(
                    field, found: quoted(text), because: "entry \(index + 1), \(quoted(entry)), is not a number")
            }
        }
        self = .cumulative(figures)
    }

    /// `even` or `25,50,75,100`, as written in a Series file.
    public var description: String {
        switch self {
        case .even: return "even"
        case .cumulative(let figures): return figures.map(\.text).joined(separator: ",")
        }
    }

    /// The cumulative percentage of the year-end target due by the end of period `position`
    /// (from 1) of a year of `count` periods.
    public func percent(at position: Int, of count: Int) -> Decimal {
        switch self {
        case .even: return position == count ? 100 : Decimal(100 * position) / Decimal(count)
        case .cumulative(let figures): return figures[position - 1].decimal
        }
    }

    /// Checks a profile for a year of `periodsPerYear` periods: one percentage per period,
    /// none below 0, never falling, the last exactly 100.
    public func validate(periodsPerYear: Int, field: String = "profile") throws(FieldError) {
        guard case .cumulative(let figures) = self else { return }
        let shown = quoted(description)
        guard figures.count == periodsPerYear else {
            throw .profileLength(field, periodsPerYear: periodsPerYear, found: figures.count, in: shown)
        }
        if let negative = figures.first(where: \.isNegative) {
            throw .profileNegative(field, found: negative, in: shown)
        }
        for index in figures.indices.dropFirst() where figures[index] < figures[index - 1] {
            throw .profileFalls(field, found: figures[index], after: figures[index - 1], in: shown)
        }
        guard figures[figures.count - 1].decimal == 100 else {
            throw .profileEnd(field, found: figures[figures.count - 1], in: shown)
        }
    }
}
