import Testing

@testable import KPICairo

/// Page furniture as artifacts: the unmarked runs of a content stream, as Cairo 1.16 writes it.
@Suite struct PDFContentArtifactsTests {
    @Test(
        "unmarked drawing is wrapped as an artifact; marked content, q/Q and state-only runs are left alone",
        arguments: [
            // A footer after a heading: the rule and the text become one artifact.
            (
                "1 0 0 -1 0 841.89 cm\nq\n/H1 << /MCID 0 >> BDC\nBT\n(Title)Tj\nET\nEMC\n0.5 w\n42 800 m 553 800 l S\nBT\n(Page 1 of 2)Tj\nET\nQ\n",
                "1 0 0 -1 0 841.89 cm\nq\n/H1 << /MCID 0 >> BDC\nBT\n(Title)Tj\nET\nEMC\n/Artifact BMC\n0.5 w\n42 800 m 553 800 l S\nBT\n(Page 1 of 2)Tj\nET\nEMC\nQ\n"
            ),
            // Settings with nothing painted stay unwrapped; a clip reset splits runs.
            (
                "0 J\n0 j\nQ q\n10 10 m 20 20 l S\n/P << /MCID 1 >> BDC\n0 g\nEMC\n",
                "0 J\n0 j\nQ q\n/Artifact BMC\n10 10 m 20 20 l S\nEMC\n/P << /MCID 1 >> BDC\n0 g\nEMC\n"
            ),
            // A word such as "Q2" in shown text is not a restore.
            ("BT\n(Q2 2021/22 q)Tj\nET\n", "/Artifact BMC\nBT\n(Q2 2021/22 q)Tj\nET\nEMC\n"),
            // Everything marked already: unchanged.
            (
                "/TD << /MCID 3 >> BDC\n1 0 0 rg\n0 0 5 5 re f\nEMC\n",
                "/TD << /MCID 3 >> BDC\n1 0 0 rg\n0 0 5 5 re f\nEMC\n"
            ),
        ])
    func marks(input: String, expected: String) {
        #expect(String(decoding: PDFContentArtifacts.mark(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func zlibRoundTrip() throws {
        let text = Array(String(repeating: "42 800 m 553 800 l S\n", count: 2000).utf8)
        let compressed = try ZlibStream.deflate(text)
        #expect(compressed.count < text.count / 10)
        #expect(try ZlibStream.inflate(compressed) == text)
        #expect(throws: CairoError.self) { _ = try ZlibStream.inflate(Array("not zlib".utf8)) }
    }
}
