import ArgumentParser
import KPIModel
import KPIReport
import KPISPC

struct SPCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spc",
        abstract:
            "Statistical process control (NHS \"Making Data Count\"): limits, special causes, variation and assurance.",
        discussion: """
            An XmR analysis computed as the NHS-R reference implementation (NHSRplotthedots 0.2) does: \
            limits at the mean ± 2.66 × the average moving range, and four special-cause rules (a point \
            outside the limits, a 7-point trend, 2 of 3 points near a limit, a 7-point shift). Missing \
            periods are skipped. Defaults come from store.conf (spc-shift, spc-trend, spc-screen-outliers, \
            spc-fix-after); options override them for one run.

            Exit 64 for an option out of range (--shift 0, --fix-after 5, --from after --to); exit 65 \
            for fewer than 2 values, a --rebase period outside the series, or a period that cannot be read.

            Examples:
              kpi spc SICK01
              kpi spc SICK01 --rebase "2020/21 Q1" --format json
              kpi spc ICT01 --from "2016/17 Q1" --fix-after 12 --as-of 2021-11-30
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Option(help: ArgumentHelp("The first period analysed (default: the first with a value).", valueName: "period"))
    var from: String?
    @Option(help: ArgumentHelp("The last period analysed (default: the latest with a value).", valueName: "period"))
    var to: String?
    @OptionGroup var spcOptions: SPCOptions
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: "table or json.") var format: String = "table"

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard let format = SPCReport.Format(rawValue: self.format) else {
            throw KPIError.unknownSPCFormat(format)
        }
        let id = try Arguments.id(self.id)
        _ = try spcOptions.settings(over: .standard)  // out-of-range options fail before the store is read
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let contents = try store.read(.only(id), warn: Terminal.warn)
        let settings = try spcOptions.settings(over: contents.settings.spc)
        let (file, _, snapshot) = try contents.indicator(id, asOf: asOf)
        // Periods are read once the year start is known, and must be of the indicator's frequency.
        let financialYear = contents.settings.financialYear
        let from = try self.from.map {
            try Arguments.period($0, .option("--from"), in: financialYear, for: snapshot.indicator)
        }
        let to = try self.to.map {
            try Arguments.period($0, .option("--to"), in: financialYear, for: snapshot.indicator)
        }
        if let from, let to, from > to {
            throw KPIError.fromAfterTo(from, to)
        }
        let rebase = try spcOptions.rebasePeriods(in: financialYear, for: snapshot.indicator)
        let analysis = try SPCOptions.analyse(
            snapshot, path: file.path, from: from, to: to, rebase: rebase, settings: settings)
        Terminal.write(
            SPCReport(indicator: snapshot.indicator, analysis: analysis, asOf: asOf).render(
                format, width: Terminal.width))
    }
}
