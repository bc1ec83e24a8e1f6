import ArgumentParser
import FoundationEssentials
import KPIModel
import KPISPC

/// The SPC settings a command may override (`--rebase`, `--shift`, `--trend`, `--fix-after`,
/// `--[no-]screen-outliers`), shared by `kpi spc` and `kpi chart --spc`.
///
/// Out-of-range numbers are usage errors (exit 64): the command line alone is wrong. A rebase
/// period outside the series, or too few values, is bad data (exit 65): the command line is
/// well formed but the store's figures cannot support it.
struct SPCOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Start a new segment (new limits) at these periods, comma-separated.", valueName: "period,…")
    )
    var rebase: String?
    @Option(
        help: ArgumentHelp(
            "Points on one side of the mean that make a shift (default 7, or store.conf's spc-shift).", valueName: "n"))
    var shift: Int?
    @Option(
        help: ArgumentHelp(
            "Points rising or falling that make a trend (default 7, or store.conf's spc-trend).", valueName: "n"))
    var trend: Int?
    @Option(
        help: ArgumentHelp("Compute each segment's limits from its first N points only (12 or more).", valueName: "n"))
    var fixAfter: Int?
    @Flag(
        inversion: .prefixedNo,
        help:
            "Leave moving ranges of 3.267 × their mean or more out of the limits (default yes, or store.conf's spc-screen-outliers)."
    )
    var screenOutliers: Bool?

    /// Whether any SPC option was given, for commands where they need `--spc`.
    var isUsed: Bool { rebase != nil || shift != nil || trend != nil || fixAfter != nil || screenOutliers != nil }

    /// `base` (the store's settings) with the options given on the command line applied.
    func settings(over base: SPCSettings) throws -> SPCSettings {
        var settings = base
        func usage<T>(_ option: String, _ body: () throws(FieldError) -> T) throws -> T {
            do { return try body() } catch { throw error.located(.option(option), kind: .usage) }
        }
        if let shift {
            settings.shift = try usage("--shift") { () throws(FieldError) in
                try SPCSettings.checkedRun(shift, field: "shift")
            }
        }
        if let trend {
            settings.trend = try usage("--trend") { () throws(FieldError) in
                try SPCSettings.checkedRun(trend, field: "trend")
            }
        }
        if let fixAfter {
            settings.fixAfter = try usage("--fix-after") { () throws(FieldError) in
                try SPCSettings.checkedFixAfter(fixAfter)
            }
        }
        if let screenOutliers { settings.screenOutliers = screenOutliers }
        return settings
    }

    /// The periods given to `--rebase`, each of the indicator's frequency.
    func rebasePeriods(in financialYear: FinancialYear, for indicator: Indicator) throws -> [Period] {
        guard let rebase else { return [] }
        return try rebase.split(separator: ",", omittingEmptySubsequences: false).map {
            try Arguments.period($0.trimmingBlanks(), .option("--rebase"), in: financialYear, for: indicator)
        }
    }

    /// The analysis of `snapshot` from `from` to `to`, its failures placed at `--rebase` or at
    /// the indicator's file (`path`).
    static func analyse(
        _ snapshot: IndicatorSnapshot, path: String, from: Period?, to: Period?, rebase: [Period],
        settings: SPCSettings
    ) throws -> SPCAnalysis {
        do {
            return try SPCAnalysis(snapshot: snapshot, from: from, to: to, rebase: rebase, settings: settings)
        } catch {
            if error.field == "rebase" { throw error.located(.option("--rebase")) }
            let range = [from.map { "from \($0)" }, to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
            throw KPIError.analysisFailed(error, path: path, range: range)
        }
    }
}
