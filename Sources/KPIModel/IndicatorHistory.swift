import FoundationEssentials

/// Everything ever recorded for one indicator: its first definition and its history lines in
/// the order they were written.
///
/// Nothing here is ever removed or rewritten; ``asOf(_:)`` derives the view of the figures
/// that were known at a moment, which is what every report shows. History lines may be
/// recorded at any time, before the definition too: a council back-fills years of figures
/// after defining its indicators today.
public struct IndicatorHistory: Sendable {
    /// The definition as first written (the `indicator` line and the lines after it).
    public var indicator: Indicator
    /// Every value and revision, in file order.
    public var observations: [Observation]
    /// Every target change, in file order.
    public var targetChanges: [TargetChange]
    /// Every change to the definition, in file order.
    public var definitionChanges: [DefinitionChange]
    /// Every retire and reinstate line, in file order.
    public var retirements: [Retirement]
    /// Every year target, in file order.
    public var yearTargets: [YearTarget]
    /// Every year-end forecast and its revisions, in file order: the officer's forecast made in
    /// a period of the value at the end of that period's financial year.
    public var forecasts: [Observation]

    public init(
        indicator: Indicator, observations: [Observation] = [], targetChanges: [TargetChange] = [],
        definitionChanges: [DefinitionChange] = [], retirements: [Retirement] = [],
        yearTargets: [YearTarget] = [], forecasts: [Observation] = []
    ) {
        self.indicator = indicator
        self.observations = observations
        self.targetChanges = targetChanges
        self.definitionChanges = definitionChanges
        self.retirements = retirements
        self.yearTargets = yearTargets
        self.forecasts = forecasts
    }

    /// The definition in force at `moment` (now when nil): the first version with every change
    /// recorded at or before it applied in recorded order (file order breaking ties). Before the
    /// earliest change, the first version.
    public func definition(asOf moment: Timestamp?) -> Indicator {
        guard !definitionChanges.isEmpty else { return indicator }
        let timeline = DefinitionTimeline(self)
        return moment.map(timeline.at) ?? timeline.current
    }

    /// The period from which the indicator is retired at `moment`, or nil when it is reported.
    public func retiredFrom(asOf moment: Timestamp?) -> Period? {
        var from: Period?
        for line in inRecordedOrder(retirements, recordedAt: \.recordedAt)
        where moment.map({ line.recordedAt <= $0 }) ?? true {
            switch line.kind {
            case .retire(let period): from = period
            case .reinstate: from = nil
            }
        }
        return from
    }

    /// Whether anything about the indicator (its definition or any history line) was recorded
    /// at or before `moment`: what decides whether an `--as-of` view shows it.
    public func isKnown(at moment: Timestamp) -> Bool {
        indicator.definedAt <= moment
            || observations.contains { $0.recordedAt <= moment }
            || targetChanges.contains { $0.recordedAt <= moment }
            || definitionChanges.contains { $0.recordedAt <= moment }
            || retirements.contains { $0.recordedAt <= moment }
            || yearTargets.contains { $0.recordedAt <= moment }
            || forecasts.contains { $0.recordedAt <= moment }
    }

    /// The indicator as it stood at `moment` (now when nil): only lines recorded at or before
    /// it count, under the definition then in force. Nil when nothing about it was recorded yet.
    ///
    /// For each period the value is the one recorded last (file order breaks ties), so a
    /// revision replaces the figure from the moment it was recorded and not before; likewise
    /// each period's forecast, and each year's year target. `financialYear` is the store's year
    /// start, which says which year target a month falls under (April unless the store says
    /// otherwise; quarters and years never depend on it).
    public func asOf(_ moment: Timestamp?, in financialYear: FinancialYear = .april) -> IndicatorSnapshot? {
        if let moment, !isKnown(at: moment) { return nil }
        let values = InForce.indexes(observations, upTo: moment, key: \.period, recordedAt: \.recordedAt)
            .mapValues { observations[$0] }
        let forecasts = InForce.indexes(self.forecasts, upTo: moment, key: \.period, recordedAt: \.recordedAt)
            .mapValues { self.forecasts[$0] }
        let years = InForce.indexes(yearTargets, upTo: moment, key: \.year, recordedAt: \.recordedAt)
            .mapValues { yearTargets[$0] }
        return IndicatorSnapshot(
            indicator: definition(asOf: moment),
            values: values,
            targetChanges: targetLinesInForce(asOf: moment),
            retiredFrom: retiredFrom(asOf: moment),
            yearTargets: years,
            forecasts: forecasts,
            financialYear: financialYear
        )
    }

