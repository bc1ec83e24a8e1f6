import KPIDrawing
import Testing

@Suite struct PathTests {
    @Test func rectBoundsAreTheRect() {
        let r = Rect(x: 3, y: 4, width: 10, height: 20)
        #expect(Path.rect(r).bounds == r)
        #expect(Path.rect(r).elements.count == 5)
    }

    @Test func straightSegmentsAreTheLines() {
        var path = Path.polyline([Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 5)])
        path.move(to: Point(x: 20, y: 20))
        path.line(to: Point(x: 30, y: 20))
        #expect(
            path.straightSegments.map { [$0.from, $0.to] } == [
                [Point(x: 0, y: 0), Point(x: 10, y: 0)], [Point(x: 10, y: 0), Point(x: 10, y: 5)],
                [Point(x: 20, y: 20), Point(x: 30, y: 20)],
            ])
        #expect(Path.circle(center: .zero, radius: 3).straightSegments.isEmpty, "curves are left out")
    }

    @Test func circleBoundsAreExactNotControlPoints() {
        let b = Path.circle(center: Point(x: 50, y: 50), radius: 10).bounds
        #expect(abs(b.minX - 40) < 1e-9 && abs(b.maxX - 60) < 1e-9)
        #expect(abs(b.minY - 40) < 1e-9 && abs(b.maxY - 60) < 1e-9)
    }

    @Test func ellipseUsesFourCurves() {
        let path = Path.ellipse(in: Rect(x: 0, y: 0, width: 40, height: 20))
        let curves = path.elements.filter { if case .curve = $0 { true } else { false } }
        #expect(curves.count == 4)
        #expect(path.elements.last == .close)
        let b = path.bounds
        #expect(abs(b.width - 40) < 1e-9 && abs(b.height - 20) < 1e-9)
    }

    @Test func arcPointsLieOnTheCircle() {
        var path = Path()
        path.addArc(center: .zero, radius: 10, startAngle: 0, endAngle: .pi)
        #expect(path.elements.count == 3)  // move + two quarter curves
        for element in path.elements {
            if case .curve(_, _, let p) = element { #expect(abs(p.distance(to: .zero) - 10) < 1e-9) }
        }
        let b = path.bounds  // lower half: y grows downwards
        #expect(abs(b.minY) < 1e-9 && abs(b.maxY - 10) < 1e-9)
    }

    @Test func polylineOpenAndClosed() {
        let points = [Point(x: 0, y: 0), Point(x: 10, y: 5), Point(x: 20, y: -5)]
        #expect(Path.polyline(points).elements == [.move(points[0]), .line(points[1]), .line(points[2])])
        #expect(Path.polyline(points, closed: true).elements.last == .close)
        #expect(Path.polyline(points).bounds == Rect(x: 0, y: -5, width: 20, height: 10))
        #expect(Path.polyline([]).isEmpty)
    }

    @Test func regularPolygonStartsAtTheTop() {
        let triangle = Path.regularPolygonPoints(center: Point(x: 10, y: 10), radius: 5, sides: 3)
        #expect(triangle.count == 3)
        #expect(abs(triangle[0].x - 10) < 1e-9 && abs(triangle[0].y - 5) < 1e-9)
        let diamond = Path.regularPolygon(center: .zero, radius: 4, sides: 4).bounds
        #expect(abs(diamond.width - 8) < 1e-9 && abs(diamond.height - 8) < 1e-9)
        #expect(Path.regularPolygonPoints(center: .zero, radius: 1, sides: 2).isEmpty)
    }

    @Test func emptyPathHasZeroBounds() {
        #expect(Path().bounds == .zero)
        #expect(Path().currentPoint == nil)
    }

    @Test func currentPointFollowsCloseAndOffset() {
        var path = Path()
        path.move(to: Point(x: 1, y: 1))
        path.line(to: Point(x: 5, y: 1))
        #expect(path.currentPoint == Point(x: 5, y: 1))
        path.close()
        #expect(path.currentPoint == Point(x: 1, y: 1))
        #expect(path.offsetBy(dx: 2, dy: 3).bounds == Rect(x: 3, y: 4, width: 4, height: 0))
    }

    @Test func roundedRectStaysInsideItsRect() {
        let r = Rect(x: 0, y: 0, width: 30, height: 10)
        let b = Path.roundedRect(r, radius: 50).bounds  // radius clamps to 5
        #expect(abs(b.minX) < 1e-9 && abs(b.maxX - 30) < 1e-9 && abs(b.maxY - 10) < 1e-9)
    }
}
