/// Escaping of store text (titles, notes) for each output format, one function per format.
///
/// Store text is typed by people and may hold anything: quotes, line breaks, `<script>`,
/// `=HYPERLINK(…)`. Every writer escapes through here so the rules live in one place: JSON,
/// CSV (and CSV for spreadsheets), Markdown table cells, terminal lines, markup (XML and HTML
/// alike: the SVG charts and the pack's web page) and the double-quoted text of Series files,
/// which error messages also use to show what they found.
public enum TextEscaping {
    /// A JSON string literal.
    public static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if let escape = backslashEscape(scalar) {
                out += escape
                continue
            }
            switch scalar {
            case "<": out += "\\u003c"  // keeps "</script>" harmless if the JSON is embedded in HTML
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An RFC 4180 CSV field, quoted when needed.
    ///
    /// Works on Unicode scalars, not Characters: a comma, quote or line break followed by a
    /// combining mark (`,\u{301}`) is one Character that is not equal to `,`, yet a CSV reader
    /// still splits on its comma.
    public static func csv(_ text: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append(scalar) }
        }
        out.append("\"")
        return String(out)
    }

    /// A CSV field of free text made safe for spreadsheets: a leading `= + - @`, tab or
    /// carriage return gets an apostrophe so it is shown, never run as a formula.
    public static func spreadsheetText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return csv(text)
        }
        return csv("'" + text)
    }

    /// Text in a Markdown table cell: pipes, Markdown punctuation and HTML are escaped, and
    /// line breaks become spaces, so a note can neither break the table nor inject markup.
    ///
    /// Works on Unicode scalars, not Characters, so that a pipe or line break followed by a
    /// combining mark (`|\u{301}`) is escaped too.
    public static func markdownCell(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "|", "\\", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n" where previousWasCR: continue  // "\r\n" is one space
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Text for one terminal line: control characters (escape sequences included) made
    /// visible as `?` so a hostile note cannot move the cursor or recolour the terminal.
    public static func terminal(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar
                }))
    }

    /// Text inside markup, XML or HTML, as character data or an attribute value in double or
    /// single quotes: the SVG charts' titles and descriptions and every text of the pack's page.
    ///
    /// `&`, `<`, `>`, `"` and `'` become references (`'` as `&#39;`, which XML and every HTML
    /// know, where `&apos;` is not HTML 4); a tab or line feed becomes a space, so a title stays
    /// one line in a tooltip or an `alt`; every other control character, C1 controls and
    /// U+FFFE/U+FFFF are dropped, since XML 1.0 forbids them and HTML counts them parse errors.
    public static func markup(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text between double quotes as a Series file holds it, and as an error message shows
    /// what it found.
    ///
    /// Inside, `\"` and `\\` stand for a quote and a backslash, `\n`, `\r` and `\t` for line
    /// breaks and tabs, and `\u{1b}` for any other control character (and the Unicode line and
    /// paragraph separators), so that one history line is always one line of the file, and an
    /// error one line of the terminal, whatever a note holds. Everything else, accents and emoji
    /// included, is written as it is (UTF-8). With a `limit`, only the first `limit` characters
    /// (Unicode scalars) are shown, followed by `…` inside the quotes, so a 2 MB value cannot
    /// make a 2 MB error line. KPIStore's `SeriesText.unquote` reads it back.
    @inlinable
    public static func seriesText(_ text: some StringProtocol, limit: Int? = nil) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if let limit, count > limit { return out + "…\"" }
            if let escape = backslashEscape(scalar) {
                out += escape
            } else if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The backslash escapes JSON and Series text share: a quote, a backslash, a line feed, a
    /// carriage return and a tab; nil for any other character.
    @usableFromInline
    static func backslashEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: nil
        }
    }
}
