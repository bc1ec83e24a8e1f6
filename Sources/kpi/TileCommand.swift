import ArgumentParser
import KPICharts
import KPIDrawing
import KPIModel
import KPIPack

struct TileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tile",
        abstract: "Draw an indicator's red/amber/green tile (PNG, SVG or PDF) for one quarter.",
        discussion: """
        The tile shows the title, period, value, status (colour, shape and word), target, the two \
        directions of travel and a sparkline of the last 8 quarters.

        Examples:
          kpi tile ICT01                   (writes Charts/ICT01-tile.png)
          kpi tile ICT01 --period "2021/22 Q2" --format svg --as-of 2021-11-10
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The quarter shown (default: the latest with a value).", valueName: "period"))
    var period: String?
    @Option(help: ArgumentHelp("Width in points (pixels for PNG at scale 1).", valueName: "points")) var width: Double = 320
    @Option(help: ArgumentHelp("Height in points.", valueName: "points")) var height: Double = 180
    @OptionGroup var output: ChartOutputOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        try ChartInput.size(width: width, height: height, minimum: (240, 150))
        let (format, path) = try output.resolve(defaultName: "\(id)-tile")
        let asOf = try asOfOption.moment()
        let input = try ChartInput.load(id: id, period: period, store: storeOptions, asOf: asOf)
        let spec = TileSpec(snapshot: input.snapshot, period: input.period, size: Size(width: width, height: height))
        let layout = TileLayout.make(spec, measurer: ChartFiles.measurer)
        try ChartInput.write(layout, format: format, scale: output.scale, moment: input.moment, path: path)
    }
}
