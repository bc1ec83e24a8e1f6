// libFuzzer target: the Series file parser (compiled into module KPIStore by scripts/reliability/fuzz.sh).
//
// Any bytes must parse without a crash. When a file parses cleanly, writing its history back
// out with SeriesLine and parsing that again must give a clean file with the same history:
// the writer and the reader agree on every line the reader accepts.
import KPIModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSeriesFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = SeriesFileParser.parse(bytes, path: "F/ICT01.kpi", expectedID: nil)
    precondition(file.size == bytes.count && file.cleanSize >= 0 && file.cleanSize <= bytes.count)
    if let tail = file.tornTail { precondition(!tail.contains(10) && tail.count > 0) }
    for problem in file.problems { precondition(problem.message.hasPrefix("F/ICT01.kpi:")) }
    guard file.problems.isEmpty, let history = file.history else { return 0 }
    precondition(file.observationLines.count == history.observations.count)
    precondition(file.targetLines.count == history.targetChanges.count)

    var text = SeriesLine.definition(history.indicator)
    for change in history.targetChanges { text += SeriesLine.target(change) }
    for observation in history.observations { text += SeriesLine.observation(observation) }
    let again = SeriesFileParser.parse(Array(text.utf8), path: "F/again.kpi", expectedID: history.indicator.id)
    precondition(again.problems.isEmpty, "re-written file has problems: \(again.problems.map(\.message))")
    precondition(again.tornTail == nil)
    guard let second = again.history else { preconditionFailure("re-written file lost its definition") }
    precondition(second.indicator == history.indicator, "definition changed: \(history.indicator) vs \(second.indicator)")
    precondition(second.observations == history.observations, "observations changed")
    precondition(zip(second.observations, history.observations).allSatisfy { $0.value.text == $1.value.text })
    precondition(second.targetChanges == history.targetChanges, "targets changed")
    // Every history line is one line of the file, whatever its note holds.
    for observation in history.observations {
        precondition(SeriesLine.observation(observation).utf8.filter { $0 == 10 || $0 == 13 }.count == 1)
    }
    return 0
}
