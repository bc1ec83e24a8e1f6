import ArgumentParser
import Foundation
import KPIModel
import KPIStore

/// `--store DIR`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store directory (default: $KPI_STORE, or ./Series).", valueName: "dir"))
    var store: String?

    var directory: String {
        store ?? ProcessInfo.processInfo.environment["KPI_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "Series"
    }

    func open() throws -> Store { try Store(opening: directory) }
}

/// `--as-of DATE`, shared by every reading command.
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Show the store as it stood then: YYYY-MM-DD (the end of that day, UTC) or an ISO 8601 time.",
        valueName: "date"))
    var asOf: String?

    func moment() throws -> Timestamp? {
        guard let asOf else { return nil }
        return try located("--as-of") { () throws(FieldError) in try Timestamp(parsing: asOf, field: "date", dateOnly: .endOfDay) }
    }
}

/// Parsers for values given on the command line, each error naming the argument.
enum Arguments {
    static func id(_ text: String) throws -> IndicatorID {
        try located("ID argument") { () throws(FieldError) in try IndicatorID(text) }
    }

    static func period(_ text: String, _ location: String) throws -> Period {
        try located(location) { () throws(FieldError) in try Period(parsing: text) }
    }

    static func figure(_ text: String, _ location: String, field: String = "value") throws -> Figure {
        try located(location) { () throws(FieldError) in try Figure(parsing: text, field: field) }
    }

    static func recordedAt(_ text: String?) throws -> Timestamp {
        guard let text else { return .now() }
        return try located("--recorded-at") { () throws(FieldError) in try Timestamp(parsing: text, field: "date", dateOnly: .startOfDay) }
    }

    /// The amber rule from `--amber` or `--tolerance` (never both).
    static func amber(_ amber: String?, _ tolerance: String?) throws -> AmberRule? {
        switch (amber, tolerance) {
        case let (amber?, nil): return .threshold(try figure(amber, "--amber", field: "amber"))
        case let (nil, tolerance?): return .tolerance(try figure(tolerance, "--tolerance", field: "tolerance"))
        case (nil, nil): return nil
        case (_?, _?): throw KPIError(.usage, "--amber and --tolerance: expected one of them, found both")
        }
    }
}
