import ArgumentParser
import KPICairo
import KPICharts
import KPIDrawing
import KPIFiles
import KPIModel
import KPIStore

/// `--format`, `--out` and `--scale`, shared by `kpi chart` and `kpi tile`.
struct ChartOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("png, svg or pdf (default: from --out's extension, else png).", valueName: "format"))
    var format: String?
    @Option(
        help: ArgumentHelp(
            "The file to write (default: Charts/<id>.<format>; missing directories are created).",
            valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("Device pixels per point for PNG, e.g. 2 for print quality.", valueName: "n"))
    var scale: Double = 1

    /// The format and path to write, checked before anything is read.
    func resolve(defaultName: String) throws -> (format: OutputFormat, path: String) {
        let format = try resolvedFormat()
        guard scale.isFinite, scale >= 0.25, scale <= 8 else {
            throw KPIError.scaleOutOfRange(scale)
        }
        return (format, out ?? "Charts/\(defaultName).\(format.rawValue)")
    }

    /// The format from `--format` and `--out`: the option when given, else the extension, else PNG.
    ///
    /// A format that contradicts the extension is refused rather than writing a PNG named `.svg`.
    func resolvedFormat() throws -> OutputFormat {
        let fromPath = out.flatMap { OutputFormat(path: $0) }
        guard let format else {
            if let out, fromPath == nil {
                throw KPIError.unknownOutputExtension(out)
            }
            return fromPath ?? .png
        }
        guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
            throw KPIError.unknownChartFormat(format)
        }
        if let fromPath, fromPath != chosen, let out {
            throw KPIError.formatDisagreesWithOut(fromPath.rawValue, out: out, found: chosen.rawValue)
        }
        return chosen
    }
}

/// What `kpi chart` and `kpi tile` share: checking the size and output options, loading the
/// indicator, then rendering the layout and writing the file.
enum ChartInput {
    /// The indicator's snapshot, the period to show, the moment the figures are as of, its
    /// file's path (for messages) and the store's settings.
    struct Loaded {
        var snapshot: IndicatorSnapshot
        var period: Period
        var moment: Timestamp
        var path: String
        var settings: StoreSettings
    }

    /// Runs a chart-like command: `--width`/`--height` against `minimum`, the command's own
    /// `validate` checks, the output options, `--as-of`, then the indicator; `layout` makes the
    /// picture from what was loaded. Every check on the command line comes before the store is read.
    static func run(
        id: String, period: String?, size: Size, minimum: Size, store: StoreOptions, asOf: AsOfOption,
        output: ChartOutputOptions, defaultName: String, validate: () throws -> Void = {},
        layout: (Loaded) throws -> any RenderableLayout
    ) throws {
        try check(size, minimum: minimum)
        try validate()
        let (format, path) = try output.resolve(defaultName: defaultName)
        let loaded = try load(id: id, period: period, store: store, asOf: try asOf.moment())
        try write(layout(loaded), format: format, scale: output.scale, moment: loaded.moment, path: path)
    }

    /// The indicator's snapshot as of `asOf` (or as of its latest record), the period to show,
    /// the moment the figures are as of, its file's path (for messages) and the store's settings.
    ///
    /// `--period` may be of another frequency when a report would show the indicator for it (a
    /// quarter for a monthly indicator shows its latest month in the quarter); otherwise it is
    /// refused, listing the spellings of the indicator's own periods.
    static func load(id text: String, period: String?, store storeOptions: StoreOptions, asOf: Timestamp?) throws
        -> Loaded
    {
        let id = try Arguments.id(text)
        let store = try storeOptions.open()
        let contents = try store.read(.only(id), warn: Terminal.warn)
        let (file, history, snapshot) = try contents.indicator(id, asOf: asOf)
        let financialYear = contents.settings.financialYear
        let requested = try period.map { text -> Period in
            let period = try Arguments.period(text, .option("--period"), in: financialYear)
            guard let shown = snapshot.reportedPeriod(for: period, in: financialYear) else {
                try located(.option("--period")) { () throws(FieldError) in try snapshot.indicator.validate(period) }
                return period
            }
            return shown
        }
        guard let period = requested ?? ChartSpec.defaultPeriod(for: snapshot) else {
            throw KPIError.noPeriodToChart(id, path: file.path, asOf: asOf)
        }
        return Loaded(
            snapshot: snapshot, period: period, moment: ChartSpec.reproducibleMoment(for: history, asOf: asOf),
            path: file.path, settings: contents.settings)
    }

    /// Checks `--width`/`--height` against a minimum that still leaves room for the text.
    static func check(_ size: Size, minimum: Size) throws {
        guard size.width.isFinite, size.width >= minimum.width, size.width <= 10_000 else {
            throw KPIError.sizeOutOfRange("--width", minimum: minimum.width, found: size.width)
        }
        guard size.height.isFinite, size.height >= minimum.height, size.height <= 10_000 else {
            throw KPIError.sizeOutOfRange("--height", minimum: minimum.height, found: size.height)
        }
    }

    /// Renders, writes the file atomically (creating missing directories), then prints the path.
    static func write(
        _ layout: any RenderableLayout, format: OutputFormat, scale: Double, moment: Timestamp,
        path: String
    ) throws {
        let bytes: [UInt8]
        do {
            bytes = try LayoutRenderer.render(layout, as: format, scale: scale, date: moment.description)
        } catch {
            throw KPIError.renderFailed(path, format: format.rawValue.uppercased(), error)
        }
        let directory = FileSystem.parent(of: path)
        if !directory.isEmpty { try FileSystem.makeDirectories(directory, action: .createOutputDirectory) }
        try FileSystem.replace(path, with: bytes)
        Terminal.write("Wrote \(path)\n")
    }
}
