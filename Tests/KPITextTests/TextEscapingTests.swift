import KPIText
import Testing

/// The rules of the markup and Series-text escapers, as tables: one escaper per format, so each
/// rule is tested once here rather than through every writer that uses it.
@Suite("Text escaping: markup and Series text")
struct TextEscapingTests {
    @Test(
        "Markup (XML and HTML alike) escapes the five markup characters, keeps lines one line and drops what XML forbids",
        arguments: [
            ("<script>&\"'", "&lt;script&gt;&amp;&quot;&#39;"),
            ("O'Brien & Co", "O&#39;Brien &amp; Co"),
            ("a\tb\nc", "a b c"),
            ("a\r\nb", "a b"),
            ("a\u{0}b\u{1B}c\u{7F}d", "abcd"),
            ("a\u{85}b\u{9F}c", "abc"),
            ("a\u{FFFE}b\u{FFFF}c", "abc"),
            ("Café ▲ £405,740 🙂", "Café ▲ £405,740 🙂"),
        ])
    func markup(_ text: String, _ expected: String) {
        #expect(TextEscaping.markup(text) == expected)
    }

    @Test(
        "Series text is quoted with backslash escapes, one line whatever it holds",
        arguments: [
            ("plain", "\"plain\""),
            ("say \"hi\" \\ there", "\"say \\\"hi\\\" \\\\ there\""),
            ("a\nb\rc\td", "\"a\\nb\\rc\\td\""),
            ("esc\u{1B}[31m", "\"esc\\u{1b}[31m\""),
            ("del\u{7F} ls\u{2028} ps\u{2029}", "\"del\\u{7f} ls\\u{2028} ps\\u{2029}\""),
            ("Café 🙂", "\"Café 🙂\""),
        ])
    func seriesText(_ text: String, _ expected: String) {
        #expect(TextEscaping.seriesText(text) == expected)
    }

    @Test("Series text with a limit shows that many characters, then an ellipsis inside the quotes")
    func seriesTextLimit() {
        #expect(TextEscaping.seriesText("abcdef", limit: 6) == "\"abcdef\"")
        #expect(TextEscaping.seriesText("abcdefg", limit: 6) == "\"abcdef…\"")
        #expect(TextEscaping.seriesText("a\"cdefg", limit: 2) == "\"a\\\"…\"")
    }
}
