import Foundation
import KPICairo

/// Reference pictures compared pixel for pixel with what the renderer draws now.
///
/// The renderer is deterministic (fixed fonts and font options, no clock), so any difference is
/// a change: a moved label, a recoloured mark, a different footer. When a change is meant,
/// record the new pictures on purpose with `KPI_RECORD_REFERENCES=1 swift test --filter
/// SnapshotTests` (or SPCReferenceImageTests), look at them, and commit them; recording fails the
/// test (so a run that records never passes), and so does a missing reference.
public enum ReferenceImage {
    /// Why a picture did not pass: it differs, it has no reference, or it was just recorded.
    public struct Mismatch: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether this run records references instead of comparing (`KPI_RECORD_REFERENCES=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["KPI_RECORD_REFERENCES"] == "1" }

    /// Compares `png` with `directory/name.png`: the same size and every pixel the same
    /// (compared decoded, so a change of PNG encoder settings alone is not a difference).
    /// Throws ``Mismatch``, which fails the test, saying where the drawn picture was written.
    public static func check(_ png: [UInt8], named name: String, in directory: String) throws {
        let reference = directory + "/" + name + ".png"
        if recording {
            try Data(png).write(to: URL(fileURLWithPath: reference))
            throw Mismatch(
                description: "recorded \(reference) (KPI_RECORD_REFERENCES=1): look at it, commit it, "
                    + "and run again without the variable")
        }
        guard let stored = FileManager.default.contents(atPath: reference) else {
            let candidate = try keep(png, name: name)
            throw Mismatch(
                description: "missing reference \(reference); what was drawn is in \(candidate). "
                    + "Record it on purpose with KPI_RECORD_REFERENCES=1")
        }
        if Array(stored) == png { return }
        let expected = try RasterImage(png: Array(stored)), actual = try RasterImage(png: png)
        guard expected.width == actual.width, expected.height == actual.height else {
            let candidate = try keep(png, name: name)
            throw Mismatch(
                description: "\(name): drawn \(actual.width)x\(actual.height), reference "
                    + "\(expected.width)x\(expected.height); drawn image in \(candidate)")
        }
        let differing = zip(expected.pixels, actual.pixels).indices(where: !=)
        guard differing.isEmpty else {
            let candidate = try keep(png, name: name)
            let first = differing[0]
            throw Mismatch(
                description: """
                    \(name): \(differing.count) of \(actual.pixels.count) pixels differ from \(reference), the \
                    first at (\(first % actual.width), \(first / actual.width)); drawn image in \(candidate). If \
                    the change is meant, re-record with KPI_RECORD_REFERENCES=1
                    """)
        }
    }

    /// Writes what was drawn where a person can look at it, and returns the path.
    static func keep(_ png: [UInt8], name: String) throws -> String {
        let path = NSTemporaryDirectory() + "kpi-drawn-\(name).png"
        try Data(png).write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension Zip2Sequence where Sequence1.Element: Equatable, Sequence1.Element == Sequence2.Element {
    /// The positions where `differ` holds for the two elements.
    func indices(where differ: (Sequence1.Element, Sequence1.Element) -> Bool) -> [Int] {
        enumerated().filter { differ($0.element.0, $0.element.1) }.map(\.offset)
    }
}
