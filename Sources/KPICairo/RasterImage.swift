/// Pixels read back from a Cairo image surface, for pixel tests without a PNG decoder.
///
/// Pixels are Cairo's ARGB32: one `UInt32` per pixel, alpha in the top byte, colour channels
/// premultiplied by alpha, rows top to bottom with no padding.
public struct RasterImage: Sendable, Hashable {
    /// Width in device pixels (canvas width times scale, rounded up).
    public let width: Int
    /// Height in device pixels.
    public let height: Int
    /// `width * height` premultiplied ARGB32 values, row by row.
    public let pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(pixels.count == width * height, "RasterImage needs width * height pixels")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The premultiplied ARGB32 value at device pixel (`x`, `y`), counted from the top left.
    public func pixel(x: Int, y: Int) -> UInt32 {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) outside \(width)x\(height)")
        return pixels[y * width + x]
    }

    /// The pixel as straight (un-premultiplied) 0...255 channels: alpha, red, green, blue.
    public func channels(x: Int, y: Int) -> (alpha: UInt8, red: UInt8, green: UInt8, blue: UInt8) {
        let argb = pixel(x: x, y: y)
        let a = UInt8(truncatingIfNeeded: argb >> 24)
        func straight(_ shift: UInt32) -> UInt8 {
            let c = UInt32(truncatingIfNeeded: (argb >> shift) & 0xff)
            guard a > 0 else { return 0 }
            return UInt8(min(255, (c * 255 + UInt32(a) / 2) / UInt32(a)))
        }
        return (a, straight(16), straight(8), straight(0))
    }

    /// Runs `body` with the pixels as bytes in memory (Cairo's ARGB32 layout) and the row
    /// stride in bytes, for the C PNG writers.
    public func withPixelBytes<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try pixels.withUnsafeBytes { raw in
            try body(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), width * 4)
        }
    }
}
