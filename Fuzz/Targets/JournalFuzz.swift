// libFuzzer target: reading the store's journal (compiled into module KPIStore by
// scripts/reliability/fuzz.sh). A journal is only ever written by kpi, but after a crash or
// a bad disk the next command reads whatever is there: no bytes may crash it, and a journal
// it accepts must be exactly what kpi would have written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let journal = Journal.decode(bytes) {
        precondition(journal.encoded() == bytes, "an accepted journal does not encode back to its bytes")
        for append in journal.appends {
            precondition(append.priorLength >= 0 && !append.name.contains("/")
                         && (append.name.hasSuffix(".kpi") || append.name.hasSuffix(".action")))
        }
    }
    return 0
}
