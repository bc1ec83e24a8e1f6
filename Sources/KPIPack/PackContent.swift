import KPIActions
import KPICharts
import KPIModel
import KPISPC
import KPIStatus

/// What a committee pack says: every indicator judged for one period, and in a quarter's pack
/// every action too, as the store stood at one moment, in the order the pack presents them.
///
/// The period is usually a quarter, and then monthly and annual indicators join the quarterly
/// ones, each at the period of its own frequency that the quarter calls for (its latest month
/// in the quarter, its latest year ended; see ``IndicatorSnapshot/reportedPeriod(for:in:)``). A
/// month's pack holds the monthly indicators only. Pure values, computed once and shared by the
/// PDF pages, the web page, the images and the summary files, so they can never disagree.
public struct PackContent: Sendable {
    /// The period the pack reports on.
    public let period: Period
    public let financialYear: FinancialYear
    /// The moment the figures are as of: `--as-of`, or the latest time anything in the pack
    /// was recorded (never the wall clock, so the same store always gives the same pack).
    public let asOf: Timestamp
    public let title: String
    public let committee: String?
    /// Every indicator's snapshot, sorted by id.
    public let snapshots: [IndicatorSnapshot]
    /// Every indicator's periods judged at its own frequency (the chart's span: 24 months, 8
    /// quarters or 8 years), ending with the period it shows, in the same order: the one
    /// judgement the charts, tiles, tables and web page all read.
    public let series: [JudgedSeries]
    /// Every indicator judged for the period it shows, in the same order (each series' latest
    /// entry).
    public let assessments: [Assessment]
    /// Every action judged for ``period``, sorted by id; empty when the store has none.
    public let actions: [ActionAssessment]
    /// The rules the actions were judged by.
    public let actionRules: ActionRules

    /// Each indicator's SPC analysis over its whole history to the period it shows, in the same
    /// order; nil for an indicator with fewer than ``SPCAnalysis/packMinimumPoints`` values.
    public let spc: [SPCAnalysis?]

    /// Each indicator's place in ``assessments`` (and ``series``, ``spc``), so finding an
    /// indicator's series does not search the whole pack for each of its thousand indicators.
    private let positions: [IndicatorID: Int]

    /// The default title, saying how often the pack comes: "Quarterly performance report".
    public static func defaultTitle(for period: Period) -> String {
        switch period.length {
        case .month: return "Monthly performance report"
        case .quarter: return "Quarterly performance report"
        case .year: return "Annual performance report"
        }
    }

