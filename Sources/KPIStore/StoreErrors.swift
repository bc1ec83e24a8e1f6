import KPIActions
import KPIModel

/// Every error KPIStore gives about the store and its commands, in one place: opening and
/// creating a store, its lock and `store.conf`, indicators and actions that are missing or
/// already there, records that clash with what is stored, and writes refused or undone.
/// The errors of Series and action file lines are in `StoreErrors+Files.swift`, those of CSV
/// imports in `StoreErrors+Import.swift`.
extension KPIError {
    // MARK: The store

    static func noStore(_ directory: String) -> KPIError {
        KPIError(
            .missing, at: .path(directory),
            .statement("no store here (no such directory)")
                .hint("create one with kpi init or pass --store DIR"))
    }

    static func notAStore(_ directory: String) -> KPIError {
        KPIError(
            .missing, at: .path(directory),
            .statement("not a kpi store (no \(StoreSettings.fileName))").hint("create one with kpi init"))
    }

    static func alreadyAStore(_ directory: String) -> KPIError {
        KPIError(
            .badData, at: .path(directory),
            .statement("already a kpi store (\(StoreSettings.fileName) exists)").nothingChanged)
    }

    static func storeIsAFile(_ directory: String) -> KPIError {
        KPIError(
            .cannotCreate, at: .path(directory), .statement("cannot create a store here: it is a file, not a directory")
        )
    }

    /// The lock file cannot be opened for writing (a read-only store).
    static func lockReadOnly(_ path: String, reason: String) -> KPIError {
        KPIError(
            .io, at: .path(path),
            .statement("cannot open the store's lock file for writing: \(reason)").aside("is the store read-only?"))
    }

    static func storeBusy(_ directory: String, seconds: String) -> KPIError {
        KPIError(
            .busy, at: .path(directory),
            .statement("store busy: another kpi command has held its lock for \(seconds) s")
                .hint("try again when it has finished"))
    }

    // MARK: store.conf

    /// A `store.conf` line that is not `name value`.
    static func settingLine(at location: Location, found line: String) -> KPIError {
        KPIError(.badData, at: location, field: "setting", .expected("\"name value\"", found: quoted(line)))
    }

    static func unknownSetting(at location: Location, found name: Substring) -> KPIError {
        KPIError(
            .badData, at: location, field: "setting",
            .expected(
                "format, year-start-month, spc-shift, spc-trend, spc-screen-outliers, spc-fix-after, "
                    + "action-green-ratio or action-amber-ratio",
                found: quoted(name)))
    }

    static func unreadableFormat(at location: Location, version: Int, found text: Substring) -> KPIError {
        KPIError(
            .badData, at: location, field: "format",
            .expected("\(version)", found: quoted(text)).aside("this kpi reads format \(version)"))
    }

    static func noFormatLine(_ path: String, version: Int) -> KPIError {
        KPIError(
            .badData, at: .line(path, 1), field: "format", .expected("a line \"format \(version)\"", found: "none"))
    }

    static func yearStartMonth(at location: Location, found text: Substring) -> KPIError {
        KPIError(
            .badData, at: location, field: "year-start-month",
            .expected("a month number from 1 to 12", found: quoted(text)))
    }

    static func notYesOrNo(at location: Location, field: String, found text: Substring) -> KPIError {
        KPIError(.badData, at: location, field: field, .expected("yes or no", found: quoted(text)))
    }

    static func notAPointCount(at location: Location, field: String, found text: Substring) -> KPIError {
        KPIError(.badData, at: location, field: field, .expected("a whole number of points", found: quoted(text)))
    }

    static func amberRatioAboveGreen(
        at location: Location, green: some CustomStringConvertible, found amber: some CustomStringConvertible
    ) -> KPIError {
        KPIError(
            .badData, at: location, field: "action-amber-ratio",
            .expected("a ratio at most the green ratio (\(green))", found: "\(amber)"))
    }

    // MARK: Indicators and actions

    static func noIndicator(_ id: IndicatorID, path: String) -> KPIError {
        KPIError(
            .missing, at: .path(path),
            .statement("no indicator \(id) in this store").hint("define it first with kpi define \(id)"))
    }

    static func noAction(_ id: ActionID, path: String) -> KPIError {
        KPIError(
            .missing, at: .path(path),
            .statement("no action \(id) in this store")
                .hint("define it first with kpi action define \(id) or kpi action import"))
    }

    /// Nothing about an indicator had been recorded by the `--as-of` moment.
    static func nothingYet(_ id: IndicatorID, path: String, asOf moment: Timestamp, defined: Timestamp) -> KPIError {
        KPIError(
            .missing, at: .path(path),
            .statement("nothing about \(id) was recorded yet as of \(moment)").aside("defined \(defined)"))
    }

    static func noIndicatorDefinition(_ path: String) -> KPIError {
        KPIError(.badData, at: .path(path), .statement("no indicator definition"))
    }

    static func noActionDefinition(_ path: String) -> KPIError {
        KPIError(.badData, at: .path(path), .statement("no action definition"))
    }

    static func indicatorExists(_ id: IndicatorID, path: String) -> KPIError {
        KPIError(.badData, at: .path(path), .statement("indicator \(id) already exists").nothingChanged)
    }

    static func actionExists(_ id: ActionID, path: String) -> KPIError {
        KPIError(
            .badData, at: .path(path),
            .statement("action \(id) already exists").hint("change it with kpi action redefine \(id)").nothingChanged)
    }

