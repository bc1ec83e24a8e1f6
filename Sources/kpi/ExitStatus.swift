import ArgumentParser
import KPIModel

/// The documented exit codes (sysexits), one per kind of failure; the README has the table.
enum ExitStatus: Int32, CaseIterable {
    case ok = 0
    /// The command line is wrong: unknown option, missing argument.
    case usage = 64
    /// A value, a CSV row or a Series file line breaks the rules.
    case badData = 65
    /// No store, no such indicator, no such input file.
    case missing = 66
    /// An output file or directory cannot be created.
    case cannotCreate = 73
    /// Reading or writing failed underneath (disk full, permissions).
    case io = 74
    /// Another kpi command holds the store's lock.
    case busy = 75

    init(_ kind: KPIError.Kind) {
        switch kind {
        case .usage: self = .usage
        case .badData: self = .badData
        case .missing: self = .missing
        case .cannotCreate: self = .cannotCreate
        case .io: self = .io
        case .busy: self = .busy
        }
    }

    var exitCode: ExitCode { ExitCode(rawValue) }
}
