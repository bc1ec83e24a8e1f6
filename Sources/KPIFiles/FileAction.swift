/// What kpi was doing to a file when the operating system refused, worded for the error line.
///
/// Every file error reads `PATH: PHRASE: REASON`, e.g. `Series/ICT01.kpi: cannot read it: it is
/// a symbolic link, and the store keeps only real files`. The phrase says what failed; whether
/// the action creates something decides the exit code of a refusal (73 for a file or directory
/// that cannot be created, 74 for reading and writing). See ``KPIError/init(_:_:path:)`` in FileErrors.swift.
public struct FileAction: Sendable, Hashable {
    /// The words before the reason: "cannot read it".
    public var phrase: String
    /// Whether the action makes a new file or directory (a refusal is then exit 73).
    public var creates: Bool

    public init(_ phrase: String, creates: Bool = false) {
        self.phrase = phrase
        self.creates = creates
    }

    public static let read = FileAction("cannot read it")
    public static let list = FileAction("cannot list it")
    public static let open = FileAction("cannot open it")
    public static let write = FileAction("cannot write it")
    public static let appendTo = FileAction("cannot append to it")
    public static let sync = FileAction("cannot sync it")
    public static let cutBack = FileAction("cannot cut it back")
    public static let remove = FileAction("cannot remove it")
    public static let lock = FileAction("cannot lock it")
    public static let create = FileAction("cannot create it", creates: true)
    public static let replace = FileAction("cannot put the new file in its place", creates: true)
    public static let createDirectory = FileAction("cannot create the directory", creates: true)
    /// For `kpi chart`, `kpi tile` and `kpi pack`, whose directories are output.
    public static let createOutputDirectory = FileAction("cannot create the output directory", creates: true)
}