    static func notRetired(_ id: IndicatorID, path: String) -> KPIError {
        KPIError(
            .badData, at: .path(path),
            .statement("\(id) is not retired, so there is nothing to reinstate").nothingChanged)
    }

    /// A ref already naming another action in the store.
    static func refTaken(_ ref: String, by other: ActionID, path: String, at location: Location) -> KPIError {
        KPIError(
            .badData, at: location,
            .statement("ref \(quoted(ref)) is already the ref of action \(other) (\(path))")
                .hint("a ref names one action").nothingChanged)
    }

    // MARK: Records and updates

    /// A time in the future for when a figure or update was known.
    static func recordedInFuture(_ field: String, found time: Timestamp, at location: Location) -> KPIError {
        FieldError(field: field, .expected("a time that is not in the future", found: "\(time)")).located(location)
    }

    /// A correction recorded before what it corrects; `what` is `value`, `forecast` or `update`,
    /// `verb` what the correction does to it (`revises`, `replaces`).
    static func recordedBeforeRevised(
        _ field: String, what: String, verb: String, revised: Timestamp, found time: Timestamp,
        at location: Location
    ) -> KPIError {
        FieldError(
            field: field, .expected("a time at or after the \(what) it \(verb) (recorded \(revised))", found: "\(time)")
        ).located(location)
    }

    /// A value or forecast for a period that already has one, without `--revise`.
    static func alreadyRecorded(
        _ id: IndicatorID, _ what: String, value: Figure, recorded: Timestamp, at location: Location
    ) -> KPIError {
        KPIError(
            .badData, at: location,
            .statement("\(id) already has \(what)").aside("\(value.text), recorded \(recorded)")
                .hint("to correct it, record it again with --revise"))
    }

    /// An update for a period that already has one, without `--revise`, from `kpi action update`
    /// or an import.
    static func alreadyUpdated(
        _ id: ActionID, period: Period, recorded: Timestamp, fromImport: Bool, at location: Location
    ) -> KPIError {
        KPIError(
            .badData, at: location,
            .statement("\(id) already has an update for \(period)").aside("recorded \(recorded)")
                .hint(
                    "to replace it, "
                        + (fromImport ? "import with --revise" : "give the whole update again with --revise")))
    }

    // MARK: Redefinitions

    /// A change of frequency once the file has lines with periods; `lines` counts them.
    static func frequencyFixed(_ id: IndicatorID, lines: String, path: String, at location: Location) -> KPIError {
        KPIError(
            .badData, at: location, field: "frequency",
            .expected(
                "a change of frequency only while \(id) has no values, targets or retirements",
                found: "\(lines) in \(path)"
            ).nothingChanged)
    }

    /// A redefinition that would leave lines in force breaking the rules, listing each.
    static func redefinitionBreaks(_ fields: String, broken: [KPIError], at location: Location) -> KPIError {
        let count = "\(broken.count) line\(broken.count == 1 ? "" : "s")"
        return KPIError(
            .badData, at: location, field: "redefine",
            .statement("the new \(fields) would break \(count) in force").nothingChanged,
            details: broken.map(\.message))
    }

    // MARK: Writes

    /// A file with problems, refused before a command builds on it: its first problem, and how
    /// many more `kpi check` would list.
    func withMoreProblems(_ count: Int) -> KPIError {
        guard count > 0 else { return self }
        return adding(.aside("and \(count) more problem\(count == 1 ? "" : "s"); run kpi check to see them all"))
    }

    /// The last guard of a write: a staged line the parser would refuse.
    static func unreadableWrite(_ problem: KPIError) -> KPIError {
        KPIError(.badData, .statement("refused to write a line the store could not read back: \(problem)"))
    }

    /// A write that failed while being applied, after every file was rolled back.
    var undone: KPIError {
        adding(.outcome("the command was undone and nothing was changed"))
    }

    /// The folder for torn lines set aside is a symbolic link or a file.
    static func recoveredFolderNotADirectory(_ folder: String, isLink: Bool) -> KPIError {
        KPIError(
            .badData, at: .path(folder),
            .expected("a directory for torn lines set aside", found: isLink ? "a symbolic link" : "a file")
                .aside("the store keeps only real files").nothingChanged)
    }

    // MARK: kpi check

    static func journalWaiting(_ path: String) -> KPIError {
        KPIError(
            .badData, at: .path(path),
            .statement("an interrupted command's journal is waiting")
                .hint("the next write command will complete it"))
    }

    /// A file in the store whose name is not an id and an extension.
    static func badFileName(_ path: String, what: String, fileExtension: String, found idText: String) -> KPIError {
        KPIError(
            .badData, at: .path(path), field: "file name",
            .expected("\(what) of 1–32 characters of A-Z a-z 0-9 . _ - before \(fileExtension)", found: quoted(idText)))
    }

    static func symbolicLinkInStore(_ path: String) -> KPIError {
        KPIError(
            .badData, at: .path(path), field: "file",
            .expected("a regular file", found: "a symbolic link")
                .aside("the store keeps only real files"))
    }

    /// A final line without its newline, which the next write sets aside into `recovered`.
    static func tornLine(_ path: String, line: Int, bytes: Int, recovered: String) -> KPIError {
        KPIError(
            .badData, at: .line(path, line), field: "line",
            .expected("a complete line ending in a newline", found: "\(bytes) bytes without one")
                .aside("torn by an interrupted write, or an editor that drops the last newline")
                .hint("the next write sets them aside in \(recovered)/"))
    }
}
