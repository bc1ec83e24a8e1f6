import KPIFiles
import KPIModel

extension Store {
    /// Validates the whole store and returns every problem, each with its file and line.
    ///
    /// Reads under the shared lock. Looks at every Series file and action file (bad lines, torn
    /// final lines, symlinks, names that are not ids), and at a journal left by a crashed command.
    public func check() throws -> [String] {
        try withReadLock(warn: { _ in }) {
            var problems: [String] = []
            if FileSystem.exists(directory + "/" + Journal.fileName) {
                problems.append("\(directory)/\(Journal.fileName): an interrupted command's journal is waiting; the next write command will complete it")
            }
            for name in try FileSystem.list(directory).sorted() {
                guard let kind = [StoreFileName.Kind.series, .action].first(where: { name.hasSuffix($0.fileExtension) }) else { continue }
                let path = directory + "/" + name
                guard let file = StoreFileName(name: name) else {
                    let idText = String(name.dropLast(kind.fileExtension.count))
                    let what = kind == .series ? "an indicator id" : "an action id"
                    problems.append("\(path): file name: expected \(what) of 1–32 characters of A-Z a-z 0-9 . _ - before \(kind.fileExtension), found \(quoted(idText))")
                    continue
                }
                if FileSystem.isSymbolicLink(path) {
                    problems.append("\(path): file: expected a regular file, found a symbolic link (the store keeps only real files)")
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
                problems += fileProblems.map(\.message)
                if let tail {
                    problems.append("\(path):\(tornLine ?? 1): line: expected a complete line ending in a newline, found \(tail.count) bytes without one (torn by an interrupted write, or an editor that drops the last newline); the next write sets them aside in \(directory)/\(Self.recoveredDirectory)/")
                }
            }
            return problems
        }
    }
}
