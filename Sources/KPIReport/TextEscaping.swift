import Foundation

/// Escaping of store text (titles, notes) for each output format.
///
/// Store text is typed by people and may hold anything: quotes, line breaks, `<script>`,
/// `=HYPERLINK(…)`. Every writer escapes through here so the rules live in one place.
public enum TextEscaping {
    /// A JSON string literal.
    public static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"   // keeps "</script>" harmless if the JSON is embedded in HTML
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
            case "\n" where previousWasCR: continue   // "\r\n" is one space
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
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar
        }))
    }
}
