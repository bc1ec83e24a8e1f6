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
        Each quarter's point is coloured and shaped by its own status (▲ red, ◆ amber, ● on target, \
        ○ no target); missing quarters are gaps. The same store and --as-of give byte-identical files.

        With --spc: the XmR chart of statistical process control (NHS "Making Data Count", as \
        kpi spc computes it) over the whole history (--periods N for the last N): values, each \
        segment's mean and process limits, the target, every point marked as improvement (■), \
        concern (◆), neutral (▲▼) or common cause (○), and the variation and assurance icons as \
        labelled badges. It writes Charts/<id>-spc.<format> unless --out says otherwise; the SPC \
        options are those of kpi spc.

        Examples:
          kpi chart ICT01                  (writes Charts/ICT01.png)
          kpi chart ICT01 --quarters 12 --out pack/ict01.pdf
          kpi chart SICK01 --scale 2 --as-of 2021-11-10 --title "Sickness rose"
          kpi chart SICK01 --spc --rebase "2020/21 Q1" --format svg
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The last quarter shown (default: the latest with a value).", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("How many quarters to show, 1 to 40 (default 8).", valueName: "n")) var quarters: Int?
    @Flag(help: "Draw the XmR chart (statistical process control) instead of the trend chart.") var spc = false
    @Option(help: ArgumentHelp("With --spc: the last N periods, at least 2 (default: the whole history).", valueName: "n"))
    var periods: Int?
    @OptionGroup(title: "SPC options (with --spc)") var spcOptions: SPCOptions
    @Option(help: ArgumentHelp("Replace the generated title.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("Width in points (pixels for PNG at scale 1).", valueName: "points")) var width: Double = 800
    @Option(help: ArgumentHelp("Height in points (default 400, 450 with --spc).", valueName: "points")) var height: Double?
    @OptionGroup var output: ChartOutputOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        if spc { return try executeSPC() }
        if periods != nil || spcOptions.isUsed {
            throw KPIError(.usage, "--periods, --rebase, --shift, --trend, --fix-after, --[no-]screen-outliers: expected only with --spc")
        }
        let quarters = self.quarters ?? 8
        guard (1...ChartSpec.maximumQuarters).contains(quarters) else {
            throw KPIError(.usage, "--quarters: expected a whole number from 1 to \(ChartSpec.maximumQuarters), found \(quarters)")
        }
        let size = Size(width: width, height: self.height ?? ChartSpec.defaultSize.height)
        try ChartInput.run(id: id, period: period, size: size, minimum: Size(width: 320, height: 200),
                           store: storeOptions, asOf: asOfOption, output: output, defaultName: id) { input in
            let spec = ChartSpec(snapshot: input.snapshot, lastPeriod: input.period, quarters: quarters, size: size,
                                 title: title, asOfText: input.moment.dateText)
            return ChartLayout.make(spec, measurer: LayoutRenderer.measurer)
        }
    }

    /// `kpi chart ID --spc`: the XmR chart, checked as `kpi spc` checks its input.
    func executeSPC() throws {
        if quarters != nil { throw KPIError(.usage, "--quarters: expected --periods with --spc") }
        if let periods, periods < SPCAnalysis.minimumPoints {
            throw KPIError(.usage, "--periods: expected a whole number of \(SPCAnalysis.minimumPoints) or more, found \(periods)")
        }
        let size = Size(width: width, height: self.height ?? SPCChartSpec.defaultSize.height)
        var rebase: [Period] = []
        try ChartInput.run(id: id, period: period, size: size, minimum: SPCChartSpec.minimumSize, store: storeOptions,
                           asOf: asOfOption, output: output, defaultName: "\(id)-spc", validate: {
            _ = try spcOptions.settings(over: .standard)   // out-of-range options fail before the store is read
            rebase = try spcOptions.rebasePeriods()
        }) { input in
            let from = periods.flatMap { input.period.advanced(by: -($0 - 1)) }
            let analysis = try SPCOptions.analyse(input.snapshot, path: input.path, from: from, to: input.period,
                                                  rebase: rebase, settings: try spcOptions.settings(over: input.settings.spc))
            let spec = SPCChartSpec(snapshot: input.snapshot, analysis: analysis, size: size, title: title,
                                    asOfText: input.moment.dateText)
            return SPCChartLayout.make(spec, measurer: LayoutRenderer.measurer)
        }
    }
}
