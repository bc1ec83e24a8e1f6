import Foundation
import KPIModel
import KPIStatus
import KPIText

@testable import KPIStore

/// Stores and content for the pack tests.
enum PackFixtures {
    static let hostileTitle =
        "<script>alert('x')</script> \"><svg onload=alert(1)> & =HYPERLINK(\"http://evil\") \u{202E}gnp.exe"
    static let hostileNote = "=HYPERLINK(\"http://evil\",\"click\")\n<img src=x onerror=alert(1)> & \u{1b}[31mred"

    /// Writes a store of `count` indicators with eight quarters each, written directly in the
    /// Series format; every fifth indicator has a hostile title and note, some have no target,
    /// some a missing quarter. Returns the store directory.
    static func generatedStore(in directory: String, count: Int = 40) throws -> String {
        let store = directory + "/Series"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        try "format 1\nyear-start-month 4\n".write(toFile: store + "/store.conf", atomically: true, encoding: .utf8)
        let themes = ["Human Resources", "IT and Digital Services", "Finance", "Customer Services"]
        for n in 0..<count {
            let id = String(format: "GEN%02d", n)
            let hostile = n % 5 == 0
            let title = hostile ? hostileTitle : "Generated indicator number \(n) with a fairly long descriptive title"
            let higher = n % 2 == 0
            var lines = [
                "indicator \(id) defined 2019-01-01T00:00:00Z",
                "title \(TextEscaping.seriesText(title))",
                "unit \(["percent", "count", "days", "gbp"][n % 4])",
                "better \(higher ? "higher" : "lower")",
                "theme \(TextEscaping.seriesText(themes[n % themes.count]))",
            ]
            if n % 7 != 3 {
                lines.append("target 2019/20 Q1 50 tolerance 10 recorded 2019-01-01T00:00:00Z")
            }
            for q in 0..<8 where !(n % 6 == 1 && q == 5) {
                let period = Period(startYear: 2020, quarter: 1).advanced(by: q)!
                let value = 30 + (n * 7 + q * 11) % 45
                let note = hostile && q == 7 ? " note \(TextEscaping.seriesText(hostileNote))" : ""
                lines.append("value \(period) \(value) recorded 2021-0\(1 + q % 9)-1\(q % 10)T10:00:00Z\(note)")
            }
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: store + "/\(id).kpi", atomically: true, encoding: .utf8)
        }
        return store
    }
}
