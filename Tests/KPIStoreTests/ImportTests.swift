import Foundation
import KPIModel
import Testing

@testable import KPIStore

@Suite("CSV import")
struct ImportTests {
    func run(_ test: TestStore, _ csv: String, revise: Bool = false, name: String = "q2.csv") throws -> Int {
        try test.write(name, csv)
        return try ObservationImport.run(
            path: test.root + "/" + name, store: test.store, revise: revise, now: t("2021-11-20T12:00:00Z")
        ).count
    }

    @Test("a spreadsheet export imports: BOM, CRLF, quotes, thousands, percent signs, any column order")
    func happyPath() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.store.define(
            Indicator(
                id: id("DIG01"), title: "Website users", unit: .count, polarity: .higherIsBetter,
                definedAt: t("2020-01-01")))
        let csv =
            "\u{FEFF}Indicator,Period,Value,Note,Recorded_At\r\n"
            + "ICT01,Q2 2021/22,85%,\"Service desk short, \"\"50%\"\" staffed\",2021-11-10T09:00:00Z\r\n"
            + "DIG01,Quarter 1 2021/22,\"189,981\",,2021-08-12\r\n"
            + "DIG01,2021-22 Q2,\"175,776\",\"Drop from Q1;\nsee report\",\r\n"
            + "HR01,2021/22 Q2,-0.5,,2021-11-10\r\n"
            + "\r\n"
        #expect(try run(test, csv) == 4)
        let snapshots = try test.store.snapshots(asOf: nil)
        let dig = snapshots.first { $0.indicator.id.rawValue == "DIG01" }!
        #expect(dig.value(for: q("2021/22 Q1"))?.value == f("189981"))
        #expect(dig.value(for: q("2021/22 Q2"))?.note == "Drop from Q1;\nsee report")
        #expect(dig.value(for: q("2021/22 Q2"))?.recordedAt == t("2021-11-20T12:00:00Z"))
        let ict = snapshots.first { $0.indicator.id.rawValue == "ICT01" }!
        #expect(ict.value(for: q("2021/22 Q2"))?.note == "Service desk short, \"50%\" staffed")
        #expect(try test.store.check().isEmpty)
    }

    @Test("with --revise, rows for periods with a value become revisions in file order")
    func revise() throws {
        let test = try TestStore()
        try test.defineSamples()
        try test.record("ICT01", "2021/22 Q2", "85", at: "2021-11-10")
        let csv =
            "indicator,period,value,recorded_at\nICT01,2021/22 Q2,86,2021-12-01\nICT01,2021/22 Q2,87,2021-12-02\nICT01,2021/22 Q3,90,2022-02-10\n"
        #expect(try run(test, csv, revise: true) == 3)
        let history = try test.store.load(id("ICT01")).requireHistory()
        #expect(history.observations.map(\.isRevision) == [false, true, true, false])
        #expect(history.asOf(nil)?.value(for: q("2021/22 Q2"))?.value == f("87"))
    }

    @Test(
        "one bad row rejects the file, naming every bad row, and nothing is written",
        arguments: [
            (
                "indicator,period,value\nICT01,2021/22 Q2,85\nICT01,Q5 2021/22,85\nNOPE,2021/22 Q2,1\nHR01,2021/22 Q2,85,5\n",
                [
                    "q2.csv: 3 bad rows; nothing was imported",
                    "q2.csv:3: period: expected a quarter such as \"2021/22 Q2\", found \"Q5 2021/22\" (a quarter is Q1 to Q4)",
                    "q2.csv:4: indicator: expected an indicator defined in the store, found \"NOPE\"",
                    "q2.csv:5: row: expected 3 fields as in the header, found 4",
                ]
            ),
            (
                "indicator,period,value\nICT01,2021/22 Q2,85,5\n",
                [
                    "q2.csv: 1 bad row; nothing was imported",
                    "q2.csv:2: row: expected 3 fields as in the header, found 4",
                ]
            ),
            (
                "indicator,period,value\nHR01,2021/22 Q2,\"85,5\"\nHR01,2021/22 Q3,0x10\nHR01,2021/22 Q4,\nHR01,2022/23 Q1,NaN\nICT01,2021/22 Q2,101%\nHR01,2022/23 Q2,85%\n",
                [
                    "q2.csv: 6 bad rows; nothing was imported",
                    "q2.csv:2: value: expected a number such as 85.5, found \"85,5\" (use a point for decimals and no thousands separators)",
                    "q2.csv:3: value: expected a number such as 85.5, found \"0x10\"",
                    "q2.csv:4: value: expected a number such as 85.5, found nothing",
                    "q2.csv:5: value: expected a number such as 85.5, found \"NaN\"",
                    "q2.csv:6: value: expected a percentage from 0 to 100 for ICT01, found 101 (define the indicator with --allow-any-percent to allow this)",
                    "q2.csv:7: value: expected a number such as 85.5, found \"85%\"",
                ]
            ),
            (
                "indicator,period,value\nICT01,2021/22 Q2,85\nICT01,Q2 2021/22,86\n",
                [
                    "q2.csv: 1 bad row; nothing was imported",
                    "q2.csv:3: period: expected one row for ICT01 2021/22 Q2, found a second (the first is at line 2); use --revise to apply corrections in order",
                ]
            ),
            (
                "indicator,period,value,recorded_at\nICT01,2021/22 Q2,85,2021-11-10T09:00:00\n",
                [
                    "q2.csv: 1 bad row; nothing was imported",
                    "q2.csv:2: recorded_at: expected a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z, found \"2021-11-10T09:00:00\" (add Z for UTC or an offset such as +01:00)",
                ]
            ),
            (
                "indicator,period,value\n../x,2021/22 Q2,1\n",
                [
                    "q2.csv: 1 bad row; nothing was imported",
                    "q2.csv:2: indicator: expected 1–32 characters of A-Z a-z 0-9 . _ - not starting with . or -, found \"../x\"",
                ]
            ),
        ])
    func badRows(_ csv: String, _ expected: [String]) throws {
        let test = try TestStore()
        try test.defineSamples()
        let before = try test.contents()
        let error = errorMessage { _ = try run(test, csv) }
        let lines = error?.message.replacingOccurrences(of: test.root + "/", with: "").components(separatedBy: "\n")
        #expect(lines == expected)
        #expect(error?.kind == .badData)
        #expect(try test.contents() == before)
    }

    @Test(
        "a file that is not a good CSV is rejected whole",
        arguments: [
            (
                "",
                "q2.csv:1: header: expected a header row such as \"indicator,period,value,note,recorded_at\", found an empty file"
            ),
            (
                "indicator,value\nICT01,85\n",
                "q2.csv:1: header: expected the columns indicator, period, value and optionally note, recorded_at, by, found no period column"
            ),
            (
                "indicator,period,value,owner\n",
                "q2.csv:1: header: expected the columns indicator, period, value and optionally note, recorded_at, by, found \"owner\""
            ),
            (
                "indicator,period,value,value\n",
                "q2.csv:1: header: expected the columns indicator, period, value and optionally note, recorded_at, by once each, found \"value\" twice"
            ),
            (
                "indicator,period,value\nICT01,2021/22 Q2,\"85\n",
                "q2.csv:2: field: expected a closing double quote for the field that starts on this line, found the end of the file"
            ),
            (
                "indicator,period,value\nICT01,2021/22 Q2,8\"5\n",
                "q2.csv:2: field: expected a double quote only at the start of a field (write \"\" inside quotes), found one in the middle"
            ),
            (
                "indicator,period,value\nICT01,2021/22\u{0} Q2,85\n",
                "q2.csv:2: file: expected text, found a NUL byte (is this a spreadsheet file rather than CSV?)"
            ),
        ])
    func badFiles(_ csv: String, _ expected: String) throws {
        let test = try TestStore()
        try test.defineSamples()
        let error = errorMessage { _ = try run(test, csv) }
        #expect(error?.message.replacingOccurrences(of: test.root + "/", with: "") == expected)
    }

    @Test("invalid UTF-8 is located")
    func invalidUTF8() throws {
        let test = try TestStore()
        try test.defineSamples()
        var bytes = Array("indicator,period,value\nICT01,2021/22 Q2,85\nICT01,2021/22 Q3,".utf8)
        bytes += [0xFF, 0xFE, 10]
        try Data(bytes).write(to: URL(fileURLWithPath: test.root + "/bad.csv"))
        let error = errorMessage {
            _ = try ObservationImport.run(path: test.root + "/bad.csv", store: test.store, revise: false)
        }
        #expect(
            error?.message
                == "\(test.root)/bad.csv:3: file: expected UTF-8 text, found invalid bytes (save the sheet as \"CSV UTF-8\")"
        )
    }

    @Test(
        "thousands separators must be real groups",
        arguments: [
            ("1,234", true), ("-1,234,567.5", true), ("85,5", false), ("1,23,456", false), ("1234,567", false),
            (",123", false),
        ])
    func grouping(_ text: String, _ grouped: Bool) {
        #expect(ObservationImport.isGroupedThousands(Substring(text)) == grouped)
    }

    @Test("a missing file is exit 66")
    func missingFile() throws {
        let test = try TestStore()
        #expect(
            errorMessage {
                _ = try ObservationImport.run(path: test.root + "/none.csv", store: test.store, revise: false)
            }?.kind == .missing)
    }
}
