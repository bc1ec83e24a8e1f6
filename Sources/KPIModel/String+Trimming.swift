extension StringProtocol {
    /// The text without leading and trailing blanks: tabs and spaces, including the other
    /// Unicode spaces such as the no-break space. This is the set Foundation calls
    /// `.whitespaces` (tab, U+0020, U+00A0, U+1680, U+2000 to U+200B, U+202F, U+205F and
    /// U+3000); a line break is not a blank.
    public func trimmingBlanks() -> String {
        trimming { scalar in
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
    }

    /// The text without leading and trailing spaces and tabs (ASCII only).
    public func trimmingSpacesAndTabs() -> String {
        trimming { $0 == " " || $0 == "\t" }
    }

    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
