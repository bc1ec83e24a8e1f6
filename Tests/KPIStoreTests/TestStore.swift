import Foundation
import KPIModel
import KPITestSupport

@testable import KPIStore

/// A fresh store in a temporary directory, removed when the value is released.
final class TestStore {
    let scratch: Scratch
    let store: Store

    init(yearStartMonth: Int = 4) throws {
        scratch = try Scratch()
        store = try Store.initialize(
            at: scratch.path + "/Series",
            settings: StoreSettings(financialYear: FinancialYear(startMonth: yearStartMonth)))
    }

    var root: String { scratch.path }

    var directory: String { store.directory }

    /// Every file in the store with its bytes: the "byte-for-byte unchanged" check.
    func contents() throws -> [String: [UInt8]] {
        FileTree.snapshot(directory, excluding: [".lock"])
    }

    func text(_ id: String) throws -> String {
        try String(contentsOfFile: directory + "/\(id).kpi", encoding: .utf8)
    }

    func write(_ name: String, _ text: String) throws {
        try scratch.write(name, text)
    }

    /// ICT01 (percent, higher is better, target 90 with amber at 85 from 2020/21 Q1) and
    /// HR01 (days, lower is better, no target), both defined on 2020-01-01.
    func defineSamples() throws {
        try store.define(
            ict01,
            target: TargetChange(
                from: q("2020/21 Q1"), value: f("90"), amber: .threshold(f("85")), recordedAt: t("2020-01-01")))
        try store.define(
            Indicator(
                id: id("HR01"), title: "Sickness absence", unit: .days, polarity: .lowerIsBetter,
                definedAt: t("2020-01-01")))
    }

    let ict01 = Indicator(
        id: id("ICT01"), title: "% of ICT incidents resolved in under 2 days", unit: .percent,
        polarity: .higherIsBetter, theme: "IT and Digital Services", definedAt: t("2020-01-01"))

    @discardableResult
    func record(
        _ indicator: String, _ period: String, _ value: String, at time: String, note: String? = nil,
        revise: Bool = false
    ) throws -> Observation {
        try store.record(
            id(indicator), period: q(period), value: f(value), note: note, revise: revise, recordedAt: t(time)
        ).0
    }
}

func t(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
func q(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
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
