import ArgumentParser
import FoundationEssentials
import KPIModel
import KPIPack
import KPIStore

#if canImport(Glibc)
    import Glibc
#endif

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Render the committee pack: PDF, accessible web page, charts, tiles and summaries.",
        discussion: """
            Writes Charts/<period>/ (e.g. Charts/2021-22-Q2/, or Charts/2021-09/ for a month's pack): \
            pack.pdf, index.html, charts/ and tiles/ (PNG and SVG), tiles.png (100 tiles to a sheet: \
            tiles-2.png and so on for more), summary.csv, summary.md and manifest.json. The pack is built in a \
            temporary directory and swapped into place, so a failed run leaves the previous pack as it \
            was. The same store and --as-of give byte-identical files.

            A quarter's pack shows monthly indicators at their latest month in the quarter and annual \
            ones at their latest year ended; a month's pack ("Sep 2021") shows monthly indicators only.

            Examples:
              kpi pack
              kpi pack "2021/22 Q2" --committee "Finance and Resources Overview & Scrutiny Committee"
              kpi pack "Sep 2021"          (a monthly pack in Charts/2021-09/)
              kpi pack --as-of 2021-12-01 --out audit/october-pack --only ICT01,HR01
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The quarter, or a month for a monthly pack (default: the latest quarter with any value).")
    var period: String?
    @Option(help: ArgumentHelp("The pack directory (default: Charts/<period>).", valueName: "dir")) var out: String?
    @OptionGroup var asOfOption: AsOfOption
    @Option(help: ArgumentHelp("The pack's title.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("The committee it goes to.", valueName: "text")) var committee: String?
    @Option(help: ArgumentHelp("Only these indicators, comma-separated.", valueName: "ids")) var only: String?
    @Option(help: ArgumentHelp("Indicators rendered at once (default: the number of cores).", valueName: "n")) var jobs:
        Int?

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let started = Date()
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        guard (1...256).contains(jobs) else {
            throw KPIError.jobsOutOfRange(jobs)
        }
        let only = try self.only.map { list in
            try list.split(separator: ",").map { item in
                let text = item.trimmingBlanks()
                return try located(.option("--only")) { () throws(FieldError) in try IndicatorID(text) }
            }
        }
        let asOf = try asOfOption.moment()
        let store = try storeOptions.open()
        let contents = try store.read(hashing: true, warn: Terminal.warn)
        let period = try self.period.map {
            try Arguments.period($0, .argument("PERIOD"), in: contents.settings.financialYear)
        }
        let snapshots = try contents.snapshots(asOf: asOf)
        let content = try PackContent(
            snapshots: snapshots, actions: try contents.actions(asOf: asOf),
            actionRules: contents.settings.actionRules, period: period, asOf: asOf, title: title,
            committee: committee, only: only, financialYear: contents.settings.financialYear,
            spcSettings: contents.settings.spc, storeName: store.directory)
        let directory = out ?? "Charts/\(content.period.fileSafeName)"
        let showProgress = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
        let result = try PackWriter.write(content, to: directory, storeHash: contents.contentHash!, jobs: jobs) {
            message in
            if showProgress { Terminal.progress("\r\u{1B}[2K\(message)") }
        }
        if showProgress { Terminal.progress("\r\u{1B}[2K") }
        let counts = content.counts.filter { $0.count > 0 }.map { "\($0.count) \($0.status.word.lowercased())" }.joined(
            separator: ", ")
        let actionCounts = content.actionCounts.filter { $0.count > 0 }.map {
            "\($0.count) \($0.status.word.lowercased())"
        }.joined(separator: ", ")
        var parts = [
            "\(result.indicators) indicator\(result.indicators == 1 ? "" : "s")"
                + (counts.isEmpty ? "" : " (\(counts))")
        ]
        if !content.actions.isEmpty {
            parts.append("\(content.actions.count) actions (\(actionCounts); \(content.overdueCount) overdue)")
        }
        let seconds = Date().timeIntervalSince(started)
        Terminal.write(
            "Wrote \(result.directory)/: \(parts.joined(separator: ", ")), \(result.pages) PDF pages, \(result.files) files in \(Self.twoDecimals(seconds)) s\n"
        )
    }

    /// Seconds with two decimals, "3.07", as `printf("%.2f")` would write a duration.
    static func twoDecimals(_ seconds: Double) -> String {
        let hundredths = Int((max(seconds, 0) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
