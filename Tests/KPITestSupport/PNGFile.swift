/// What a test reads straight from PNG bytes, without decoding the image.
public enum PNGFile {
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The width and height from the IHDR chunk, or nil when `png` is not a PNG.
    public static func size(_ png: [UInt8]) -> (width: Int, height: Int)? {
        guard png.count >= 24, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func be32(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    /// The IHDR colour type: 2 RGB, 6 RGBA.
    public static func colourType(_ png: [UInt8]) -> UInt8? { png.count > 25 ? png[25] : nil }
}
