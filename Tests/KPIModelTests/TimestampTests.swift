import Foundation
import KPITestSupport
import Testing

@testable import KPIModel

@Suite("Timestamps")
struct TimestampTests {
    @Test func dates() throws {
        let start = try Timestamp(parsing: "2021-11-10", field: "date", dateOnly: .startOfDay)
        let end = try Timestamp(parsing: "2021-11-10", field: "date", dateOnly: .endOfDay)
        #expect(start.description == "2021-11-10T00:00:00Z")
        #expect(end.description == "2021-11-10T23:59:59Z")
        #expect(start.dateText == "2021-11-10")
    }

    @Test(
        "ISO 8601 times with a zone",
        arguments: [
            ("2021-11-10T09:00:00Z", "2021-11-10T09:00:00Z"),
            ("2021-11-10T09:00Z", "2021-11-10T09:00:00Z"),
            ("2021-11-10T09:00:00.750Z", "2021-11-10T09:00:00Z"),
            ("2021-11-10T10:00:00+01:00", "2021-11-10T09:00:00Z"),
            ("2021-11-10T00:30:00-0130", "2021-11-10T02:00:00Z"),
            ("2020-02-29T23:59:59z", "2020-02-29T23:59:59Z"),
            ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ])
    func times(_ text: String, _ expected: String) throws {
        #expect(try Timestamp(parsing: text, field: "date", dateOnly: .startOfDay).description == expected)
    }

    @Test(
        "bad dates and times are rejected",
        arguments: [
            "2021-02-29", "2021-13-01", "2021-11-10T09:00:00", "2021-11-10 09:00:00Z", "10/11/2021", "",
            "2021-11-10T25:00Z",
            "2021-11-10T09:00:00Zjunk", "yesterday",
        ])
    func rejected(_ text: String) {
        #expect(throws: FieldError.self) { try Timestamp(parsing: text, field: "date", dateOnly: .startOfDay) }
    }

    @Test("a zone-less time says to add Z")
    func zoneMessage() {
        do {
            _ = try Timestamp(parsing: "2021-11-10T09:00:00", field: "recorded_at", dateOnly: .startOfDay)
        } catch {
            #expect(
                error.description
                    == "recorded_at: expected a date such as 2021-11-10 or a UTC time such as 2021-11-10T09:00:00Z, found \"2021-11-10T09:00:00\" (add Z for UTC or an offset such as +01:00)"
            )
        }
    }

    @Test("formatting and parsing agree with Foundation for any second", arguments: PropertySeed.arguments)
    func roundTripProperty(seed: PropertySeed) throws {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = seed.generator()
        for _ in 0..<2_000 {
            let seconds = Int64.random(in: -2_000_000_000...8_000_000_000, using: &generator)
            let timestamp = Timestamp(secondsSince1970: seconds)
            #expect(timestamp.description == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
            #expect(try Timestamp(parsing: timestamp.description, field: "t", dateOnly: .startOfDay) == timestamp)
        }
    }
}
