import ArgumentParser
import KPICharts
import KPIModel
import KPIPack
import KPIStore

/// `--format`, `--out` and `--scale`, shared by `kpi chart` and `kpi tile`.
struct ChartOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("png, svg or pdf (default: from --out's extension, else png).", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("The file to write (default: Charts/<id>.<format>; missing directories are created).",
                               valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("Device pixels per point for PNG, e.g. 2 for print quality.", valueName: "n"))
    var scale: Double = 1

    /// The format and path to write, checked before anything is read.
    func resolve(defaultName: String) throws -> (format: OutputFormat, path: String) {
        let format = try OutputFormat.resolve(format: self.format, out: out)
        guard scale.isFinite, scale >= 0.25, scale <= 8 else {
            throw KPIError(.usage, "--scale: expected a number from 0.25 to 8, found \(scale)")
        }
        return (format, out ?? "Charts/\(defaultName).\(format.rawValue)")
    }
}

/// Loading the indicator a chart or tile shows, shared by `kpi chart` and `kpi tile`.
enum ChartInput {
    /// The indicator's snapshot as of `asOf` (or as of its latest record), the period to show,
    /// the moment the figures are as of, its file's path (for messages) and the store's settings.
    static func load(id text: String, period: String?, store storeOptions: StoreOptions, asOf: Timestamp?) throws
        -> (snapshot: IndicatorSnapshot, period: Period, moment: Timestamp, path: String, settings: StoreSettings) {
        let id = try Arguments.id(text)
        let requested = try period.map { try Arguments.period($0, "--period") }
        let store = try storeOptions.open()
        let contents = try store.read(.only(id), warn: Terminal.warn)
        let (file, history, snapshot) = try contents.indicator(id, asOf: asOf)
        guard let period = requested ?? ChartSpec.defaultPeriod(for: snapshot) else {
            throw KPIError(.missing, "\(file.path): \(id) has no values or targets\(asOf.map { " as of \($0.dateText)" } ?? ""), so there is no quarter to show; give --period or record values first")
        }
        return (snapshot, period, ChartFiles.reproducibleMoment(for: history, asOf: asOf), file.path, contents.settings)
    }

    /// Checks `--width`/`--height` against a minimum that still leaves room for the text.
    static func size(width: Double, height: Double, minimum: (Double, Double)) throws {
        guard width.isFinite, width >= minimum.0, width <= 10_000 else {
            throw KPIError(.usage, "--width: expected a number of points from \(Int(minimum.0)) to 10000, found \(width)")
        }
        guard height.isFinite, height >= minimum.1, height <= 10_000 else {
            throw KPIError(.usage, "--height: expected a number of points from \(Int(minimum.1)) to 10000, found \(height)")
        }
    }

    /// Renders and writes, then prints the path.
    static func write(_ layout: any RenderableLayout, format: OutputFormat, scale: Double, moment: Timestamp,
                      path: String) throws {
        let bytes = try ChartFiles.render(layout, format: format, scale: scale, date: moment)
        try ChartFiles.write(bytes, to: path)
        Terminal.write("Wrote \(path)\n")
    }
}
