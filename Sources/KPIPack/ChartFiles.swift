import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel

/// Turns chart and tile layouts into PNG, SVG or PDF bytes through Cairo, and writes them to
/// disk atomically.
///
/// The only place where KPICharts' layouts meet KPICairo. Output is reproducible: the date in
/// a PDF is the as-of moment (never the wall clock), SVG ids are renumbered by KPICairo, and
/// nothing else varies between runs.
public enum ChartFiles {
    /// The text measurer whose numbers match what Cairo draws; layouts for files use it.
    public static var measurer: any TextMeasurer { CairoTextMeasurer.shared }

    /// The producer written into PDF metadata.
    public static let creator = "kpi"

    /// Renders `layout` as `format`. `scale` applies to PNG only (2 for print quality).
    ///
    /// `date` becomes the PDF's creation date. Cairo failures become an I/O `KPIError`.
    public static func render(_ layout: any RenderableLayout, format: OutputFormat, scale: Double = 1,
                              date: Timestamp) throws -> [UInt8] {
        let size = layout.size
        do {
            switch format {
            case .png:
                return try CairoRenderer.renderPNG(width: size.width, height: size.height, scale: scale) { layout.draw(on: $0) }
            case .svg:
                return try CairoRenderer.renderSVG(width: size.width, height: size.height, title: layout.accessibleTitle,
                                                   description: layout.accessibleDescription) { layout.draw(on: $0) }
            case .pdf:
                let metadata = PDFMetadata(creationDate: date.description, title: layout.accessibleTitle,
                                           subject: layout.accessibleDescription, creator: creator)
                return try CairoRenderer.renderPDF(width: size.width, height: size.height, metadata: metadata) { layout.draw(on: $0) }
            }
        } catch let error as CairoError {
            throw KPIError(.io, "rendering \(format.rawValue): \(error)")
        }
    }

    /// The moment a chart is "as of" when no `--as-of` is given: the latest time anything was
    /// recorded for the indicator, so the same store always gives the same file.
    public static func reproducibleMoment(for history: IndicatorHistory, asOf: Timestamp?) -> Timestamp {
        if let asOf { return asOf }
        let times = history.observations.map(\.recordedAt) + history.targetChanges.map(\.recordedAt)
        return times.max().map { max($0, history.indicator.definedAt) } ?? history.indicator.definedAt
    }

    /// Writes `bytes` to `path`: creates missing directories, writes a temporary file beside it,
    /// syncs it and renames it into place, so a reader never sees half a chart.
    ///
    /// Failures to create the directory or file are `cannotCreate` (exit 73), naming the path.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let (directory, name) = split(path)
        if !directory.isEmpty { try makeDirectories(directory) }
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot create the file") }
        guard writeAll(fd, bytes) else {
            let error = failure(path, "cannot write the file", kind: .io)
            close(fd)
            unlink(temporary)
            throw error
        }
        _ = fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot create the file")
            unlink(temporary)
            throw error
        }
    }

    /// Writes all of `bytes` to `fd`, retrying short and interrupted writes. False, with `errno`
    /// set, when a write fails; the caller names the file in its error.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// A path's directory and last component: ("Charts/x", "a.png"), ("", "a.png"), ("/", "tmp").
    ///
    /// Done by hand: `NSString.deletingLastPathComponent` traps on a one-component relative
    /// path in this Foundation ("s" crashed `kpi chart --out s/x.svg`).
    static func split(_ path: String) -> (directory: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", String(trimmed)) }
        let directory = trimmed[..<slash]
        return (directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// `mkdir -p`: creates `directory` and its missing parents.
    static func makeDirectories(_ directory: String) throws {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw KPIError(.cannotCreate, "\(directory): cannot create the output directory: a file of that name exists")
            }
            return
        }
        let parent = split(directory).directory
        if !parent.isEmpty, parent != directory { try makeDirectories(parent) }
        if mkdir(directory, 0o755) != 0, errno != EEXIST {
            throw failure(directory, "cannot create the output directory")
        }
    }

    private static func failure(_ path: String, _ what: String, kind: KPIError.Kind = .cannotCreate) -> KPIError {
        let code = errno
        let detail = String(cString: strerror(code))
        if code == ENOSPC { return KPIError(.io, "\(path): \(what): the disk is full (\(detail))") }
        return KPIError(kind, "\(path): \(what): \(detail)")
    }
}
