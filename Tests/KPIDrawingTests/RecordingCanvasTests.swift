import Testing
import KPIDrawing

@Suite struct RecordingCanvasTests {
    let red = Color(hex: "#ca3535")!
    let font = Font(size: 10)

    @Test func recordsEveryCallInOrder() {
        let canvas = RecordingCanvas()
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        canvas.save()
        canvas.clip(to: box)
        canvas.fill(.rect(box), color: red)
        canvas.stroke(.line(from: .zero, to: Point(x: 5, y: 5)), color: red, style: .dashed(1))
        canvas.drawText("85%", at: Point(x: 1, y: 9), font: font, color: red)
        canvas.restore()
        #expect(canvas.commands == [
            .save, .clip(box), .fill(.rect(box), red),
            .stroke(.line(from: .zero, to: Point(x: 5, y: 5)), red, StrokeStyle(width: 1, dash: [4, 4])),
            .text("85%", at: Point(x: 1, y: 9), font: font, color: red), .restore,
        ])
        #expect(canvas.drawnText == ["85%"])
        canvas.reset()
        #expect(canvas.commands.isEmpty)
    }

    @Test func withSavedStateRestoresOnThrow() {
        struct Boom: Error {}
        let canvas = RecordingCanvas()
        #expect(throws: Boom.self) {
            try canvas.withSavedState { canvas.clip(to: .zero); throw Boom() }
        }
        #expect(canvas.commands == [.save, .clip(.zero), .restore])
    }

    @Test func measuresWithThePluggedMeasurer() {
        struct Fixed: TextMeasurer {
            func measure(_ text: String, font: Font) -> TextMetrics {
                TextMetrics(width: Double(text.count), ascent: 1, descent: 1, height: 2)
            }
        }
        #expect(RecordingCanvas(measurer: Fixed()).measure("abcd", font: font).width == 4)
    }
}
