extension Timestamp {
    /// Which end of the day a date without a time stands for.
    public enum DateOnly: Sendable {
        /// 00:00:00Z: a figure "recorded on 10 November" was known from that morning.
        case startOfDay
        /// 23:59:59Z: "as of 10 November" includes everything recorded that day.
        case endOfDay
    }

    /// Reads `YYYY-MM-DD` or ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
    ///
    /// A time without a zone is rejected: the store keeps UTC, and guessing the local zone
    /// would silently shift a back-filled figure by an hour in summer.
    public init(parsing text: String, field: String, dateOnly: DateOnly) throws(FieldError) {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(FieldError) in try Timestamp(parsingUTF8: buffer, field: field, dateOnly: dateOnly) }
        }
        self = try result.get()
    }

    /// Reads a time from UTF-8 bytes; the fast path used when loading Series files.
    /// Not generic on purpose: a generic parser called from another module runs unspecialised.
    public init(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>, field: String, dateOnly: DateOnly) throws(FieldError) {
        func fail(_ reason: String? = nil) -> FieldError {
            let text = String(decoding: bytes, as: UTF8.self)
            let found = text.isEmpty ? "nothing" : quoted(text)
            return .notATimestamp(field, found: found, because: reason)
        }
        var index = bytes.startIndex
        func number(_ width: Int) throws(FieldError) -> Int {
            guard index + width <= bytes.endIndex else { throw fail() }
            var value = 0
            for offset in index..<index + width {
                let byte = bytes[offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw fail() }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) throws(FieldError) {
            guard index < bytes.endIndex, bytes[index] == byte else { throw fail() }
            index += 1
        }
        let year = try number(4)
        try expect(UInt8(ascii: "-"))
        let month = try number(2)
        try expect(UInt8(ascii: "-"))
        let day = try number(2)
        guard (1...12).contains(month), (1...Timestamp.daysInMonth(year: year, month: month)).contains(day) else {
            throw fail("no such date")
        }
        var seconds = Int64(Timestamp.days(year: year, month: month, day: day)) * 86_400
        if index == bytes.endIndex {
            if case .endOfDay = dateOnly { seconds += 86_399 }
            self.init(secondsSince1970: seconds)
            return
        }
        guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t") else { throw fail() }
        index += 1
        let hour = try number(2)
        try expect(UInt8(ascii: ":"))
        let minute = try number(2)
        var second = 0
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") {
            index += 1
            second = try number(2)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                let start = index
                while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    index += 1
                }
                guard index > start else { throw fail() }
            }
        }
        guard hour < 24, minute < 60, second < 60 else { throw fail("no such time") }
        seconds += Int64(hour * 3600 + minute * 60 + second)
        guard index < bytes.endIndex else { throw fail("add Z for UTC or an offset such as +01:00") }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Int64 = bytes[index] == UInt8(ascii: "+") ? 1 : -1
            index += 1
            let offsetHours = try number(2)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") { index += 1 }
            let offsetMinutes = try number(2)
            guard offsetHours < 24, offsetMinutes < 60 else { throw fail() }
            seconds -= sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
        default:
            throw fail()
        }
        guard index == bytes.endIndex else { throw fail() }
        self.init(secondsSince1970: seconds)
    }
}
