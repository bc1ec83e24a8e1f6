import KPIText
import Testing

/// Found by the CSV fuzz target (issue 7): a comma, quote, line break or pipe followed by a
/// combining mark is one Swift Character that is not equal to `,`, so Character-based escaping
/// let it through, and a spreadsheet or Markdown renderer then split the field or the row.
@Suite("Text escaping: combining marks")
struct TextEscapingRegressionTests {
    @Test(
        "CSV fields with a combining mark after a comma, quote or line break are quoted",
        arguments: [
            ("a,\u{301}b", "\"a,\u{301}b\""),
            ("a\"\u{301}b", "\"a\"\"\u{301}b\""),
            ("a\n\u{301}b", "\"a\n\u{301}b\""),
            ("a\r\n\u{301}b", "\"a\r\n\u{301}b\""),
            ("plain é", "plain é"),
        ])
    func csv(_ text: String, _ expected: String) {
        #expect(TextEscaping.csv(text) == expected)
        #expect(TextEscaping.spreadsheetText(text) == expected)
    }

    @Test(
        "Markdown cells escape a pipe, markup and line breaks with a combining mark",
        arguments: [
            ("a|\u{301}b", "a\\|\u{301}b"),
            ("a\n\u{301}b", "a \u{301}b"),
            ("a\r\nb", "a b"),
            ("<\u{301}script>", "&lt;\u{301}script&gt;"),
            ("x\u{2028}y\u{1b}z", "x y z"),
        ])
    func markdown(_ text: String, _ expected: String) {
        #expect(TextEscaping.markdownCell(text) == expected)
    }
}
