import Foundation
import KPIModel

/// One indicator judged for one period: the row of a status table and the heart of a tile.
public struct Assessment: Sendable {
    public let indicator: Indicator
    public let period: Period
    public let observation: Observation?
    public let target: Target?
    /// The amber threshold A in force, or nil when there is no target or no amber band.
    public let amberThreshold: Decimal?
    public let status: Status
    public let vsPreviousQuarter: DirectionOfTravel
    public let vsSameQuarterLastYear: DirectionOfTravel

    /// Judges `period` in a snapshot of the indicator.
    public init(_ snapshot: IndicatorSnapshot, period: Period) {
        let polarity = snapshot.indicator.polarity
        let observation = snapshot.value(for: period)
        let target = snapshot.target(for: period)
        let value = observation?.value.decimal
        self.indicator = snapshot.indicator
        self.period = period
        self.observation = observation
        self.target = target
        self.amberThreshold = target?.amberThreshold(polarity: polarity)
        self.status = snapshot.isRetired(for: period)
            ? .retired : StatusRules.status(value: observation?.value, target: target, polarity: polarity)
        self.vsPreviousQuarter = StatusRules.direction(
            from: period.previous.flatMap { snapshot.value(for: $0)?.value.decimal }, to: value, polarity: polarity)
        self.vsSameQuarterLastYear = StatusRules.direction(
            from: period.sameQuarterLastYear.flatMap { snapshot.value(for: $0)?.value.decimal }, to: value, polarity: polarity)
    }

    public var value: Figure? { observation?.value }
    public var note: String? { observation?.note }
}
