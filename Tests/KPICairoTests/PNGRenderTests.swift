import Foundation
import KPIDrawing
import KPITestSupport
import Testing

@testable import KPICairo

@Suite struct PNGRenderTests {
    @Test(arguments: [(1.0, 320, 180), (2.0, 640, 360), (1.5, 480, 270)])
    func pngHasTheScaledPixelSize(scale: Double, width: Int, height: Int) throws {
        let png = try CairoRenderer.renderPNG(width: 320, height: 180, scale: scale, draw: CairoSamples.drawSample)
        let size = try #require(PNGFile.size(png))
        #expect(size.width == width && size.height == height)
    }

    @Test func repeatRendersAreByteIdentical() throws {
        let first = try CairoRenderer.renderPNG(width: 360, height: 180, scale: 2, draw: CairoSamples.drawSample)
        let second = try CairoRenderer.renderPNG(width: 360, height: 180, scale: 2, draw: CairoSamples.drawSample)
        #expect(first == second)
    }

    @Test(arguments: [1.0, 2.0])
    func filledRedRectOnWhite(scale: Double) throws {
        let image = try CairoRenderer.renderImage(width: 40, height: 30, scale: scale) { canvas in
            canvas.fill(.rect(Rect(x: 10, y: 10, width: 20, height: 10)), color: Color(red: 1, green: 0, blue: 0))
        }
        let s = Int(scale)
        #expect(image.width == 40 * s && image.height == 30 * s)
        #expect(image.pixel(x: 15 * s, y: 15 * s) == 0xFFFF_0000)
        #expect(image.pixel(x: 10 * s, y: 10 * s) == 0xFFFF_0000)
        #expect(image.pixel(x: 5 * s, y: 5 * s) == 0xFFFF_FFFF)
        #expect(image.pixel(x: 30 * s, y: 15 * s) == 0xFFFF_FFFF)
    }

    @Test func transparentBackgroundAndClip() throws {
        let image = try CairoRenderer.renderImage(width: 20, height: 20, background: nil) { canvas in
            canvas.withSavedState {
                canvas.clip(to: Rect(x: 0, y: 0, width: 10, height: 20))
                canvas.fill(.rect(Rect(x: 0, y: 0, width: 20, height: 20)), color: Color(hex: "#1d70b8")!)
            }
        }
        #expect(image.pixel(x: 15, y: 5) == 0)
        let c = image.channels(x: 5, y: 5)
        #expect(c.alpha == 255 && c.red == 0x1d && c.green == 0x70 && c.blue == 0xb8)
    }

    @Test func textIsDrawnAntialiased() throws {
        let image = try CairoRenderer.renderImage(width: 60, height: 20) { canvas in
            canvas.drawText(
                "Hello", at: Point(x: 2, y: 15), font: Font(size: 12), color: Color(red: 0, green: 0, blue: 0))
        }
        let greys = Set(image.pixels).filter { $0 != 0xFFFF_FFFF && $0 != 0xFF00_0000 }
        #expect(image.pixels.contains { $0 != 0xFFFF_FFFF }, "text should mark some pixels")
        #expect(!greys.isEmpty, "gray antialiasing should produce intermediate pixels")
    }

    @Test func rejectsAnEmptySizeWithAClearMessage() {
        #expect(
            throws: CairoError(
                operation: "cairo_image_surface_create",
                message: "expected positive width, height and scale, found 0.0x10.0 at scale 1.0")
        ) {
            _ = try CairoRenderer.renderPNG(width: 0, height: 10) { _ in }
        }
    }

    @Test func drawErrorsPropagate() {
        struct ChartFailed: Error {}
        #expect(throws: ChartFailed.self) {
            _ = try CairoRenderer.renderPNG(width: 10, height: 10) { _ in throw ChartFailed() }
        }
    }

    /// Writes sample.png/.svg/.pdf to $KPI_DRAWING_SAMPLE_DIR for a human to look at.
    @Test func writesSamplesWhenAsked() throws {
        let png = try CairoRenderer.renderPNG(width: 360, height: 180, scale: 2, draw: CairoSamples.drawSample)
        guard let dir = ProcessInfo.processInfo.environment["KPI_DRAWING_SAMPLE_DIR"] else { return }
        let svg = try CairoRenderer.renderSVG(
            width: 360, height: 180, title: "Sample", description: "Shapes and text",
            draw: CairoSamples.drawSample)
        let pdf = try CairoRenderer.renderPDF(
            width: 360, height: 180, metadata: PDFMetadata(creationDate: "2021-09-30"),
            draw: CairoSamples.drawSample)
        for (name, bytes) in [("sample.png", png), ("sample.svg", svg), ("sample.pdf", pdf)] {
            try Data(bytes).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
        }
    }
}
