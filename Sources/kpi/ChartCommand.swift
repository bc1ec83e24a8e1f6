import ArgumentParser
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw an indicator's trend chart (PNG, SVG or PDF) with targets, bands and status marks.",
        discussion: """
        Each quarter's point is coloured and shaped by its own status (▲ red, ◆ amber, ● on target, \
        ○ no target); missing quarters are gaps. The same store and --as-of give byte-identical files.

        Examples:
          kpi chart ICT01                  (writes Charts/ICT01.png)
          kpi chart ICT01 --quarters 12 --out pack/ict01.pdf
          kpi chart SICK01 --scale 2 --as-of 2021-11-10 --title "Sickness rose"
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The last quarter shown (default: the latest with a value).", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("How many quarters to show, 1 to 40.", valueName: "n")) var quarters: Int = 8
    @Option(help: ArgumentHelp("Replace the generated title.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("Width in points (pixels for PNG at scale 1).", valueName: "points")) var width: Double = 800
    @Option(help: ArgumentHelp("Height in points.", valueName: "points")) var height: Double = 400
    @OptionGroup var output: ChartOutputOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        guard (1...ChartSpec.maximumQuarters).contains(quarters) else {
            throw KPIError(.usage, "--quarters: expected a whole number from 1 to \(ChartSpec.maximumQuarters), found \(quarters)")
        }
        let size = Size(width: width, height: height)
        try ChartInput.run(id: id, period: period, size: size, minimum: Size(width: 320, height: 200), store: storeOptions,
                           asOf: asOfOption, output: output, defaultName: id) { input in
            let spec = ChartSpec(snapshot: input.snapshot, lastPeriod: input.period, quarters: quarters, size: size,
                                 title: title, asOfText: input.moment.dateText)
            return ChartLayout.make(spec, measurer: LayoutRenderer.measurer)
        }
    }
}
