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
    @Option(help: ArgumentHelp("The file to write (default: Charts/<id>.<format>; missing directories are created).",
                               valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("Device pixels per point for PNG, e.g. 2 for print quality.", valueName: "n"))
    var scale: Double = 1

    /// The format and path to write, checked before anything is read.
    func resolve(defaultName: String) throws -> (format: OutputFormat, path: String) {
        let format = try resolvedFormat()
        guard scale.isFinite, scale >= 0.25, scale <= 8 else {
            throw KPIError(.usage, "--scale: expected a number from 0.25 to 8, found \(scale)")
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
                throw KPIError(.usage, "--out: expected a file ending in .png, .svg or .pdf (or give --format), found \(quoted(out))")
            }
            return fromPath ?? .png
        }
        guard let chosen = OutputFormat(rawValue: format.lowercased()) else {
            throw KPIError(.usage, "--format: expected png, svg or pdf, found \(quoted(format))")
        }
        if let fromPath, fromPath != chosen, let out {
            throw KPIError(.usage, "--format: expected \(fromPath.rawValue) to match --out \(quoted(out)), found \(chosen.rawValue)")
        }
        return chosen
    }
}

/// What `kpi chart` and `kpi tile` share: checking the size and output options, loading the
/// indicator, then rendering the layout and writing the file.
enum ChartInput {
    /// The indicator's snapshot, the quarter to show, the moment the figures are as of, its
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
    static func run(id: String, period: String?, size: Size, minimum: Size, store: StoreOptions, asOf: AsOfOption,
                    output: ChartOutputOptions, defaultName: String, validate: () throws -> Void = {},
                    layout: (Loaded) throws -> any RenderableLayout) throws {
        try check(size, minimum: minimum)
        try validate()
        let (format, path) = try output.resolve(defaultName: defaultName)
        let loaded = try load(id: id, period: period, store: store, asOf: try asOf.moment())
        try write(layout(loaded), format: format, scale: output.scale, moment: loaded.moment, path: path)
    }

    /// The indicator's snapshot as of `asOf` (or as of its latest record), the period to show,
    /// the moment the figures are as of, its file's path (for messages) and the store's settings.
    static func load(id text: String, period: String?, store storeOptions: StoreOptions, asOf: Timestamp?) throws -> Loaded {
        let id = try Arguments.id(text)
        let requested = try period.map { try Arguments.period($0, "--period") }
        let store = try storeOptions.open()
        let contents = try store.read(.only(id), warn: Terminal.warn)
        let (file, history, snapshot) = try contents.indicator(id, asOf: asOf)
        guard let period = requested ?? ChartSpec.defaultPeriod(for: snapshot) else {
            throw KPIError(.missing, "\(file.path): \(id) has no values or targets\(asOf.map { " as of \($0.dateText)" } ?? ""), so there is no quarter to show; give --period or record values first")
        }
        return Loaded(snapshot: snapshot, period: period, moment: ChartSpec.reproducibleMoment(for: history, asOf: asOf),
                      path: file.path, settings: contents.settings)
    }

    /// Checks `--width`/`--height` against a minimum that still leaves room for the text.
    static func check(_ size: Size, minimum: Size) throws {
        guard size.width.isFinite, size.width >= minimum.width, size.width <= 10_000 else {
            throw KPIError(.usage, "--width: expected a number of points from \(Int(minimum.width)) to 10000, found \(size.width)")
        }
        guard size.height.isFinite, size.height >= minimum.height, size.height <= 10_000 else {
            throw KPIError(.usage, "--height: expected a number of points from \(Int(minimum.height)) to 10000, found \(size.height)")
        }
    }

    /// Renders, writes the file atomically (creating missing directories), then prints the path.
    static func write(_ layout: any RenderableLayout, format: OutputFormat, scale: Double, moment: Timestamp,
                      path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = try LayoutRenderer.render(layout, as: format, scale: scale, date: moment.description)
        } catch {
            throw KPIError(.io, "\(path): cannot render the \(format.rawValue.uppercased()): \(error)")
        }
        let directory = FileSystem.parent(of: path)
        if !directory.isEmpty { try FileSystem.makeDirectories(directory, action: .createOutputDirectory) }
        try FileSystem.replace(path, with: bytes)
        Terminal.write("Wrote \(path)\n")
    }
}
