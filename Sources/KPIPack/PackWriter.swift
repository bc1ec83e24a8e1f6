import Dispatch
import KPICairo
import KPICharts
import KPIDrawing
import KPIFiles
import KPIModel
import KPIReport
import KPISPC
import KPIStatus
import Synchronization

/// Writes a committee pack into a directory, all or nothing.
///
/// Steps: 1. render every indicator's chart and tile (PNG and SVG) in parallel on `jobs`
/// workers; 2. lay out and write `pack.pdf`; 3. the tile sheets, the summary files, the
/// actions' files (when the store has actions) and the web page; 4. `manifest.json` with every
/// file's SHA-256; 5. sync the tree and swap it into place
/// (``FileSystem/replaceDirectory(_:with:action:)``). Everything is written into a hidden working
/// directory beside the destination, so a failed or killed run never leaves a half pack where
/// the last good one was.
public enum PackWriter {
    /// What was written, for the command's closing line.
    public struct Result: Sendable {
        public var directory: String
        public var files: Int
        public var pages: Int
        public var indicators: Int
    }

    /// What is kept of one indicator's pictures once their files are written: the tile for the
    /// tile sheet, and what the web page says of each chart beside its PNG (which the page reads
    /// back from the file, so no chart's bytes are held for the whole pack).
    struct Pictures: Sendable {
        var chart: ChartFile
        /// The tile at its default size, reused for the tile sheet.
        var tile: TileLayout
        /// The XmR chart, for an indicator with enough points for SPC.
        var spcChart: ChartFile?
    }

    /// A chart written to `path` (relative to the pack), its size and its text alternative.
    struct ChartFile: Sendable {
        var path: String
        var width: Int
        var height: Int
        var alternativeText: String

        init(path: String, size: Size, alternativeText: String) {
            self.path = path
            (width, height) = (Int(size.width), Int(size.height))
            self.alternativeText = alternativeText
        }

        /// The chart for the web page, its PNG read back from the pack being written.
        func chart(in files: PackFiles) throws -> PackHTML.Chart {
            PackHTML.Chart(
                png: try FileSystem.read(files.root + "/" + path), width: width, height: height,
                alternativeText: alternativeText)
        }
    }

    public static func write(
        _ content: PackContent, to directory: String, storeHash: String, jobs: Int,
        progress: @Sendable (String) -> Void = { _ in }
    ) throws -> Result {
        let measurer = LayoutRenderer.measurer
        let date = content.asOf.description
        let parent = FileSystem.parent(of: directory)
        if !parent.isEmpty { try FileSystem.makeDirectories(parent, action: .createOutputDirectory) }
        FileSystem.removeTemporaries(of: directory)
        let temporary = try FileSystem.makeWorkingDirectory(for: directory, action: .createOutputDirectory)
        let files = PackFiles(root: temporary)
        do {
            let pictures = try renderIndicators(
                content, files: files, jobs: jobs, measurer: measurer, progress: progress)
            CrashPoint.packRendered.reached()

            progress("Laying out pack.pdf")
            let pages = try writePDF(content, files: files, measurer: measurer)

            progress("Writing the tile sheets, summaries and web page")
            if !content.assessments.isEmpty {
                let tiles = content.assessments.map { pictures[$0.indicator.id]!.tile }
                for sheet in TileSheet.make(content, tiles: tiles, measurer: measurer) {
                    try files.write(sheet.fileName, try LayoutRenderer.render(sheet.layout, as: .png, date: date))
                }
                let report = StatusReport(
                    rows: content.assessments, period: content.period,
                    financialYear: content.financialYear, asOf: content.asOf)
                try files.write("summary.csv", Array(report.csv().utf8))
                try files.write("summary.md", Array(report.markdown().utf8))
            }
            if !content.actions.isEmpty {
                let actions = ActionsReport(
                    rows: content.actions, period: content.period, financialYear: content.financialYear,
                    asOf: content.asOf)
                try files.write("actions.csv", Array(actions.csv().utf8))
                try files.write("actions.md", Array(actions.markdown().utf8))
            }
            try files.write("index.html") { append in
                try PackHTML.write(
                    content, chart: { try pictures[$0]?.chart.chart(in: files) },
                    spcChart: { try pictures[$0]?.spcChart?.chart(in: files) },
                    to: { try append(Array($0.utf8)) })
            }
            try files.write(
                "manifest.json", Array(PackManifest.json(content, storeHash: storeHash, files: files.written).utf8))
            try FileSystem.syncTree(temporary)
            try FileSystem.replaceDirectory(
                directory, with: temporary,
                action: FileAction("cannot move the finished pack into place", creates: true))
            return Result(
                directory: directory, files: files.written.count, pages: pages, indicators: content.assessments.count)
        } catch let error as KPIError {
            FileSystem.removeTree(temporary)
            throw error.previousPackUntouched
        } catch {
            FileSystem.removeTree(temporary)
            throw error
        }
    }

