import FoundationEssentials

extension Figure {
    /// Reads a figure written plainly: `85`, `-3.5`, `+12`, `0.25`.
    ///
    /// Deliberately strict: no exponents (`1e400`), no hexadecimal (`0x10`), no comma decimals
    /// (`85,5`, which means 85.5 in much of Europe and 855 in a spreadsheet), no `NaN` or
    /// infinities, at most ``maximumDigits`` significant digits, at most ``maximumDigits`` digits
    /// after the point, and at most ``limit`` in size.
    /// Friendlier spellings (`"175,776"`, `85%`) are the importer's job, which knows the unit.
    public init(parsing text: String, field: String = "value") throws(FieldError) {
        var bytes = text
        let result = bytes.withUTF8 { buffer in
            Result { () throws(FieldError) in try Figure(parsingUTF8: buffer, original: text, field: field) }
        }
        self = try result.get()
    }

    /// Reads a figure from UTF-8 bytes; the fast path used when loading Series files.
    /// Not generic on purpose: a generic parser called from another module runs unspecialised.
    public init(
        parsingUTF8 bytes: UnsafeBufferPointer<UInt8>, original: @autoclosure () -> String, field: String = "value"
    ) throws(FieldError) {
        func fail(_ reason: String? = nil) -> FieldError {
            let text = original()
            let found = text.isEmpty ? "nothing" : quoted(text)
            return .notAFigure(field, found: found, because: reason)
        }
        var negative = false
        var mantissa: UInt64 = 0
        var digits = 0  // significant digits accumulated into mantissa
        var fraction = 0  // digits after the point
        var seenPoint = false
        var seenDigitBefore = false
        var seenDigitAfter = false
        var canonical = [UInt8]()
        canonical.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        if index == bytes.endIndex { throw fail() }
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint {
                    seenDigitAfter = true
                    fraction += 1
                    // Leading zeros after the point are not significant digits, but each one is a
                    // power of ten that `Decimal` (exponent down to -128) cannot hold beyond a point:
                    // "0." followed by 130 zeros and a 1 would silently become 0.
                    guard fraction <= Figure.maximumDigits else {
                        throw fail("at most \(Figure.maximumDigits) digits after the point")
                    }
                } else {
                    seenDigitBefore = true
                }
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    digits += 1
                    guard digits <= Figure.maximumDigits else {
                        throw fail("at most \(Figure.maximumDigits) significant digits")
                    }
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                }
                canonical.append(byte)
            case UInt8(ascii: "."):
                guard !seenPoint, seenDigitBefore else { throw fail() }
                seenPoint = true
                canonical.append(byte)
            case UInt8(ascii: ","):
                throw fail("use a point for decimals and no thousands separators")
            default:
                throw fail()
            }
            index = bytes.index(after: index)
        }
        guard seenDigitBefore, !seenPoint || seenDigitAfter else { throw fail() }
        let magnitude = Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
        // Fewer than 16 whole digits is always within the limit; only longer ones need the
        // (slow, normalising) Decimal comparison.
        guard digits - fraction < 16 || magnitude <= Figure.limit else {
            throw .figureTooLarge(field, found: original())
        }
        // Canonical text: drop a leading "+", keep "-" only for non-zero values, keep digits as typed.
        let isZero = mantissa == 0
        var text = (negative && !isZero) ? "-" : ""
        text += String(decoding: canonical, as: UTF8.self)
        self.init(decimal: negative && !isZero ? -magnitude : magnitude, text: text)
    }

    /// A figure made from an exact decimal, written with the fewest digits needed.
    public init(_ decimal: Decimal) {
        self.init(decimal: decimal, text: "\(decimal)")
    }
}
