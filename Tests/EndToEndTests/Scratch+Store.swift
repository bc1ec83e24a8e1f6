import Foundation
import KPITestSupport

extension Scratch {
    /// A copy of the shipped sample store in this scratch directory.
    func copySampleStore() throws {
        try FileManager.default.copyItem(atPath: KPIProcess.sampleStore, toPath: path + "/Series")
    }

    /// A store with ICT01 (target 90, amber 85) defined in 2020.
    func makeStore() throws {
        _ = try kpi("init")
        let result = try kpi(
            "define", "ICT01", "--title", "ICT incidents resolved in under 2 days", "--unit", "percent",
            "--better", "higher", "--target", "90", "--from", "2020/21 Q1", "--amber", "85",
            "--recorded-at", "2020-01-01")
        precondition(result.status == 0, result.stderr)
    }
}