    /// For each from-period, the target line recorded last at `moment` (file order breaks ties).
    public func targetLinesInForce(asOf moment: Timestamp?) -> [TargetChange] {
        InForce.indexes(targetChanges, upTo: moment, key: \.from, recordedAt: \.recordedAt)
            .values.map { targetChanges[$0] }.sorted { $0.from < $1.from }
    }

    /// Lines sorted by when they were recorded, file order breaking ties.
    private func inRecordedOrder<Line>(_ lines: [Line], recordedAt: (Line) -> Timestamp) -> [Line] {
        lines.enumerated().sorted { (recordedAt($0.element), $0.offset) < (recordedAt($1.element), $1.offset) }.map(
            \.element)
    }
}

/// One indicator's figures and targets as known at one moment: what a report shows.
public struct IndicatorSnapshot: Sendable {
    /// The definition in force at that moment.
    public let indicator: Indicator
    /// The value in force for each period that has one.
    public let values: [Period: Observation]
    /// The target lines in force, one per from-period, sorted by period (including lines that
    /// turn the target off).
    public let targetChanges: [TargetChange]
    /// The first period the indicator is retired from, or nil when it is reported.
    public let retiredFrom: Period?
    /// The year target in force for each year that has one.
    public let yearTargets: [ReportingYear: YearTarget]
    /// The year-end forecast in force made in each period that has one.
    public let forecasts: [Period: Observation]
    /// The store's year start: which financial year, and which of its year targets, a month
    /// belongs to.
    public let financialYear: FinancialYear

    public init(
        indicator: Indicator, values: [Period: Observation], targetChanges: [TargetChange],
        retiredFrom: Period? = nil, yearTargets: [ReportingYear: YearTarget] = [:],
        forecasts: [Period: Observation] = [:], financialYear: FinancialYear = .april
    ) {
        self.indicator = indicator
        self.values = values
        self.targetChanges = targetChanges.sorted { $0.from < $1.from }
        self.retiredFrom = retiredFrom
        self.yearTargets = yearTargets
        self.forecasts = forecasts
        self.financialYear = financialYear
    }

    /// The value recorded for a period, or nil when it is missing.
    public func value(for period: Period) -> Observation? { values[period] }

    /// The officer's forecast of the year-end value made in a period, or nil when none was made.
    public func forecast(for period: Period) -> Observation? { forecasts[period] }

    /// The target that applies to a period: the year target of its financial year when there is
    /// one (profiled for a year-to-date indicator), else the latest target line from at or
    /// before it; nil when there is none or that line turned the target off.
    public func target(for period: Period) -> Target? {
        if !yearTargets.isEmpty, let year = yearTargets[financialYear.reportingYear(of: period)] {
            return year.target(for: period, indicator: indicator, in: financialYear)
        }
        return targetLine(for: period)?.resolved(for: indicator)
    }

    /// The year-end target of the period's financial year: the year target's V, or else the
    /// target that applies to the year's last period; nil when there is none.
    public func annualTarget(for period: Period) -> Target? {
        target(for: financialYear.lastPeriodOfYear(like: period))
    }

    /// The share of the year-end target due by the end of `period`, in percent, when a year
    /// target with a profile applies to a year-to-date indicator; nil otherwise.
    public func profilePercent(for period: Period) -> Decimal? {
        guard indicator.cumulative, let year = yearTargets[financialYear.reportingYear(of: period)] else { return nil }
        return year.percent(for: period, indicator: indicator, in: financialYear)
    }

    /// The target set by the `target` lines alone (the rule without year targets).
    func targetLine(for period: Period) -> Target? {
        var low = 0
        var high = targetChanges.count
        while low < high {
            let mid = (low + high) / 2
            if targetChanges[mid].from <= period { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : targetChanges[low - 1].target
    }

    /// Whether the indicator is retired for `period` (left out of status, packs and tiles).
    public func isRetired(for period: Period) -> Bool {
        retiredFrom.map { $0 <= period } ?? false
    }

    /// The latest period with a value.
    public var latestPeriod: Period? { values.keys.max() }

    /// The periods with a value, oldest first.
    public var periods: [Period] { values.keys.sorted() }
}
