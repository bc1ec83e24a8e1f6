import KPIModel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Every error KPIFiles gives, in one place: a file operation the operating system refused,
/// worded `PATH: PHRASE: REASON` (see ``FileAction``).
extension KPIError {
    /// The error for a file operation that failed with `errno`: the one place that turns an
    /// operating-system failure into an exit code and words, for the store and for output alike.
    ///
    /// A symbolic link refused by `O_NOFOLLOW` is bad data (the store keeps only real files and
    /// never follows one out of itself); a full disk says so; a missing file is `missing`; any
    /// other failure is `cannotCreate` when the action creates something and `io` otherwise.
    init(_ errno: Errno, _ action: FileAction, path: String) {
        let kind: Kind
        let reason: String
        switch errno {
        case .tooManySymbolicLinkLevels:
            (kind, reason) = (.badData, "it is a symbolic link, and the store keeps only real files")
        case .noSuchFileOrDirectory:
            (kind, reason) = (.missing, errno.description)
        case .noSpace, .diskQuotaExceeded:
            (kind, reason) = (.io, "the disk is full (\(errno))")
        default:
            (kind, reason) = (action.creates ? .cannotCreate : .io, errno.description)
        }
        self.init(kind, at: .path(path), .statement("\(action.phrase): \(reason)"))
    }

    /// A file stands where a directory was to be made (or to be replaced by one).
    static func fileInTheWay(_ path: String, _ action: FileAction) -> KPIError {
        KPIError(.cannotCreate, at: .path(path), .statement("\(action.phrase): a file of that name exists"))
    }
}

extension Errno {
    /// The error the last failed C call left in `errno` (for the calls swift-system lacks).
    static var ofLastCall: Errno { Errno(rawValue: Glibc.errno) }
}
