import FoundationEssentials

/// A `year-target` line: the year-end target of one financial year, and for a year-to-date
/// indicator the profile that spreads it over the year's periods.
///
/// Councils set annual targets: "95% of the audit plan completed during the year", a revised
/// budget of £405,740. For a year-to-date indicator each period's target is the profiled share
/// of it (23.8% at Q1 for 95% profiled evenly); for any other indicator the year target applies
/// to every period of the year alike. Within its year it takes precedence over `target` lines;
/// among year targets for the same year the one recorded last (at the `--as-of` moment) wins.
public struct YearTarget: Hashable, Sendable {
    public var year: ReportingYear
    /// The year-end target V.
    public var value: Figure
    /// The profile, for a year-to-date indicator; nil means ``TargetProfile/even`` there.
    public var profile: TargetProfile?
    /// The amber band: a tolerance follows the profile; an absolute threshold is allowed only
    /// for an indicator that is not year to date, where it applies to every period.
    public var amber: AmberRule?
    /// For a `closer` indicator, the green tolerance in percent; nil uses the definition's.
    public var greenTolerance: Figure?
    public var recordedAt: Timestamp
    public var by: String?

    public init(
        year: ReportingYear, value: Figure, profile: TargetProfile? = nil, amber: AmberRule? = nil,
        greenTolerance: Figure? = nil, recordedAt: Timestamp, by: String? = nil
    ) {
        self.year = year
        self.value = value
        self.profile = profile
        self.amber = amber
        self.greenTolerance = greenTolerance
        self.recordedAt = recordedAt
        self.by = by
    }

    /// The cumulative percentage of V due by the end of `period` (100 for an indicator that is
    /// not year to date): the profile at the period's place in its year.
    public func percent(for period: Period, indicator: Indicator, in financialYear: FinancialYear) -> Decimal {
        percent(atPosition: financialYear.position(of: period), indicator: indicator)
    }

    /// The cumulative percentage due by the end of the year's `position`-th period (from 1).
    func percent(atPosition position: Int, indicator: Indicator) -> Decimal {
        guard indicator.cumulative else { return 100 }
        return (profile ?? .even).percent(at: position, of: indicator.periodsPerYear)
    }

    /// The target for one period of the year: V, or for a year-to-date indicator `V × P / 100`
    /// rounded half away from zero to the indicator's decimals, as councils publish it (95% at
    /// 25% with 1 decimal is 23.8). At 100% it is V itself, as set.
    public func target(for period: Period, indicator: Indicator, in financialYear: FinancialYear) -> Target {
        let first = financialYear.periods(period.length, of: year)[0]
        return target(atPosition: financialYear.position(of: period), from: first, indicator: indicator)
    }

    /// The target of the year's `position`-th period, holding from `first`.
    func target(atPosition position: Int, from first: Period, indicator: Indicator) -> Target {
        let percent = percent(atPosition: position, indicator: indicator)
        let figure =
            percent == 100 ? value : Figure((value.decimal * percent / 100).rounded(toPlaces: indicator.decimals))
        return Target(value: figure, amber: amber, from: first, greenTolerance: greenTolerance).resolved(for: indicator)
    }

    /// Checks the year target against `indicator`: a profile only for a year-to-date indicator
    /// and then a valid one (see ``TargetProfile/validate(periodsPerYear:)``), no absolute
    /// amber threshold with a profile, and every period's target valid on its own (so a
    /// `closer` indicator never gets a target of 0 in any period). Only the periods' places in
    /// the year matter here, so no year start is needed.
    public func validate(for indicator: Indicator) throws(FieldError) {
        try indicator.validate(value, field: "target")
        if let profile {
            guard indicator.cumulative else {
                throw .profileNotYearToDate(indicator.id, found: profile)
            }
            try profile.validate(periodsPerYear: indicator.periodsPerYear)
        }
        if indicator.cumulative, case .threshold(let figure)? = amber {
            throw .amberThresholdForYearToDate(indicator.id, found: figure)
        }
        // Every period's target has the same amber rule and green tolerance; only a closer
        // indicator's rules depend on the figure (never 0), so only then is each period checked.
        let count = indicator.periodsPerYear
        guard indicator.polarity == .closer else {
            try target(atPosition: count, from: year.period, indicator: indicator).validate(for: indicator)
            return
        }
        for position in 1...count {
            let target = self.target(atPosition: position, from: year.period, indicator: indicator)
            do {
                try target.validate(for: indicator)
            } catch  where target.value != value {
                let name = Self.name(ofPosition: position, in: year, frequency: indicator.frequency)
                throw error.inYearTarget(
                    name, percent: "\(percent(atPosition: position, indicator: indicator))", of: value)
            }
        }
    }

    /// "2021/22 Q3", "month 3 of 2021/22" or "2021/22": a period of the year named by its place,
    /// for a message.
    static func name(ofPosition position: Int, in year: ReportingYear, frequency: Frequency) -> String {
        switch frequency {
        case .quarterly: return "\(Period(startYear: year.startYear, quarter: position))"
        case .monthly: return "month \(position) of \(year)"
        case .annual: return "\(year)"
        }
    }
}
