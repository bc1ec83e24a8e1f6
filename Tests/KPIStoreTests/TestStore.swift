import Foundation
import KPIModel
@testable import KPIStore

/// A fresh store in a temporary directory, removed when the value is released.
final class TestStore {
    let root: String
    let store: Store

    init(yearStartMonth: Int = 4) throws {
        root = NSTemporaryDirectory() + "kpi-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        store = try Store.initialize(at: root + "/Series", settings: StoreSettings(financialYear: FinancialYear(startMonth: yearStartMonth)))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var directory: String { store.directory }

    /// Every file in the store with its bytes: the "byte-for-byte unchanged" check.
    func contents() throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)!
        for case let name as String in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            if !isDirectory.boolValue && name != ".lock" {
                result[name] = Array(FileManager.default.contents(atPath: directory + "/" + name)!)
            }
        }
        return result
    }

    func text(_ id: String) throws -> String {
        try String(contentsOfFile: directory + "/\(id).kpi", encoding: .utf8)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
    }

    /// ICT01 (percent, higher is better, target 90 with amber at 85 from 2020/21 Q1) and
    /// HR01 (days, lower is better, no target), both defined on 2020-01-01.
    func defineSamples() throws {
        try store.define(ict01, target: TargetChange(from: q("2020/21 Q1"), value: f("90"), amber: .threshold(f("85")), recordedAt: t("2020-01-01")))
        try store.define(Indicator(id: id("HR01"), title: "Sickness absence", unit: .days, polarity: .lowerIsBetter, definedAt: t("2020-01-01")))
    }

    let ict01 = Indicator(id: id("ICT01"), title: "% of ICT incidents resolved in under 2 days", unit: .percent,
                          polarity: .higherIsBetter, theme: "IT and Digital Services", definedAt: t("2020-01-01"))

    @discardableResult
    func record(_ indicator: String, _ period: String, _ value: String, at time: String, note: String? = nil, revise: Bool = false) throws -> Observation {
        try store.record(id(indicator), period: q(period), value: f(value), note: note, revise: revise, recordedAt: t(time)).0
    }
}

func t(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
func q(_ text: String) -> Period { try! Period(parsing: text) }
func f(_ text: String) -> Figure { try! Figure(parsing: text) }
func id(_ text: String) -> IndicatorID { try! IndicatorID(text) }

/// The message of the KPIError a closure throws, or nil.
func errorMessage(_ body: () throws -> Void) -> KPIError? {
    do {
        try body()
        return nil
    } catch let error as KPIError {
        return error
    } catch {
        return KPIError(.io, "unexpected \(error)")
    }
}
