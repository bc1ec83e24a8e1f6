import KPIDrawing
import Testing

@Suite struct ColorTests {
    @Test(arguments: [
        ("#ca3535", 0xca, 0x35, 0x35, 0xff),
        ("0f7a52", 0x0f, 0x7a, 0x52, 0xff),
        ("#fff", 0xff, 0xff, 0xff, 0xff),
        ("#1d70b880", 0x1d, 0x70, 0xb8, 0x80),
    ])
    func parsesHex(hex: String, r: Int, g: Int, b: Int, a: Int) throws {
        let color = try #require(Color(hex: hex))
        #expect(
            color == Color(red: Double(r) / 255, green: Double(g) / 255, blue: Double(b) / 255, alpha: Double(a) / 255))
    }

    @Test(arguments: ["", "#", "#12", "#12345", "#gggggg", "#ca3535ff00", "ca 353"])
    func rejectsMalformedHex(hex: String) {
        #expect(Color(hex: hex) == nil)
    }

    @Test func hexStringRoundTrips() {
        #expect(Color(hex: "#CA3535")?.hexString == "#ca3535")
        #expect(Color(hex: "#1d70b880")?.hexString == "#1d70b880")
        #expect(Color(red: 0, green: 0, blue: 0).withAlpha(0.5).alpha == 0.5)
    }

    @Test func fontDefaultsToDejaVuSans() {
        let font = Font(size: 12)
        #expect(font.family == "DejaVu Sans" && font.weight == .regular)
        #expect(font.withWeight(.bold).withSize(9) == Font(family: "DejaVu Sans", size: 9, weight: .bold))
    }
}
