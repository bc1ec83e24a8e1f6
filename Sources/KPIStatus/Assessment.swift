import FoundationEssentials
import KPIModel

/// One indicator judged for one period: the row of a status table and the heart of a tile.
public struct Assessment: Sendable {
    public let indicator: Indicator
    public let period: Period
    public let observation: Observation?
    public let target: Target?
    /// The amber threshold A in force, or nil when there is no target or no amber band (and
    /// always for a `closer` indicator, whose band lies on both sides of the target).
    public let amberThreshold: Decimal?
    public let status: Status
    /// Against the previous period of the indicator's frequency (last month, last quarter or last
    /// year); `notComparable` for a year-to-date indicator. (Named after the JSON key, which stays
    /// as quarterly reports made it.)
    public let vsPreviousQuarter: DirectionOfTravel
    /// Against the same period a year earlier: the same month, the same quarter, or (for an
    /// annual indicator) the previous year again; for a year-to-date indicator, the year-to-date
    /// figure at the same point last year.
    public let vsSameQuarterLastYear: DirectionOfTravel
    /// The year-end target of the period's financial year, or nil.
    public let annualTarget: Target?
    /// The officer's forecast of the year-end value made in this period, or nil.
    public let forecast: Observation?
    /// The forecast judged against ``annualTarget`` by the indicator's rules; `missing` when no
    /// forecast was made in the period, whatever the target.
    public let forecastStatus: Status
    /// `v - T`, exact; nil without a value or a target.
    public let variance: Decimal?
    /// `(v - T) / |T| * 100` rounded to 1 decimal place; nil without a variance or when T is 0.
    public let variancePercent: Decimal?
    /// For a year-to-date indicator the officer has not forecast, the year-end projected from
    /// the profile; never a forecast, and always shown with its method.
    public let projection: YearEndProjection?

    /// Judges `period` in a snapshot of the indicator.
    public init(_ snapshot: IndicatorSnapshot, period: Period) {
        let indicator = snapshot.indicator
        let polarity = indicator.polarity
        let observation = snapshot.value(for: period)
        let target = snapshot.target(for: period)
        self.indicator = indicator
        self.period = period
        self.observation = observation
        self.target = target
        self.amberThreshold = target?.amberThreshold(polarity: polarity)
        self.status =
            snapshot.isRetired(for: period)
            ? .retired : StatusRules.status(value: observation?.value, target: target, polarity: polarity)
        func judged(_ earlier: Period?) -> DirectionOfTravel {
            guard let earlier else { return .unknown }
            return StatusRules.direction(
                from: (snapshot.value(for: earlier)?.value, snapshot.target(for: earlier)),
                to: (observation?.value, target), polarity: polarity)
        }
        self.vsPreviousQuarter = indicator.cumulative ? .notComparable : judged(period.previous)
        self.vsSameQuarterLastYear = judged(period.samePeriodLastYear)
        let annualTarget = snapshot.annualTarget(for: period)
        let forecast = snapshot.forecast(for: period)
        self.annualTarget = annualTarget
        self.forecast = forecast
        self.forecastStatus = StatusRules.status(value: forecast?.value, target: annualTarget, polarity: polarity)
        self.variance = StatusRules.variance(value: observation?.value, target: target)
        self.variancePercent = StatusRules.variancePercent(value: observation?.value, target: target)
        self.projection =
            forecast == nil
            ? YearEndProjection(value: observation?.value, profilePercent: snapshot.profilePercent(for: period)) : nil
    }

    public var value: Figure? { observation?.value }
    public var note: String? { observation?.note }
}
