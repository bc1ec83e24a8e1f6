import KPIDrawing
import Testing

@Suite struct RectTests {
    let box = Rect(x: 10, y: 20, width: 100, height: 50)

    @Test func edgesAndCentre() {
        #expect(box.minX == 10 && box.maxX == 110 && box.minY == 20 && box.maxY == 70)
        #expect(box.center == Point(x: 60, y: 45))
    }

    @Test func cornerInitialiserOrdersPoints() {
        #expect(Rect(corner: Point(x: 110, y: 70), corner: Point(x: 10, y: 20)) == box)
    }

    @Test(arguments: [
        ("overlapping", Rect(x: 100, y: 60, width: 20, height: 20), true),
        ("inside", Rect(x: 20, y: 30, width: 5, height: 5), true),
        ("touching right edge", Rect(x: 110, y: 20, width: 10, height: 10), false),
        ("touching bottom edge", Rect(x: 10, y: 70, width: 10, height: 10), false),
        ("far away", Rect(x: 500, y: 500, width: 1, height: 1), false),
    ])
    func intersects(name: String, other: Rect, expected: Bool) {
        #expect(box.intersects(other) == expected, "\(name)")
        #expect(other.intersects(box) == expected, "\(name) (reversed)")
    }

    @Test(
        "a segment passes through the rectangle, or not",
        arguments: [
            ("diagonal through it", Point(x: 0, y: 0), Point(x: 200, y: 100), true),
            ("horizontal through it", Point(x: 0, y: 40), Point(x: 200, y: 40), true),
            ("ending inside", Point(x: 0, y: 0), Point(x: 50, y: 40), true),
            ("wholly inside", Point(x: 20, y: 30), Point(x: 30, y: 40), true),
            ("touching the top edge", Point(x: 0, y: 20), Point(x: 200, y: 20), true),
            ("above it", Point(x: 0, y: 10), Point(x: 200, y: 10), false),
            ("passing the corner", Point(x: 0, y: 65), Point(x: 20, y: 85), false),
            ("short of it", Point(x: 0, y: 0), Point(x: 9, y: 45), false),
            ("a point outside", Point(x: 5, y: 5), Point(x: 5, y: 5), false),
        ])
    func segments(name: String, a: Point, b: Point, expected: Bool) {
        #expect(box.intersects(segmentFrom: a, to: b) == expected, "\(name)")
        #expect(box.intersects(segmentFrom: b, to: a) == expected, "\(name) (reversed)")
    }

    @Test func containsPointsAndRects() {
        #expect(box.contains(Point(x: 10, y: 20)))
        #expect(box.contains(Point(x: 110, y: 70)))
        #expect(!box.contains(Point(x: 110.01, y: 50)))
        #expect(box.contains(Rect(x: 10, y: 20, width: 100, height: 50)))
        #expect(!box.contains(Rect(x: 9, y: 20, width: 10, height: 10)))
    }

    @Test func insetShrinksAndClamps() {
        #expect(box.insetBy(dx: 5, dy: 10) == Rect(x: 15, y: 30, width: 90, height: 30))
        #expect(box.insetBy(dx: -5, dy: 0) == Rect(x: 5, y: 20, width: 110, height: 50))
        let collapsed = box.insetBy(dx: 80, dy: 0)
        #expect(collapsed.width == 0 && collapsed.center == box.center)
        #expect(box.inset(top: 1, left: 2, bottom: 3, right: 4) == Rect(x: 12, y: 21, width: 94, height: 46))
    }

    @Test func unionAndIntersection() {
        let other = Rect(x: 100, y: 0, width: 50, height: 30)
        #expect(box.union(other) == Rect(x: 10, y: 0, width: 140, height: 70))
        #expect(box.intersection(other) == Rect(x: 100, y: 20, width: 10, height: 10))
        #expect(box.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == nil)
    }

    @Test func textMetricsBoundsSitOnBaseline() {
        let metrics = TextMetrics(width: 30, ascent: 9, descent: 3, height: 14)
        #expect(metrics.bounds(atBaseline: Point(x: 5, y: 50)) == Rect(x: 5, y: 41, width: 30, height: 12))
    }
}
