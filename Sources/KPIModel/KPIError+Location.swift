extension KPIError {
    /// Where a problem is, as the error's first words.
    public indirect enum Location: Sendable, Hashable, CustomStringConvertible {
        /// A line of a file: a Series file's line or a CSV row, `Series/ICT01.kpi:14`, `q2.csv:4`.
        case line(String, Int)
        /// A file or directory as a whole: a Series file, an input file, the store, an output.
        case path(String)
        /// A command-line option, or options that conflict: `--from`, `--amber and --tolerance`.
        case option(String)
        /// A positional argument, by its name in the help: `PERIOD` reads `PERIOD argument`.
        case argument(String)
        /// The command line as a whole, when the values given together break a rule of the store.
        case commandLine
        /// A command, when what it was given is wrong as a whole: `redefine`, `action update`.
        case command(String)
        /// An indicator, when its part of a pack failed.
        case indicator(IndicatorID)
        /// A place inside another: an import row that failed on a broken Series file.
        case within(Location, Location)

        /// The file (or directory) the location is in, when it is in one.
        public var file: String? {
            switch self {
            case .line(let path, _), .path(let path): path
            case .within(let outer, _): outer.file
            default: nil
            }
        }

        public var description: String {
            switch self {
            case .line(let path, let line): "\(path):\(line)"
            case .path(let path): path
            case .option(let option): option
            case .argument(let name): "\(name) argument"
            case .commandLine: "command line"
            case .command(let name): name
            case .indicator(let id): id.rawValue
            case .within(let outer, let inner): "\(outer): \(inner)"
            }
        }
    }
}
