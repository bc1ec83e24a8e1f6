import KPIDrawing

/// Makes untrusted text safe to draw and fits it to a width: cleaning, wrapping, ellipsis.
///
/// Titles come from hand-edited Series files, so they may be very long, hold control
/// characters, bidi overrides, emoji or markup. Layout never lets such text push anything out
/// of the image: it is cleaned, wrapped to a fixed number of lines and cut with "…".
public enum TextFitting {
    /// The ellipsis appended to cut text.
    public static let ellipsis = "…"

    /// `text` with control characters and explicit bidi controls removed and whitespace runs
    /// collapsed to one space.
    ///
    /// Bidi overrides (U+202A–U+202E, U+2066–U+2069) could make drawn text read differently from
    /// the stored text; plain right-to-left letters are kept and drawn as they are.
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            // ASCII first: the Unicode property lookup is the slow part of cleaning a title.
            let isSpace =
                scalar.isASCII
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value))
                : scalar.properties.isWhitespace
            if isSpace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0xFEFF
            {
                continue
            }
            out.append(scalar)
            lastWasSpace = false
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// `text` cut with an ellipsis so it fits `width` in `font`; unchanged when it fits.
    public static func truncate(_ text: String, width: Double, font: Font, measurer: any TextMeasurer) -> String {
        if measurer.measure(text, font: font).width <= width { return text }
        // ends[n] is where character n ends: prefixes are slices of `text`, not rebuilt strings.
        let ends = Array(text.indices.dropFirst()) + [text.endIndex]
        var low = 0, high = ends.count
        func prefix(_ count: Int) -> Substring { count == 0 ? "" : text[..<ends[count - 1]] }
        while low < high {
            let mid = (low + high + 1) / 2
            let candidate = trimmedPrefix(prefix(mid)) + ellipsis
            if measurer.measure(candidate, font: font).width <= width { low = mid } else { high = mid - 1 }
        }
        let fitted = trimmedPrefix(prefix(low)) + ellipsis
        return measurer.measure(fitted, font: font).width <= width ? fitted : ""
    }

    /// `text` wrapped at spaces into at most `maxLines` lines of at most `width`, the last one
    /// cut with an ellipsis when text remains. Words longer than a line are broken.
    public static func wrap(
        _ text: String, width: Double, font: Font, maxLines: Int,
        measurer: any TextMeasurer
    ) -> [String] {
        guard maxLines > 0, !text.isEmpty else { return [] }
        func fits(_ s: String) -> Bool { measurer.measure(s, font: font).width <= width }
        var words = text.split(separator: " ").map(String.init)
        var lines: [String] = []
        while !words.isEmpty {
            if lines.count == maxLines - 1 {
                lines.append(truncate(words.joined(separator: " "), width: width, font: font, measurer: measurer))
                return lines
            }
            var line = words.removeFirst()
            if !fits(line) {
                // Break an over-long word at the last character that fits.
                let characters = Array(line)
                var count = characters.count - 1
                while count > 1, !fits(String(characters.prefix(count))) { count -= 1 }
                words.insert(String(characters.dropFirst(count)), at: 0)
                line = String(characters.prefix(count))
            }
            while let next = words.first, fits(line + " " + next) {
                line += " " + next
                words.removeFirst()
            }
            lines.append(line)
        }
        return lines
    }

    /// The first `count` characters without trailing spaces or punctuation that would sit oddly
    /// before an ellipsis.
    private static func trimmedPrefix(_ text: Substring) -> String {
        var prefix = text
        while let last = prefix.last, last == " " || last == "," || last == ";" || last == ":" || last == "-" {
            prefix.removeLast()
        }
        return String(prefix)
    }
}
