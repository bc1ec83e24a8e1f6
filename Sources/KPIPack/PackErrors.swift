import KPIModel

/// Every error KPIPack gives, in one place: a pack with nothing to report, an `--only` naming
/// an indicator the store lacks, and the failures of writing one (the previous pack stays).
extension KPIError {
    /// `--only` naming an indicator the store does not have.
    static func unknownOnly(_ id: IndicatorID, store: String) -> KPIError {
        KPIError(
            .missing, at: .option("--only"), .expected("indicators in \(store)", found: "\(id), which is not there"))
    }

    static func nothingToPack(_ store: String, asOf: Timestamp?) -> KPIError {
        KPIError(
            .missing, at: .path(store),
            .statement("no indicators or actions\(Self.asOf(asOf))")
                .hint("define some with kpi define or kpi action define first"))
    }

    static func noPeriodToPack(_ store: String, asOf: Timestamp?) -> KPIError {
        KPIError(
            .missing, at: .path(store),
            .statement("no values or action updates recorded\(Self.asOf(asOf)), so there is no quarter to report")
                .hint("record values first"))
    }

    /// A monthly or annual pack when no indicator has that frequency.
    static func noIndicatorsOfLength(_ period: Period) -> KPIError {
        let frequency = period.length.frequency.rawValue
        return KPIError(
            .missing, at: .argument("PERIOD"),
            .statement("no \(frequency) indicators to report for \(period)")
                .hint("a \(period.length.noun)'s pack holds \(frequency) indicators only"))
    }

    /// A requested period with no value and no update; `latest` is the latest quarter that has some.
    static func nothingInPeriod(_ period: Period, latest: Period?) -> KPIError {
        let problem = Problem.statement("no indicator has a value and no action an update for \(period)")
        return KPIError(
            .missing, at: .argument("PERIOD"),
            latest.map { problem.hint("the latest quarter with values is \($0)") } ?? problem)
    }

    static func allRetired(_ store: String, period: Period) -> KPIError {
        KPIError(
            .missing, at: .path(store),
            .statement("every indicator is retired for \(period)").outcome("nothing to report"))
    }

    /// An indicator's pictures failed for a reason that is not one of kpi's errors (a renderer's).
    static func renderingFailed(_ id: IndicatorID, _ error: any Error) -> KPIError {
        KPIError(.io, at: .indicator(id), .statement("\(error)"))
    }

    /// A pack that failed after its working directory was removed.
    var previousPackUntouched: KPIError {
        adding(.outcome("the previous pack is untouched"))
    }

    /// " as of 2021-10-01" for a pack `--as-of` a date, else nothing.
    private static func asOf(_ moment: Timestamp?) -> String {
        moment.map { " as of \($0.dateText)" } ?? ""
    }
}