    /// Builds the content; `only` keeps the listed indicator ids (actions are all kept).
    /// Errors name what was missing. A store of actions alone makes a pack of its actions.
    public init(
        snapshots all: [IndicatorSnapshot], actions actionSnapshots: [ActionSnapshot] = [],
        actionRules: ActionRules = ActionRules(), period requested: Period?, asOf: Timestamp?,
        title: String?, committee: String?, only: [IndicatorID]?, financialYear: FinancialYear,
        spcSettings: SPCSettings = .standard, storeName: String
    ) throws {
        var snapshots = all.sorted { $0.indicator.id < $1.indicator.id }
        if let only {
            let known = Set(snapshots.map(\.indicator.id))
            if let unknown = only.first(where: { !known.contains($0) }) {
                throw KPIError.unknownOnly(unknown, store: storeName)
            }
            let wanted = Set(only)
            snapshots = snapshots.filter { wanted.contains($0.indicator.id) }
        }
        guard !snapshots.isEmpty || !actionSnapshots.isEmpty else {
            throw KPIError.nothingToPack(storeName, asOf: asOf)
        }
        // A month's value counts for its quarter, a year's for its fourth; actions are quarterly.
        let latest =
            (snapshots.compactMap { $0.latestQuarter(in: financialYear) }
            + actionSnapshots.compactMap { $0.latestPeriod.map(financialYear.quarter(endingWith:)) }).max()
        guard let period = requested ?? latest else {
            throw KPIError.noPeriodToPack(storeName, asOf: asOf)
        }
        // Each indicator at the period of its own frequency that the pack's period calls for;
        // actions, updated quarterly, only in a quarter's pack.
        let shown = snapshots.compactMap { snapshot in
            snapshot.reportedPeriod(for: period, in: financialYear).map { (snapshot: snapshot, period: $0) }
        }
        let actionSnapshots = period.length == .quarter ? actionSnapshots : []
        guard !shown.isEmpty || !actionSnapshots.isEmpty else {
            throw KPIError.noIndicatorsOfLength(period)
        }
        if requested != nil, !shown.contains(where: { $0.snapshot.value(for: $0.period) != nil }),
            !actionSnapshots.contains(where: { $0.updates[period] != nil })
        {
            throw KPIError.nothingInPeriod(period, latest: latest)
        }
        self.period = period
        self.financialYear = financialYear
        self.title = title.map { $0.isEmpty ? Self.defaultTitle(for: period) : $0 } ?? Self.defaultTitle(for: period)
        self.committee = committee.flatMap { $0.isEmpty ? nil : $0 }
        // Indicators retired for their period are left out of the pack (their history remains).
        let reported = shown.filter { !$0.snapshot.isRetired(for: $0.period) }
        guard !reported.isEmpty || !actionSnapshots.isEmpty else {
            throw KPIError.allRetired(storeName, period: period)
        }
        self.snapshots = reported.map(\.snapshot)
        self.series = reported.map {
            JudgedSeries(
                $0.snapshot, last: $0.period,
                count: ChartSpec.defaultPeriods(for: $0.snapshot.indicator.frequency))
        }
        self.assessments = series.map(\.latest)
        // The first place of an id, as a search from the front would find it.
        self.positions = Dictionary(
            assessments.enumerated().map { ($0.element.indicator.id, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        self.spc = reported.map { shown in
            guard shown.snapshot.periods.filter({ $0 <= shown.period }).count >= SPCAnalysis.packMinimumPoints else {
                return nil
            }
            return try? SPCAnalysis(snapshot: shown.snapshot, to: shown.period, settings: spcSettings)
        }
        let sortedActions = actionSnapshots.sorted { $0.action.id < $1.action.id }
        self.actionRules = actionRules
        self.actions = sortedActions.map { actionRules.assess($0, period: period) }
        // Only what the period shows: a month's pack does not move with a quarterly figure.
        self.asOf = asOf ?? Self.latestRecord(in: shown.map(\.snapshot), actions: sortedActions)
    }

    /// The latest recorded-at among the lines in force: the reproducible "as of" of a pack.
    static func latestRecord(in snapshots: [IndicatorSnapshot], actions: [ActionSnapshot] = []) -> Timestamp {
        var latest = Timestamp(secondsSince1970: 0)
        for snapshot in snapshots {
            latest = max(latest, snapshot.indicator.definedAt)
            for observation in snapshot.values.values { latest = max(latest, observation.recordedAt) }
            for change in snapshot.targetChanges { latest = max(latest, change.recordedAt) }
        }
        for snapshot in actions {
            latest = max(latest, snapshot.action.definedAt)
            for update in snapshot.updates.values { latest = max(latest, update.recordedAt) }
        }
        return latest
    }

    /// Red then amber indicators, each group by id: what a committee reads first.
    public var exceptions: [Assessment] {
        assessments.filter { $0.status == .red } + assessments.filter { $0.status == .amber }
    }

    /// The indicators that are not exceptions, grouped by theme (themes in alphabetical order,
    /// indicators without a theme last, under "Other indicators"): the pack's theme sections.
    /// A theme whose indicators are all exceptions has no section.
    public var themes: [(name: String, assessments: [Assessment])] {
        allThemes.map { ($0.name, $0.assessments.filter { !$0.status.isException }) }.filter { !$0.1.isEmpty }
    }

    /// Every indicator grouped by theme, exceptions included, named and ordered as ``themes``:
    /// so the contents can list a theme whose indicators all sit under the exceptions.
    public var allThemes: [(name: String, assessments: [Assessment])] {
        let names = Set(assessments.compactMap(\.indicator.theme)).sorted()
        var groups = names.map { name in (name, assessments.filter { $0.indicator.theme == name }) }
        let unthemed = assessments.filter { $0.indicator.theme == nil }
        if !unthemed.isEmpty { groups.append((names.isEmpty ? "Indicators" : "Other indicators", unthemed)) }
        return groups
    }

    /// How many indicators have each status, in the order the cover lists them.
    public var counts: [(status: Status, count: Int)] {
        [Status.red, .amber, .green, .noTarget, .missing].map { status in
            (status, assessments.filter { $0.status == status }.count)
        }
    }

    /// Whether any indicator has a year-end forecast made in its period: the cover then counts
    /// forecast statuses too, and the summary shows them.
    public var hasForecasts: Bool { assessments.contains { $0.forecast != nil } }

    /// How many indicators have each forecast year-end status, in the cover's order
    /// (`missing`: no forecast made in the period).
    public var forecastCounts: [(status: Status, count: Int)] {
        [Status.red, .amber, .green, .noTarget, .missing].map { status in
            (status, assessments.filter { $0.forecastStatus == status }.count)
        }
    }

    /// The judged periods of an assessed indicator.
    public func series(for assessment: Assessment) -> JudgedSeries {
        series[index(of: assessment)]
    }

    /// The SPC analysis of an assessed indicator, when it has enough points.
    public func spc(for assessment: Assessment) -> SPCAnalysis? {
        spc[index(of: assessment)]
    }

    func index(of assessment: Assessment) -> Int {
        positions[assessment.indicator.id]!
    }

    /// "Quarter 2 2021/22 (July to September 2021)", "September 2021", "Financial year 2021/22
    /// (April 2021 to March 2022)".
    public var periodDescription: String { financialYear.name(of: period) }

    /// "This quarter", "This month", "This year": the heading over the counts by status.
    public var thisPeriod: String { "This \(period.length.noun)" }

    /// The one kind of period every indicator shows, or nil when they differ (a quarter's pack
    /// with monthly or annual indicators in it).
    public var commonLength: Period.Length? {
        let lengths = Set(assessments.map(\.period.length))
        return lengths.count == 1 ? lengths.first : nil
    }

    /// "quarter" when every indicator shows a quarter (or "month", "year"), else "period".
    public var periodWord: String { commonLength?.noun ?? "period" }

    /// What the directions of travel compare with, for the pack's legend: "the previous quarter
    /// and the same quarter last year", or for indicators of several frequencies "the previous
    /// month, quarter or year (by each indicator's frequency) and the same period last year".
    public var comparisonPhrase: String {
        switch commonLength {
        case .year?: return "the previous year"
        case let length?: return "the previous \(length.noun) and the same \(length.noun) last year"
        case nil:
            return "the previous month, quarter or year (by each indicator's frequency) and the same period last year"
        }
    }

    /// The heading of the column comparing with the previous period: "Prev Q", "Prev M",
    /// "Prev yr", or "Previous" when the indicators' periods differ.
    public var previousHeading: String {
        switch commonLength {
        case .month?: return "Prev M"
        case .quarter?: return "Prev Q"
        case .year?: return "Prev yr"
        case nil: return "Previous"
        }
    }
}
