import ArgumentParser
import FoundationEssentials
import KPIModel
import KPIStore

#if canImport(Glibc)
    import Glibc
#endif

/// `--store DIR`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The store directory (default: $KPI_STORE, or ./Series).", valueName: "dir"))
    var store: String?

    var directory: String {
        store ?? ProcessInfo.processInfo.environment["KPI_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "Series"
    }

    func open() throws -> Store { try Store(opening: directory) }
}

/// `--recorded-at DATE` and `--by NAME`, shared by every command that writes to the store.
struct RecordingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "When this was known or decided (YYYY-MM-DD or ISO 8601 UTC); default now. May be before the indicator was defined.",
            valueName: "date"))
    var recordedAt: String?
    @Option(help: ArgumentHelp("Who is recording it (default: $KPI_USER, else your user name).", valueName: "name"))
    var by: String?

    func moment() throws -> Timestamp { try Arguments.recordedAt(recordedAt) }
    func who() throws -> String? { try Arguments.by(by) }
}

/// `--as-of DATE`, shared by every reading command.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Show the store as it stood then: YYYY-MM-DD (the end of that day, UTC) or an ISO 8601 time.",
            valueName: "date"))
    var asOf: String?

    func moment() throws -> Timestamp? {
        guard let asOf else { return nil }
        return try located(.option("--as-of")) { () throws(FieldError) in
            try Timestamp(parsing: asOf, field: "date", dateOnly: .endOfDay)
        }
    }
}

/// Parsers for values given on the command line, each error naming the argument.
enum Arguments {
    static func id(_ text: String) throws -> IndicatorID {
        try located(.argument("ID")) { () throws(FieldError) in try IndicatorID(text) }
    }

    /// A period given on the command line, read with the store's year start (so only once the
    /// store's settings are read: under the lock for a write, with the files for a read).
    static func period(_ text: String, _ location: KPIError.Location, in financialYear: FinancialYear) throws -> Period
    {
        try located(location) { () throws(FieldError) in try Period(parsing: text, in: financialYear) }
    }

    /// A period given for one indicator: read as ``period(_:_:in:)``, and of the indicator's
    /// frequency (65 otherwise, listing the spellings that would do).
    static func period(
        _ text: String, _ location: KPIError.Location, in financialYear: FinancialYear, for indicator: Indicator
    ) throws -> Period {
        let period = try period(text, location, in: financialYear)
        try located(location) { () throws(FieldError) in try indicator.validate(period) }
        return period
    }

    /// A period for an indicator in a write command: read with the settings the transaction
    /// read under the lock, for the indicator as it is now.
    static func period(
        _ text: String, _ location: KPIError.Location, for id: IndicatorID, in transaction: inout StoreTransaction
    ) throws -> Period {
        try period(
            text, location, in: transaction.settings.financialYear,
            for: try transaction.history(id).definition(asOf: nil))
    }

    /// A quarter, as an action's update is for: its spelling never depends on the year start, so
    /// it is read before the store; any other period is refused, listing the quarter's spellings.
    static func quarter(_ text: String, _ location: KPIError.Location) throws -> Period {
        try located(location) { () throws(FieldError) in
            try Period.read(text).resolved(in: .april).required(
                .quarter, "for an action's update (updates are quarterly)")
        }
    }

    static func actionID(_ text: String) throws -> IndicatorID {
        try located(.argument("ID")) { () throws(FieldError) in try IndicatorID(text, field: "action") }
    }

    /// A calendar date (`2021-04-30`, `30/04/2021`, `30-Apr-2021`, `30 April 2021`).
    static func date(_ text: String, _ location: KPIError.Location, field: String) throws -> CalendarDate {
        try located(location) { () throws(FieldError) in try CalendarDate(parsing: text, field: field) }
    }

    /// A financial year such as `2021/22`, through the one year parser.
    static func year(_ text: String, _ location: KPIError.Location) throws -> ReportingYear {
        try located(location) { () throws(FieldError) in try ReportingYear(parsing: text) }
    }

    static func figure(_ text: String, _ location: KPIError.Location, field: String = "value") throws -> Figure {
        try located(location) { () throws(FieldError) in try Figure(parsing: text, field: field) }
    }

    static func recordedAt(_ text: String?) throws -> Timestamp {
        guard let text else { return .now() }
        return try located(.option("--recorded-at")) { () throws(FieldError) in
            try Timestamp(parsing: text, field: "date", dateOnly: .startOfDay)
        }
    }

    /// A green tolerance given with `--green-tolerance`, checked for the indicator's polarity.
    static func greenTolerance(_ text: String?, polarity: Polarity) throws -> Figure? {
        guard let text else { return nil }
        let figure = try figure(text, .option("--green-tolerance"), field: "green-tolerance")
        guard polarity == .closer else {
            throw KPIError.greenToleranceNotCloser(polarity)
        }
        guard !figure.isNegative else {
            throw KPIError.negativeGreenTolerance(figure)
        }
        return figure
    }

    /// `true` or `false` given to an option such as `--cumulative`.
    static func yesOrNo(_ text: String, _ option: String) throws -> Bool {
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw KPIError.notTrueOrFalse(option, found: text)
        }
    }

    /// Who is recording: `--by`, else `$KPI_USER`, else the user name from the password database.
    static func by(_ text: String?) throws -> String? {
        if let text {
            let name = text.trimmingBlanks()
            guard !name.isEmpty else { throw KPIError.emptyByOption() }
            return name
        }
        if let name = ProcessInfo.processInfo.environment["KPI_USER"], !name.trimmingBlanks().isEmpty {
            return name.trimmingBlanks()
        }
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// The amber rule from `--amber` or `--tolerance` (never both).
    static func amber(_ amber: String?, _ tolerance: String?) throws -> AmberRule? {
        switch (amber, tolerance) {
        case let (amber?, nil): return .threshold(try figure(amber, .option("--amber"), field: "amber"))
        case let (nil, tolerance?): return .tolerance(try figure(tolerance, .option("--tolerance"), field: "tolerance"))
        case (nil, nil): return nil
        case (_?, _?): throw KPIError.bothGiven("--amber", "--tolerance")
        }
    }
}
