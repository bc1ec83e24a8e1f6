// libFuzzer target: the action file parser (compiled into module KPIStore by scripts/reliability/fuzz.sh).
//
// Any bytes must parse without a crash. When a file parses cleanly, writing its history back
// out with ActionLine and parsing that again must give a clean file with the same history:
// the writer and the reader agree on every line the reader accepts.
import KPIActions
import KPIModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzActionFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = ActionFileParser.parse(bytes, path: "F/A1.action", expectedID: nil)
    precondition(file.size == bytes.count && file.cleanSize >= 0 && file.cleanSize <= bytes.count)
    if let tail = file.tornTail { precondition(!tail.contains(10) && tail.count > 0) }
    for problem in file.problems { precondition(problem.message.hasPrefix("F/A1.action:")) }
    guard file.problems.isEmpty, let history = file.history else { return 0 }
    precondition(file.updateLines.count == history.updates.count)
    for update in history.updates {
        // Every update the reader accepts is consistent: the rules never see 60% and completed.
        let checked = try? ActionUpdate.consistent(progress: update.progress, stage: update.stage, status: update.status)
        precondition(checked?.progress == update.progress && checked?.stage == update.stage)
        precondition(ActionLine.update(update).utf8.filter { $0 == 10 || $0 == 13 }.count == 1)
    }

    var text = ActionLine.definition(history.action)
    for update in history.updates { text += ActionLine.update(update) }
    for change in history.changes { text += ActionLine.redefinition(change) }
    let again = ActionFileParser.parse(Array(text.utf8), path: "F/again.action", expectedID: history.action.id)
    precondition(again.problems.isEmpty, "re-written file has problems: \(again.problems.map(\.message))")
    precondition(again.tornTail == nil)
    guard let second = again.history else { preconditionFailure("re-written file lost its definition") }
    precondition(second.action == history.action, "definition changed: \(history.action) vs \(second.action)")
    precondition(second.updates == history.updates, "updates changed")
    precondition(second.changes == history.changes, "changes changed")
    // The rules judge whatever was read, for any period, without a crash.
    if let snapshot = history.asOf(nil) {
        for update in history.updates { _ = ActionRules().assess(snapshot, period: update.period) }
    }
    return 0
}
