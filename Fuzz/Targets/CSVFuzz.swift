// libFuzzer target: the CSV importer's reading (compiled into module KPIStore by
// scripts/reliability/fuzz.sh): CSVReader.records, the header and row checks of
// ObservationImport and its spreadsheet-friendly value parsing, everything an import does
// before it touches the store.
//
// No input may crash. Records written back out with every field quoted must read back the same.
import KPIModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let records: [CSVReader.Record]
    do {
        records = try CSVReader.records(bytes, path: "f.csv")
    } catch let error as KPIError {
        precondition(error.kind == .badData && error.message.hasPrefix("f.csv:"), error.message)
        return 0
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
    var lastLine = 0
    for record in records {
        precondition(record.line > lastLine && !record.fields.isEmpty)
        lastLine = record.line
    }

    // Round trip: quote every field, read it back. (Quotes are doubled byte by byte: a quote
    // followed by a combining mark is one Character, and a Character-based replace misses it.)
    var out: [UInt8] = []
    for record in records {
        for (index, field) in record.fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(10)
    }
    let again = (try? CSVReader.records(out, path: "again.csv")) ?? []
    precondition(again.map(\.fields) == records.map(\.fields), "records do not read back")

    guard let header = records.first,
          let columns = try? CSVColumns(header, path: "f.csv", required: ObservationImport.requiredColumns,
                                        optional: ObservationImport.optionalColumns) else { return 0 }
    let now = Timestamp(secondsSince1970: 1_637_000_000)
    for record in records.dropFirst() {
        guard let row = try? ObservationImport.parse(record, columns: columns, path: "f.csv", now: now, by: "fuzz") else { continue }
        for unit in [IndicatorUnit.percent, .count, .number] {
            if let figure = try? ObservationImport.figure(row.valueText, unit: unit) {
                precondition((try? Figure(parsing: figure.text)) == figure)
            }
        }
        if let note = row.note { _ = SeriesLine.observation(Observation(period: row.period.resolved(in: .april), value: Figure(1), recordedAt: row.recordedAt, note: note)) }
    }
    return 0
}
