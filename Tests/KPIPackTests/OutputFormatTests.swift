import Testing
import KPIModel
import KPIPack

@Suite struct OutputFormatTests {
    @Test(arguments: [
        (nil, nil, OutputFormat.png), ("svg", nil, .svg), (nil, "out/x.PDF", .pdf), ("png", "a.png", .png), ("SVG", "a.svg", .svg),
    ] as [(String?, String?, OutputFormat)])
    func resolvesFromOptionOrExtension(format: String?, out: String?, expected: OutputFormat) throws {
        #expect(try OutputFormat.resolve(format: format, out: out) == expected)
    }

    @Test func refusesUnknownOrContradictoryFormats() {
        #expect(throws: KPIError(.usage, "--format: expected png, svg or pdf, found \"gif\"")) {
            try OutputFormat.resolve(format: "gif", out: nil)
        }
        #expect(throws: KPIError(.usage, "--format: expected svg to match --out \"a.svg\", found png")) {
            try OutputFormat.resolve(format: "png", out: "a.svg")
        }
        #expect(throws: KPIError(.usage, "--out: expected a file ending in .png, .svg or .pdf (or give --format), found \"chart\"")) {
            try OutputFormat.resolve(format: nil, out: "chart")
        }
    }
}
