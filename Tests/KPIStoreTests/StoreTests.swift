import Foundation
import KPIModel
import Testing

@testable import KPIStore

@Suite("The store")
struct StoreTests {
    @Test("define, record and revise write the documented lines")
    func roundTrip() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.record(
            "ICT01", "2021/22 Q2", "85", at: "2021-11-10T09:30:00Z", note: "Service desk at \"50%\"\nof establishment")
        try test.record("ICT01", "Q2 2021/22", "86", at: "2021-12-01", note: "Late closures", revise: true)
        #expect(
            try test.text("ICT01") == """
                # kpi series file, format 1 (see docs/series-format.md)
                indicator ICT01 defined 2020-01-01T00:00:00Z
                title "% of ICT incidents resolved in under 2 days"
                unit percent
                better higher
                decimals 0
                theme "IT and Digital Services"
                target 2020/21 Q1 90 amber 85 recorded 2020-01-01T00:00:00Z
                value 2021/22 Q2 85 recorded 2021-11-10T09:30:00Z note "Service desk at \\"50%\\"\\nof establishment"
                revise 2021/22 Q2 86 recorded 2021-12-01T00:00:00Z note "Late closures"

                """)
        let history = try test.store.load(id("ICT01")).requireHistory()
        #expect(history.indicator == test.ict01)
        #expect(history.observations.count == 2)
        #expect(history.observations[0].note == "Service desk at \"50%\"\nof establishment")
        #expect(history.observations[1].isRevision)
        let snapshots = try test.store.snapshots(asOf: t("2021-11-30"))
        #expect(snapshots.map(\.indicator.id.rawValue) == ["HR01", "ICT01"])
        #expect(snapshots[1].value(for: q("2021/22 Q2"))?.value == f("85"))
        #expect(try test.store.snapshots(asOf: nil)[1].value(for: q("2021/22 Q2"))?.value == f("86"))
        #expect(try test.store.check().isEmpty)
    }

    @Test("rejected commands leave every byte of the store unchanged")
    func rejectedCommands() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.record("ICT01", "2021/22 Q2", "85", at: "2021-11-10")
        let before = try test.contents()
        let attempts: [(String, () throws -> Void)] = [
            (
                "ICT01 already has a value for 2021/22 Q2",
                { try test.record("ICT01", "2021/22 Q2", "86", at: "2021-11-11") }
            ),
            (
                "expected a percentage from 0 to 100",
                { try test.record("ICT01", "2021/22 Q3", "101", at: "2022-02-11") }
            ),
            (
                "expected a time at or after the value it revises",
                { try test.record("ICT01", "2021/22 Q2", "90", at: "2021-11-01", revise: true) }
            ),
            (
                "expected a time that is not in the future",
                { try test.record("ICT01", "2021/22 Q3", "90", at: "2999-01-01") }
            ),
            ("no indicator NOPE in this store", { try test.record("NOPE", "2021/22 Q3", "90", at: "2022-02-11") }),
            ("indicator ICT01 already exists", { try test.store.define(test.ict01) }),
            (
                "expected a threshold at or below the target 90",
                {
                    try test.store.addTarget(
                        TargetChange(
                            from: q("2022/23 Q1"), value: f("90"), amber: .threshold(f("95")),
                            recordedAt: t("2022-03-01")), to: id("ICT01"))
                }
            ),
            (
                "expected a percentage of 0 or more",
                {
                    try test.store.addTarget(
                        TargetChange(
                            from: q("2022/23 Q1"), value: f("90"), amber: .tolerance(f("-5")),
                            recordedAt: t("2022-03-01")), to: id("ICT01"))
                }
            ),
        ]
        for (expected, attempt) in attempts {
            let error = errorMessage(attempt)
            #expect(error?.message.contains(expected) == true, "\(expected): got \(String(describing: error))")
            #expect(try test.contents() == before, "store changed by: \(expected)")
        }
    }

    @Test("a percent indicator may leave 0–100 only when its definition allows it")
    func percentRange() throws {
        let test = try TestStore()
        try test.store.define(
            Indicator(
                id: id("CHG"), title: "Change in demand", unit: .percent, polarity: .lowerIsBetter,
                allowsAnyPercent: true, definedAt: t("2020-01-01")))
        try test.record("CHG", "2021/22 Q1", "-12.5", at: "2021-08-01")
        try test.record("CHG", "2021/22 Q2", "140", at: "2021-11-01")
        #expect(try test.store.load(id("CHG")).requireHistory().observations.count == 2)
    }

    @Test("a torn final line is never read, and the next write sets it aside")
    func tornLine() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.record("ICT01", "2021/22 Q1", "88", at: "2021-08-10")
        let path = test.directory + "/ICT01.kpi"
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data("value 2021/22 Q2 8".utf8))  // a crash cut "85 recorded …" short
        handle.closeFile()

        var warnings: [String] = []
        let snapshot = try test.store.snapshots(asOf: nil, warn: { warnings.append($0) })[1]
        #expect(snapshot.value(for: q("2021/22 Q2")) == nil)
        #expect(
            warnings == [
                "\(path): ignoring 18 bytes after the last complete line (a write torn by a crash); the next write to it sets them aside"
            ])
        #expect(
            try test.store.check().first?.message.hasPrefix(
                "\(path):10: line: expected a complete line ending in a newline, found 18 bytes without one") == true)

        let (_, recovery) = try test.store.record(
            id("ICT01"), period: q("2021/22 Q2"), value: f("85"), note: nil, revise: false, recordedAt: t("2021-11-10"))
        #expect(recovery.count == 1)
        #expect(
            recovery[0].hasPrefix(
                "\(path): set aside 18 bytes of a line torn by an interrupted write into \(test.directory)/.recovered/ICT01.kpi."
            ))
        let recovered = try FileManager.default.contentsOfDirectory(atPath: test.directory + "/.recovered")
        #expect(recovered.count == 1)
        #expect(
            FileManager.default.contents(atPath: test.directory + "/.recovered/" + recovered[0])
                == Data("value 2021/22 Q2 8".utf8))
        #expect(
            try test.text("ICT01").hasSuffix(
                "value 2021/22 Q1 88 recorded 2021-08-10T00:00:00Z\nvalue 2021/22 Q2 85 recorded 2021-11-10T00:00:00Z\n"
            ))
        #expect(try test.store.check().isEmpty)
    }

    @Test("an unfinished journal is dropped; a committed one is completed exactly once")
    func journalRecovery() throws {
        let test = try TestStore()
        try test.defineSamples()
        let ictSize = try test.text("ICT01").utf8.count
        let hrSize = try test.text("HR01").utf8.count
        let journal = Journal(appends: [
            .init(
                name: "ICT01.kpi", priorLength: ictSize,
                bytes: Array("value 2021/22 Q1 88 recorded 2021-08-10T00:00:00Z\n".utf8)),
            .init(
                name: "HR01.kpi", priorLength: hrSize,
                bytes: Array("value 2021/22 Q1 2.5 recorded 2021-08-10T00:00:00Z\n".utf8)),
        ])
        // Unfinished: the commit line never made it to disk.
        let bytes = journal.encoded()
        try Data(bytes.dropLast(3)).write(to: URL(fileURLWithPath: test.directory + "/.journal"))
        let before = try test.contents().filter { $0.key != ".journal" }
        let warnings = try test.store.write { _ in }
        #expect(
            warnings == [
                "\(test.directory)/.journal: dropped an unfinished journal from an interrupted command; it had not changed any file"
            ])
        #expect(try test.contents() == before)

        // Committed, and the first file already half appended when the crash came.
        try journal.write(directory: test.directory)
        let handle = FileHandle(forWritingAtPath: test.directory + "/ICT01.kpi")!
        handle.seekToEndOfFile()
        handle.write(Data("value 2021/22 Q1 8".utf8))
        handle.closeFile()
        var readWarnings: [String] = []
        let snapshots = try test.store.snapshots(asOf: nil, warn: { readWarnings.append($0) })
        #expect(
            readWarnings == [
                "\(test.directory)/.journal: completed an interrupted command from its journal (ICT01.kpi, HR01.kpi)"
            ])
        #expect(snapshots.map { $0.values.count } == [1, 1])
        #expect(try test.text("ICT01").components(separatedBy: "2021/22 Q1").count == 2)
        #expect(!FileManager.default.fileExists(atPath: test.directory + "/.journal"))
        #expect(try test.store.check().isEmpty)
    }

    @Test("a Series file that is a symlink is refused")
    func symlink() throws {
        let test = try TestStore()
        try test.write("outside.kpi", "indicator EVIL defined 2020-01-01T00:00:00Z\n")
        try FileManager.default.createSymbolicLink(
            atPath: test.directory + "/EVIL.kpi", withDestinationPath: test.root + "/outside.kpi")
        let error = errorMessage { _ = try test.store.snapshots(asOf: nil) }
        #expect(error?.kind == .badData)
        #expect(
            error?.message
                == "\(test.directory)/EVIL.kpi: cannot read it: it is a symbolic link, and the store keeps only real files"
        )
        #expect(
            try test.store.check().map(\.message) == [
                "\(test.directory)/EVIL.kpi: file: expected a regular file, found a symbolic link (the store keeps only real files)"
            ])
    }

    @Test("opening something that is not a store says so")
    func notAStore() throws {
        let test = try TestStore()
        #expect(errorMessage { _ = try Store(opening: test.root + "/nowhere") }?.kind == .missing)
        #expect(
            errorMessage { _ = try Store(opening: test.root) }?.message
                == "\(test.root): not a kpi store (no store.conf); create one with kpi init")
        #expect(
            errorMessage { _ = try Store.initialize(at: test.directory, settings: StoreSettings()) }?.message
                == "\(test.directory): already a kpi store (store.conf exists); nothing was changed")
    }
}
