import KPIDrawing

/// What the Cairo tests draw and look for: a sample drawing, its colours, and byte counting.
enum CairoSamples {
    /// How often `needle` occurs in `bytes`.
    static func count(_ needle: String, in bytes: [UInt8]) -> Int {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return 0 }
        return (0...(bytes.count - n.count)).filter { bytes[$0] == n[0] && Array(bytes[$0..<$0 + n.count]) == n }.count
    }

    static let red = Color(hex: "#ca3535")!
    static let amber = Color(hex: "#b7592a")!
    static let green = Color(hex: "#0f7a52")!
    static let blue = Color(hex: "#1d70b8")!
    static let ink = Color(hex: "#0b0c0c")!

    /// A small chart-like drawing: markers of every status shape, a dashed target, a trend and text.
    static func drawSample(_ canvas: any Canvas) {
        let title = Font(size: 14, weight: .bold)
        let body = Font(size: 11)
        canvas.drawText(
            "Incidents resolved within 2 days fell to 85%", at: Point(x: 12, y: 22), font: title, color: ink)
        canvas.drawText("ICT01 · % of incidents · Q2 2021/22", at: Point(x: 12, y: 40), font: body, color: ink)
        let plot = Rect(x: 40, y: 55, width: 250, height: 110)
        canvas.fill(.rect(plot), color: Color(hex: "#f3f8f6")!)
        canvas.stroke(
            .line(from: Point(x: plot.minX, y: 80), to: Point(x: plot.maxX, y: 80)),
            color: ink, style: .dashed(1, length: 4))
        let trend = [Point(x: 60, y: 140), Point(x: 120, y: 100), Point(x: 180, y: 90), Point(x: 240, y: 120)]
        canvas.stroke(.polyline(trend), color: ink, style: StrokeStyle(width: 2, cap: .round, join: .round))
        canvas.fill(.circle(center: trend[0], radius: 5), color: green)
        canvas.fill(.regularPolygon(center: trend[1], radius: 6, sides: 4), color: amber)
        canvas.fill(.rect(Rect(x: trend[2].x - 4.5, y: trend[2].y - 4.5, width: 9, height: 9)), color: blue)
        canvas.fill(.regularPolygon(center: trend[3], radius: 6.5, sides: 3), color: red)
        let label = "85%"
        let width = canvas.measure(label, font: body).width
        canvas.drawText(label, at: Point(x: trend[3].x - width / 2, y: trend[3].y - 10), font: body, color: ink)
        canvas.withSavedState {
            canvas.clip(to: Rect(x: 300, y: 55, width: 40, height: 20))
            canvas.fill(.circle(center: Point(x: 320, y: 65), radius: 20), color: red)
        }
    }
}
