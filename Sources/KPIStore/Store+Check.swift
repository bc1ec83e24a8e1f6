import KPIFiles
import KPIModel

extension Store {
    /// Validates the whole store and returns every problem, each with its file and line.
    ///
    /// Reads under the shared lock. Looks at every Series file (bad lines, torn final lines,
    /// symlinks, names that are not ids), and at a journal left by a crashed command.
    public func check() throws -> [String] {
        try withReadLock(warn: { _ in }) {
            var problems: [String] = []
            if FileSystem.exists(directory + "/" + Journal.fileName) {
                problems.append("\(directory)/\(Journal.fileName): an interrupted command's journal is waiting; the next write command will complete it")
            }
            for name in try FileSystem.list(directory).sorted() where name.hasSuffix(Self.fileExtension) {
                let path = directory + "/" + name
                let idText = String(name.dropLast(Self.fileExtension.count))
                guard let id = try? IndicatorID(idText) else {
                    problems.append("\(path): file name: expected an indicator id of 1–32 characters of A-Z a-z 0-9 . _ - before .kpi, found \(quoted(idText))")
                    continue
                }
                if FileSystem.isSymbolicLink(path) {
                    problems.append("\(path): file: expected a regular file, found a symbolic link (the store keeps only real files)")
                    continue
                }
                let file = try readFile(id)
                problems += file.problems.map(\.message)
                if let tail = file.tornTail {
                    problems.append("\(path):\(file.tornLine ?? 1): line: expected a complete line ending in a newline, found \(tail.count) bytes without one (torn by an interrupted write, or an editor that drops the last newline); the next write sets them aside in \(directory)/\(Self.recoveredDirectory)/")
                }
            }
            return problems
        }
    }
}
