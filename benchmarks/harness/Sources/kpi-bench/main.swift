// kpi-bench: in-process timings for benchmarks/run.py.
//
//   kpi-bench dump STORE ID DIR     writes chart.cmd, tile.cmd (for the C peer) and data.json
//   kpi-bench serve STORE ID        answers timing requests on stdin, one per line:
//     run KIND FORMAT N             KIND chart|tile; FORMAT png (kpi's PNG), png-cairo (Cairo's
//                                   writer), png2 (scale 2), png2-cairo (scale 2, Cairo's writer),
//                                   pixels (layout and drawing only),
//                                   layout (layout only), svg, pdf
//     encode KIND SCALE ENCODER N   encoding only; ENCODER cairo or LEVEL-STRATEGY-FILTERS,
//                                   e.g. 1-rle-up (strategies default rle filtered huffman,
//                                   filters none sub up avg paeth all, joined with +)
//     status DIR N                  open the store, load every indicator, build the status table
//     save KIND FORMAT PATH         writes one output, for the sizes and a look
//     quit
//   Each timing reply is `ok BYTES NS1 NS2 ...`: the output size and each iteration's
//   CLOCK_MONOTONIC nanoseconds. Errors are `error MESSAGE`.
import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIPack
import KPIReport
import KPIStore

func nanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One iteration of a chart or tile in `format`: layout, drawing and encoding, as `kpi chart` does
/// in-process (without loading the store or writing the file).
func render(_ fixture: Fixture, _ kind: Fixture.Kind, _ format: String) throws -> [UInt8] {
    let layout = fixture.layout(kind)
    let size = layout.size
    switch format {
    case "png": return try ChartFiles.render(layout, format: .png, date: fixture.moment)
    case "png2": return try ChartFiles.render(layout, format: .png, scale: 2, date: fixture.moment)
    case "svg": return try ChartFiles.render(layout, format: .svg, date: fixture.moment)
    case "pdf": return try ChartFiles.render(layout, format: .pdf, date: fixture.moment)
    case "png-cairo":
        return try CairoRenderer.renderPNG(width: size.width, height: size.height, encoder: .cairo) { layout.draw(on: $0) }
    case "png2-cairo":
        return try CairoRenderer.renderPNG(width: size.width, height: size.height, scale: 2, encoder: .cairo) { layout.draw(on: $0) }
    case "pixels":
        let image = try CairoRenderer.renderImage(width: size.width, height: size.height) { layout.draw(on: $0) }
        return [UInt8(truncatingIfNeeded: image.pixels.count)]
    case "layout":
        return [UInt8(truncatingIfNeeded: Int(size.width))]
    default: throw Failure("unknown format \(format)")
    }
}

func encoder(_ text: String) throws -> PNGEncoder {
    if text == "cairo" { return .cairo }
    if text.hasPrefix("deflate-"), let level = Int(text.dropFirst("deflate-".count)) { return .libdeflate(level: level) }
    let parts = text.split(separator: "-").map(String.init)
    guard parts.count == 3, let level = Int(parts[0]) else { throw Failure("bad encoder \(text)") }
    let strategies: [String: PNGEncoder.Strategy] = ["default": .default, "rle": .rle, "filtered": .filtered, "huffman": .huffmanOnly]
    let filterNames: [String: PNGEncoder.Filters] = ["none": .none, "sub": .sub, "up": .up, "avg": .average, "paeth": .paeth, "all": .all]
    guard let strategy = strategies[parts[1]] else { throw Failure("bad strategy \(parts[1])") }
    var filters: PNGEncoder.Filters = []
    for name in parts[2].split(separator: "+") {
        guard let f = filterNames[String(name)] else { throw Failure("bad filter \(name)") }
        filters.formUnion(f)
    }
    return .libpng(level: level, strategy: strategy, filters: filters)
}

/// `kpi status` in-process: open, load and parse every Series file, assess, render the table.
func status(_ directory: String) throws -> [UInt8] {
    let store = try Store(opening: directory)
    let contents = try store.read()
    guard let report = StatusReport(snapshots: try contents.snapshots(asOf: nil), period: nil,
                                    financialYear: contents.settings.financialYear, asOf: nil) else {
        throw Failure("no values in \(directory)")
    }
    return Array(report.render(.table, colour: false, width: 120).utf8)
}

func time(_ count: Int, _ body: () throws -> [UInt8]) throws -> String {
    var bytes = 0
    var times: [UInt64] = []
    for _ in 0..<count {
        let start = nanoseconds()
        let output = try body()
        times.append(nanoseconds() - start)
        bytes = output.count
    }
    return "ok \(bytes) " + times.map(String.init).joined(separator: " ")
}

func serve(_ fixture: Fixture) {
    var images: [String: RasterImage] = [:]
    func image(_ kind: Fixture.Kind, scale: Double) throws -> RasterImage {
        let key = "\(kind)@\(scale)"
        if let cached = images[key] { return cached }
        let layout = fixture.layout(kind)
        let made = try CairoRenderer.renderImage(width: layout.size.width, height: layout.size.height, scale: scale) { layout.draw(on: $0) }
        images[key] = made
        return made
    }
    while let line = readLine() {
        let words = line.split(separator: " ").map(String.init)
        guard let verb = words.first else { continue }
        if verb == "quit" { break }
        do {
            let reply: String
            switch verb {
            case "run" where words.count == 4:
                guard let kind = Fixture.Kind(rawValue: words[1]), let n = Int(words[3]) else { throw Failure("bad run") }
                reply = try time(n) { try render(fixture, kind, words[2]) }
            case "encode" where words.count == 5:
                guard let kind = Fixture.Kind(rawValue: words[1]), let scale = Double(words[2]), let n = Int(words[4]) else {
                    throw Failure("bad encode")
                }
                let pixels = try image(kind, scale: scale)
                let chosen = try encoder(words[3])
                reply = try time(n) { try chosen.encode(pixels) }
            case "status" where words.count == 3:
                guard let n = Int(words[2]) else { throw Failure("bad status") }
                reply = try time(n) { try status(words[1]) }
            case "save" where words.count == 4:
                guard let kind = Fixture.Kind(rawValue: words[1]) else { throw Failure("bad save") }
                let bytes = try render(fixture, kind, words[2])
                try Data(bytes).write(to: URL(fileURLWithPath: words[3]))
                reply = "ok \(bytes.count)"
            default:
                throw Failure("unknown request: \(line)")
            }
            FileHandle.standardOutput.write(Data((reply + "\n").utf8))
        } catch {
            FileHandle.standardOutput.write(Data("error \(error)\n".utf8))
        }
    }
}

let arguments = CommandLine.arguments
do {
    switch (arguments.count > 1 ? arguments[1] : "", arguments.count) {
    case ("dump", 5):
        let fixture = try Fixture(store: arguments[2], id: arguments[3])
        let directory = URL(fileURLWithPath: arguments[4])
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for kind in Fixture.Kind.allCases {
            try Dump.commands(fixture.layout(kind), moment: fixture.moment)
                .write(to: directory.appendingPathComponent("\(kind).cmd"), atomically: true, encoding: .utf8)
        }
        try Dump.data(fixture).write(to: directory.appendingPathComponent("data.json"), atomically: true, encoding: .utf8)
    case ("serve", 4):
        serve(try Fixture(store: arguments[2], id: arguments[3]))
    default:
        FileHandle.standardError.write(Data("usage: kpi-bench dump STORE ID DIR | serve STORE ID\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("kpi-bench: \(error)\n".utf8))
    exit(1)
}
