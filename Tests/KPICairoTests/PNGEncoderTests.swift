import Foundation
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICairo

/// kpi's writer around libdeflate against Cairo's own: same pixels after decoding, correct
/// un-premultiplying, deterministic bytes, errors as throws.
@Suite struct PNGEncoderTests {
    /// The chunk types in file order.
    static func chunkTypes(_ png: [UInt8]) -> [String] {
        var types: [String] = []
        var offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            types.append(String(decoding: png[offset + 4..<offset + 8], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }

    @Test func semiTransparentPixelIsUnpremultiplied() throws {
        // 60% red at 50% alpha on nothing: Cairo stores premultiplied (a 128, r 77); the PNG must
        // carry the straight colour (r 153 or so), as Cairo's writer does.
        let draw: (any Canvas) throws -> Void = { canvas in
            canvas.fill(
                .rect(Rect(x: 0, y: 0, width: 4, height: 4)), color: Color(red: 0.6, green: 0.2, blue: 1, alpha: 0.5))
        }
        let pixels = try CairoRenderer.renderImage(width: 4, height: 4, background: nil, draw: draw)
        let ours = try CairoRenderer.renderPNG(width: 4, height: 4, background: nil, draw: draw)
        let cairos = try CairoRenderer.renderPNG(width: 4, height: 4, background: nil, encoder: .cairo, draw: draw)
        #expect(PNGFile.colourType(ours) == 6)
        let premultiplied = pixels.pixel(x: 1, y: 1)
        let alpha = premultiplied >> 24
        #expect(alpha > 120 && alpha < 135 && (premultiplied >> 16) & 0xff < alpha)
        // Decoded, both files give the drawn pixels' straight colour.
        let decodedOurs = try RasterImage(png: ours), decodedCairo = try RasterImage(png: cairos)
        #expect(decodedOurs.straightPixels == decodedCairo.straightPixels)
        #expect(decodedOurs.straightPixels == pixels.straightPixels)
        let c = decodedOurs.channels(x: 1, y: 1)
        #expect(
            UInt32(c.alpha) == alpha && abs(Int(c.red) - 153) <= 2 && abs(Int(c.green) - 51) <= 2 && c.blue == 255,
            "\(c) from premultiplied \(String(premultiplied, radix: 16))")
    }

    @Test func everyPremultipliedValueRoundTripsLikeCairosWriter() throws {
        // Every (alpha, channel <= alpha) pair, in all three channels.
        var pixels: [UInt32] = []
        for a in 0...255 {
            for c in 0...a {
                let c = UInt32(c)
                pixels.append(UInt32(a) << 24 | c << 16 | (UInt32(a) - c) << 8 | c / 2)
            }
        }
        let width = 257
        while pixels.count % width != 0 { pixels.append(0) }
        let image = RasterImage(width: width, height: pixels.count / width, pixels: pixels)
        let ours = try PNGEncoder.standard.encode(image)
        let cairos = try PNGEncoder.cairo.encode(image)
        #expect(PNGFile.colourType(ours) == 6)
        #expect(try RasterImage(png: ours) == RasterImage(png: cairos))
    }

    @Test func opaqueImagesAreWrittenAsRGB() throws {
        let png = try CairoRenderer.renderPNG(width: 320, height: 180, draw: CairoSamples.drawSample)
        #expect(PNGFile.colourType(png) == 2)
        let cairos = try CairoRenderer.renderPNG(
            width: 320, height: 180, encoder: .cairo, draw: CairoSamples.drawSample)
        #expect(try RasterImage(png: png) == RasterImage(png: cairos))
        #expect(
            try RasterImage(png: png)
                == CairoRenderer.renderImage(width: 320, height: 180, draw: CairoSamples.drawSample))
    }

    @Test func transparentBackgroundMatchesCairosWriter() throws {
        let ours = try CairoRenderer.renderPNG(
            width: 320, height: 180, scale: 2, background: nil, draw: CairoSamples.drawSample)
        let cairos = try CairoRenderer.renderPNG(
            width: 320, height: 180, scale: 2, background: nil, encoder: .cairo,
            draw: CairoSamples.drawSample)
        #expect(PNGFile.colourType(ours) == 6)
        #expect(try RasterImage(png: ours).straightPixels == RasterImage(png: cairos).straightPixels)
    }

    @Test(arguments: [PNGEncoder.standard, .libdeflate(level: 1), .libdeflate(level: 12), .cairo])
    func everySettingDecodesToTheSamePixels(encoder: PNGEncoder) throws {
        let image = try CairoRenderer.renderImage(width: 320, height: 180, draw: CairoSamples.drawSample)
        #expect(try RasterImage(png: encoder.encode(image)) == image)
    }

    @Test func outputIsDeterministicWithOnlyTheNeededChunks() throws {
        let first = try CairoRenderer.renderPNG(width: 360, height: 180, scale: 2, draw: CairoSamples.drawSample)
        let second = try CairoRenderer.renderPNG(width: 360, height: 180, scale: 2, draw: CairoSamples.drawSample)
        #expect(first == second)
        #expect(Set(Self.chunkTypes(first)) == ["IHDR", "IDAT", "IEND"])
        #expect(Self.chunkTypes(first).last == "IEND")
    }

    @Test func anEmptyImageIsAnErrorNotACrash() throws {
        #expect(throws: CairoError(operation: "PNGEncoder.encode", message: "expected a non-empty image, found 0x0")) {
            _ = try PNGEncoder.standard.encode(RasterImage(width: 0, height: 0, pixels: []))
        }
    }

    @Test("kpi's and Cairo's writers decode to the same pixels, opaque and translucent", arguments: [true, false])
    func writersAgree(opaque: Bool) throws {
        let background: Color? = opaque ? CairoRenderer.white : nil
        let image = try CairoRenderer.renderImage(
            width: 360, height: 180, scale: 1, background: background, draw: CairoSamples.drawSample)
        let viaLibdeflate = try RasterImage(png: PNGEncoder.libdeflate(level: 2).encode(image))
        let viaCairo = try RasterImage(png: PNGEncoder.cairo.encode(image))
        #expect(viaLibdeflate.straightPixels == viaCairo.straightPixels)
        #expect(PNGFile.colourType(try PNGEncoder.libdeflate(level: 2).encode(image)) == (opaque ? 2 : 6))
    }
}
