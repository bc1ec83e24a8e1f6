import KPIModel

extension Assessment {
    /// One direction of travel with the words naming what it compares with.
    public struct Comparison: Sendable {
        public let direction: DirectionOfTravel
        /// "last quarter", "Q2 last year", "last month", "Sep last year", "last year".
        public let earlier: String
        /// The period compared with, when there is one within the supported years.
        public let period: Period?

        /// "Better than Q2 last year", "Not comparable with last quarter (year to date)".
        public var phrase: String { direction.phrase(comparedWith: earlier) }

        /// The phrase where room is short (a tile): "Not comparable (year to date)" for a
        /// year-to-date figure against the period before, else ``phrase``.
        public var shortPhrase: String { direction == .notComparable ? direction.word : phrase }
    }

    /// The directions of travel to show, in order: against the previous period and against the
    /// same period last year. An annual indicator has one, since both compare with last year.
    public var comparisons: [Comparison] {
        let previous = Comparison(
            direction: vsPreviousQuarter, earlier: "last \(period.length.noun)", period: period.previous)
        let lastYear: String
        switch period.length {
        case .year: return [previous]
        case .quarter: lastYear = "Q\(period.quarter) last year"
        case .month: lastYear = "\(period.monthAbbreviation) last year"
        }
        return [
            previous,
            Comparison(direction: vsSameQuarterLastYear, earlier: lastYear, period: period.samePeriodLastYear),
        ]
    }
}
