import KPIDrawing
import Testing

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
        #expect(
            canvas.commands == [
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
            try canvas.withSavedState {
                canvas.clip(to: .zero); throw Boom()
            }
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

@Suite struct StructureTagTests {
    static let ink = Color(hex: "#0b0c0c")!

    /// A canvas that only draws: it does not implement the tag calls.
    final class PlainCanvas: Canvas {
        let measurer: any TextMeasurer = ApproximateTextMeasurer()
        var drawn = 0
        func fill(_ path: Path, color: Color) { drawn += 1 }
        func stroke(_ path: Path, color: Color, style: StrokeStyle) {}
        func drawText(_ text: String, at baselineOrigin: Point, font: Font, color: Color) { drawn += 1 }
        func save() {}
        func restore() {}
        func clip(to rect: Rect) {}
        func translate(dx: Double, dy: Double) {}
    }

    @Test func recordingCanvasRecordsTagsAroundWhatTheyMark() {
        let canvas = RecordingCanvas()
        let font = Font(size: 10)
        canvas.withTag(.element(.heading1)) {
            canvas.drawText("Quarterly report", at: .zero, font: font, color: Self.ink)
        }
        canvas.withTag(.figure(alternativeText: "Sickness rose to 2.47 days")) {}
        #expect(
            canvas.commands == [
                .beginTag(.element(.heading1)), .text("Quarterly report", at: .zero, font: font, color: Self.ink),
                .endTag(.element(.heading1)),
                .beginTag(.figure(alternativeText: "Sickness rose to 2.47 days")),
                .endTag(.figure(alternativeText: "Sickness rose to 2.47 days")),
            ])
    }

    @Test func aCanvasThatOnlyDrawsIgnoresTagsAndStillDraws() {
        let canvas = PlainCanvas()
        canvas.withTag(.link(destination: "summary")) {
            canvas.drawText("Summary", at: .zero, font: Font(size: 10), color: Self.ink)
        }
        canvas.beginTag(.artifact)
        canvas.endTag(.artifact)
        #expect(canvas.drawn == 1)
    }

    @Test(arguments: StructureRole.allCases)
    func rolesAreStandardStructureTypes(role: StructureRole) {
        let standard: Set = [
            "Document", "H1", "H2", "H3", "H4", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
        ]
        #expect(standard.contains(role.rawValue))
    }
}
