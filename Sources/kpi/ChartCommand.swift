import ArgumentParser
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPISPC

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw an indicator's trend chart, or with --spc its XmR chart (PNG, SVG or PDF).",
        discussion: """
            The chart shows the indicator's own periods: the last 24 months, 8 quarters or 8 years unless \
            --periods says otherwise (--quarters N still works for a quarterly indicator). Each period's \
            point is coloured and shaped by its own status (▲ red, ◆ amber, ● on target, ○ no target); \
            missing periods are gaps. The same store and --as-of give byte-identical files.

            With --spc: the XmR chart of statistical process control (NHS "Making Data Count", as \
            kpi spc computes it) over the whole history (--periods N for the last N): values, each \
            segment's mean and process limits, the target, every point marked as improvement (■), \
            concern (◆), neutral (▲▼) or common cause (○), and the variation and assurance icons as \
            labelled badges. It writes Charts/<id>-spc.<format> unless --out says otherwise; the SPC \
            options are those of kpi spc.

            Examples:
              kpi chart ICT01                  (writes Charts/ICT01.png)
              kpi chart ICT01 --periods 12 --out pack/ict01.pdf
              kpi chart BEN01 --periods 36      (a monthly indicator: the last 36 months)
              kpi chart SICK01 --scale 2 --as-of 2021-11-10 --title "Sickness rose"
              kpi chart SICK01 --spc --rebase "2020/21 Q1" --format svg
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The last period shown (default: the latest with a value).", valueName: "period"))
    var period: String?
    @Option(
        help: ArgumentHelp(
            "How many periods to show: up to 120 months, 40 quarters or 40 years (default 24 months, 8 quarters or 8 years); with --spc the last N periods, at least 2 (default: the whole history).",
            valueName: "n"))
    var periods: Int?
    @Option(help: ArgumentHelp("For a quarterly indicator, the same as --periods.", valueName: "n")) var quarters: Int?
    @Flag(help: "Draw the XmR chart (statistical process control) instead of the trend chart.") var spc = false
    @OptionGroup(title: "SPC options (with --spc)") var spcOptions: SPCOptions
    @Option(help: ArgumentHelp("Replace the generated title.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("Width in points (pixels for PNG at scale 1).", valueName: "points")) var width: Double =
        800
    @Option(help: ArgumentHelp("Height in points (default 400, 450 with --spc).", valueName: "points")) var height:
        Double?
    @OptionGroup var output: ChartOutputOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        if spc { return try executeSPC() }
        if spcOptions.isUsed {
            throw KPIError.spcOptionsWithoutSPC()
        }
        if periods != nil, quarters != nil {
            throw KPIError.bothGiven("--periods", "--quarters")
        }
        let size = Size(width: width, height: self.height ?? ChartSpec.defaultSize.height)
        try ChartInput.run(
            id: id, period: period, size: size, minimum: Size(width: 320, height: 200),
            store: storeOptions, asOf: asOfOption, output: output, defaultName: id
        ) { input in
            let frequency = input.snapshot.indicator.frequency
            if quarters != nil, frequency != .quarterly {
                throw KPIError.quartersForNonQuarterly(frequency, input.snapshot.indicator.id)
            }
            let count = periods ?? quarters ?? ChartSpec.defaultPeriods(for: frequency)
            let maximum = ChartSpec.maximumPeriods(for: frequency)
            guard (1...maximum).contains(count) else {
                throw KPIError.chartPeriods(periods != nil ? "--periods" : "--quarters", maximum: maximum, found: count)
            }
            let spec = ChartSpec(
                snapshot: input.snapshot, lastPeriod: input.period, periods: count, size: size,
                title: title, asOfText: input.moment.dateText)
            return ChartLayout.make(spec, measurer: LayoutRenderer.measurer)
        }
    }

    /// `kpi chart ID --spc`: the XmR chart, checked as `kpi spc` checks its input.
    func executeSPC() throws {
        if quarters != nil { throw KPIError.quartersWithSPC() }
        if let periods, periods < SPCAnalysis.minimumPoints {
            throw KPIError.spcPeriods(minimum: SPCAnalysis.minimumPoints, found: periods)
        }
        let size = Size(width: width, height: self.height ?? SPCChartSpec.defaultSize.height)
        try ChartInput.run(
            id: id, period: period, size: size, minimum: SPCChartSpec.minimumSize, store: storeOptions,
            asOf: asOfOption, output: output, defaultName: "\(id)-spc",
            validate: {
                _ = try spcOptions.settings(over: .standard)  // out-of-range options fail before the store is read
            }
        ) { input in
            // Rebase periods are read with the store's year start, and must be of the indicator's frequency.
            let rebase = try spcOptions.rebasePeriods(in: input.settings.financialYear, for: input.snapshot.indicator)
            let from = periods.flatMap { input.period.advanced(by: -($0 - 1)) }
            let analysis = try SPCOptions.analyse(
                input.snapshot, path: input.path, from: from, to: input.period,
                rebase: rebase, settings: try spcOptions.settings(over: input.settings.spc))
            let spec = SPCChartSpec(
                snapshot: input.snapshot, analysis: analysis, size: size, title: title,
                asOfText: input.moment.dateText)
            return SPCChartLayout.make(spec, measurer: LayoutRenderer.measurer)
        }
    }
}
