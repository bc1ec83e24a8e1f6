import ArgumentParser
import KPICairo
import KPICharts
import KPIDrawing

struct TileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tile",
        abstract: "Draw an indicator's red/amber/green tile (PNG, SVG or PDF) for one period.",
        discussion: """
            The tile shows the title, period, value, status (colour, shape and word), target, the two \
            directions of travel and a sparkline of the last 8 quarters (12 months, 8 years).

            Examples:
              kpi tile ICT01                   (writes Charts/ICT01-tile.png)
              kpi tile ICT01 --period "2021/22 Q2" --format svg --as-of 2021-11-10
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The period shown (default: the latest with a value).", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("Width in points (pixels for PNG at scale 1).", valueName: "points")) var width: Double =
        320
    @Option(help: ArgumentHelp("Height in points.", valueName: "points")) var height: Double = 180
    @OptionGroup var output: ChartOutputOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let size = Size(width: width, height: height)
        try ChartInput.run(
            id: id, period: period, size: size, minimum: Size(width: 240, height: 150),
            store: storeOptions, asOf: asOfOption, output: output, defaultName: "\(id)-tile"
        ) { input in
            TileLayout.make(
                TileSpec(snapshot: input.snapshot, period: input.period, size: size),
                measurer: LayoutRenderer.measurer)
        }
    }
}
