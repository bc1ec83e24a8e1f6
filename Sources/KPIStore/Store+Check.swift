import KPIFiles
import KPIModel

extension Store {
    /// Validates the whole store and returns every problem, each with its file and line.
    ///
    /// Reads under the shared lock. Looks at every Series file and action file (bad lines, torn
    /// final lines, symlinks, names that are not ids), and at a journal left by a crashed command.
    public func check() throws -> [KPIError] {
        try withReadLock(warn: { _ in }) {
            var problems: [KPIError] = []
            if FileSystem.exists(directory + "/" + Journal.fileName) {
                problems.append(.journalWaiting("\(directory)/\(Journal.fileName)"))
            }
            for name in try FileSystem.list(directory).sorted() {
                guard
                    let kind = [StoreFileName.Kind.series, .action].first(where: { name.hasSuffix($0.fileExtension) })
                else { continue }
                let path = directory + "/" + name
                guard let file = StoreFileName(name: name) else {
                    let idText = String(name.dropLast(kind.fileExtension.count))
                    let what = kind == .series ? "an indicator id" : "an action id"
                    problems.append(.badFileName(path, what: what, fileExtension: kind.fileExtension, found: idText))
                    continue
                }
                if FileSystem.isSymbolicLink(path) {
                    problems.append(.symbolicLinkInStore(path))
                    continue
                }
                let (fileProblems, tail, tornLine): ([KPIError], [UInt8]?, Int?)
                switch file.kind {
                case .series:
                    let parsed = try readFile(file.id)
                    (fileProblems, tail, tornLine) = (parsed.problems, parsed.tornTail, parsed.tornLine)
                case .action:
                    let parsed = try readActionFile(file.id)
                    (fileProblems, tail, tornLine) = (parsed.problems, parsed.tornTail, parsed.tornLine)
                }
                problems += fileProblems
                if let tail {
                    problems.append(
                        .tornLine(
                            path, line: tornLine ?? 1, bytes: tail.count,
                            recovered: "\(directory)/\(Self.recoveredDirectory)"))
                }
            }
            return problems
        }
    }
}
