import Foundation
import KPIModel
import Testing

@testable import KPIStore

/// Regressions found by the fuzz targets, the kill loop and the hostile-input tests (issue 7).
@Suite("Store: reliability regressions")
struct ReliabilityRegressionTests {
    static let good = Array("kpi-journal 1\nappend ICT01.kpi 120 6\nvalue\n\ncommit 1\n".utf8)

    @Test("a journal written by kpi reads back exactly")
    func goodJournal() throws {
        let journal = try #require(Journal.decode(Self.good))
        #expect(journal.appends == [.init(name: "ICT01.kpi", priorLength: 120, bytes: Array("value\n".utf8))])
        #expect(journal.encoded() == Self.good)
    }

    /// Found by the journal fuzz target: names were taken as they came (invalid UTF-8 became
    /// U+FFFD, "../x" a path out of the store), and a huge length overflowed `index + count`.
    @Test(
        "a damaged journal is never trusted",
        arguments: [
            "kpi-journal 1\nappend ../../etc/cron.d/x.kpi 0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend a/b.kpi 0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.txt 0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend .kpi 0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.kpi 0 9223372036854775807\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.kpi 0 9223372036854775800\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.kpi +0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend  ICT01.kpi 0 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.kpi 0 6\nvalue\n\ncommit +1\n",
            "kpi-journal 1\nappend ICT01.kpi -1 6\nvalue\n\ncommit 1\n",
            "kpi-journal 1\nappend ICT01.kpi 0 7\nvalue\n\ncommit 1\n",
        ])
    func damagedJournal(_ text: String) {
        #expect(Journal.decode(Array(text.utf8)) == nil)
    }

    @Test("a journal naming a file with invalid UTF-8 is not trusted")
    func invalidUTF8Name() {
        let bytes =
            Array("kpi-journal 1\nappend HR0".utf8) + [0xCF, 0xD1, 0x94, 0x86]
            + Array("i.kpi 0 6\nvalue\n\ncommit 1\n".utf8)
        #expect(Journal.decode(bytes) == nil)
    }

    @Test("torn bytes are not set aside through a .recovered symlink")
    func recoveredSymlink() throws {
        let test = try TestStore()
        try test.defineSamples()
        try FileManager.default.createDirectory(atPath: test.root + "/outside", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: test.directory + "/.recovered", withDestinationPath: test.root + "/outside")
        let handle = FileHandle(forWritingAtPath: test.directory + "/ICT01.kpi")!
        handle.seekToEndOfFile()
        handle.write(Data("value 2021/22 Q2 8".utf8))
        handle.closeFile()
        let before = try test.contents()
        let error = errorMessage { try test.record("ICT01", "2021/22 Q2", "85", at: "2021-11-10") }
        #expect(error?.kind == .badData)
        #expect(
            error?.message
                == "\(test.directory)/.recovered: expected a directory for torn lines set aside, found a symbolic link (the store keeps only real files); nothing was changed"
        )
        #expect(try test.contents() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: test.root + "/outside").isEmpty)
    }

    @Test("a reader does not skip the lock when .lock is a symlink")
    func lockSymlink() throws {
        let test = try TestStore()
        try test.defineSamples()
        try? FileManager.default.removeItem(atPath: test.directory + "/.lock")
        try FileManager.default.createSymbolicLink(
            atPath: test.directory + "/.lock", withDestinationPath: test.root + "/elsewhere")
        let error = errorMessage { _ = try test.store.snapshots(asOf: nil) }
        #expect(
            error?.message
                == "\(test.directory)/.lock: cannot open it: it is a symbolic link, and the store keeps only real files"
        )
    }

    /// The fuzz seed for the CSV importer that found the combining-mark escaping bug reads
    /// back intact through the reader.
    @Test("CSV fields with combining marks after quotes and commas read back intact")
    func csvCombiningMarks() throws {
        let text = "indicator,period,value,note\r\nICT01,2021/22 Q2,85,\"a\"\"\u{7F3}b,\u{301}c\r\n\u{301}d\"\r\n"
        let records = try CSVReader.records(Array(text.utf8), path: "f.csv")
        #expect(
            records.map(\.fields) == [
                ["indicator", "period", "value", "note"],
                ["ICT01", "2021/22 Q2", "85", "a\"\u{7F3}b,\u{301}c\r\n\u{301}d"],
            ])
    }
}