    /// Lays out and writes `pack.pdf`; returns its number of pages. The pages' layouts are let
    /// go once drawn.
    static func writePDF(_ content: PackContent, files: PackFiles, measurer: any TextMeasurer) throws -> Int {
        let pack = PackPages.make(content, measurer: measurer)
        let metadata = PDFMetadata(
            creationDate: content.asOf.description, title: "\(content.title) – \(content.period)",
            subject: content.committee, creator: LayoutRenderer.creator,
            language: "en-GB", displaysTitle: true)
        let document = try PDFDocument(pageSize: PageComposer.pageSize, metadata: metadata)
        for page in pack.pages { try document.addPage { page.draw(on: $0) } }
        try document.addOutline(pack.outline)
        try files.write("pack.pdf", try document.finish())
        return pack.pages.count
    }

    /// Renders each indicator's chart and tile as PNG and SVG, `jobs` at a time.
    static func renderIndicators(
        _ content: PackContent, files: PackFiles, jobs: Int, measurer: any TextMeasurer,
        progress: @Sendable (String) -> Void
    ) throws -> [IndicatorID: Pictures] {
        let assessments = content.assessments
        let state = Mutex((next: 0, done: 0, results: [IndicatorID: Pictures](), error: KPIError?.none))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, assessments.count))) { _ in
            while true {
                let index: Int? = state.withLock { state in
                    guard state.error == nil, state.next < assessments.count else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let assessment = assessments[index]
                do {
                    let pictures = try renderIndicator(
                        content.series[index], spc: content.spc[index], content, files: files,
                        measurer: measurer)
                    let done = state.withLock { state in
                        state.results[assessment.indicator.id] = pictures
                        state.done += 1
                        return state.done
                    }
                    progress("Rendered \(done) of \(assessments.count): \(assessment.indicator.id)")
                } catch {
                    let failure = error as? KPIError ?? .renderingFailed(assessment.indicator.id, error)
                    state.withLock { state in if state.error == nil { state.error = failure } }
                }
            }
        }
        return try state.withLock { state in
            if let error = state.error { throw error }
            return state.results
        }
    }

    static func renderIndicator(
        _ series: JudgedSeries, spc: SPCAnalysis?, _ content: PackContent, files: PackFiles,
        measurer: any TextMeasurer
    ) throws -> Pictures {
        let id = series.indicator.id.rawValue
        let chart = ChartLayout.make(ChartSpec(series: series, asOfText: content.asOf.dateText), measurer: measurer)
        let tile = TileLayout.make(TileSpec(series: series, spc: spc), measurer: measurer)
        let date = content.asOf.description
        var spcChart: ChartFile?
        if let spc {
            let layout = SPCChartLayout.make(
                SPCChartSpec(snapshot: series.snapshot, analysis: spc, asOfText: content.asOf.dateText),
                measurer: measurer)
            try files.write("charts/\(id)-spc.png", try LayoutRenderer.render(layout, as: .png, date: date))
            try files.write("charts/\(id)-spc.svg", try LayoutRenderer.render(layout, as: .svg, date: date))
            spcChart = ChartFile(
                path: "charts/\(id)-spc.png", size: layout.size, alternativeText: layout.accessibleDescription)
        }
        try files.write("charts/\(id).png", try LayoutRenderer.render(chart, as: .png, date: date))
        try files.write("charts/\(id).svg", try LayoutRenderer.render(chart, as: .svg, date: date))
        try files.write("tiles/\(id).png", try LayoutRenderer.render(tile, as: .png, date: date))
        try files.write("tiles/\(id).svg", try LayoutRenderer.render(tile, as: .svg, date: date))
        return Pictures(
            chart: ChartFile(path: "charts/\(id).png", size: chart.size, alternativeText: chart.accessibleDescription),
            tile: tile, spcChart: spcChart)
    }
}
