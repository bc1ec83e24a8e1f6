import KPIModel

/// The name of a data file in the store: an indicator's Series file `ID.kpi` or an action's
/// file `ID.action`.
///
/// What a transaction stages lines for and what the journal names, so both kinds of file land
/// together, all or nothing, through the same write path. Only these two forms are ever
/// trusted as names (never a path), and the id rule keeps them safe as file names.
public struct StoreFileName: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case series, action

        /// `.kpi` or `.action`.
        public var fileExtension: String {
            switch self {
            case .series: Store.fileExtension
            case .action: Store.actionFileExtension
            }
        }
    }

    public let id: IndicatorID
    public let kind: Kind

    public static func series(_ id: IndicatorID) -> StoreFileName { StoreFileName(id: id, kind: .series) }
    public static func action(_ id: IndicatorID) -> StoreFileName { StoreFileName(id: id, kind: .action) }

    init(id: IndicatorID, kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// Reads `ICT01.kpi` or `ICT01.action`; nil for any other name.
    init?(name: some StringProtocol) {
        for kind in [Kind.series, .action] where name.hasSuffix(kind.fileExtension) {
            guard let id = try? IndicatorID(String(name.dropLast(kind.fileExtension.count))) else { return nil }
            self.init(id: id, kind: kind)
            return
        }
        return nil
    }

    /// `ICT01.kpi`.
    public var description: String { id.rawValue + kind.fileExtension }
}

/// What a write needs to know of a data file as read: where it is, how long it is without a
/// torn final line, that torn line, and its problems. Series files and action files both answer.
protocol StoreDataFile {
    var path: String { get }
    var tornTail: [UInt8]? { get }
    var cleanSize: Int { get }
    var problems: [KPIError] { get }
}

extension StoreDataFile {
    /// Throws the file's first problem, saying how many more `kpi check` lists: a command never
    /// builds on a file with problems.
    func refuseProblems() throws {
        guard let problem = problems.first else { return }
        throw problem.withMoreProblems(problems.count - 1)
    }
}

extension SeriesFile: StoreDataFile {}
