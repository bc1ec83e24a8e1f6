import KPIDrawing
import KPIStatus

/// A status tile computed as plain values: the indicator's title, period, value, status badge,
/// target, two direction-of-travel arrows and a sparkline, each in place.
///
/// Red and amber tiles are filled with their status colour and carry a thick stripe and border,
/// so exceptions stand out on a page of tiles; green and no-target tiles stay white with a thin
/// stripe. The status is always shape + word + colour. Produced by ``make(_:measurer:)``, drawn
/// by ``draw(on:)``.
public struct TileLayout: RenderableLayout {
    /// A direction-of-travel arrow: its filled shape and colour.
    public struct Arrow: Sendable, Hashable {
        public var direction: DirectionOfTravel
        public var path: Path
        public var color: Color
    }

    /// The small trend of the last quarters in the tile's corner.
    public struct Sparkline: Sendable, Hashable {
        public var rect: Rect
        public var runs: [[Point]]
        public var targetLine: Path?
        public var latest: StatusMarker?
        public var lineColor: Color
    }

    public var size: Size
    public var status: Status
    public var backgroundColor: Color
    public var borderColor: Color
    public var borderWidth: Double
    /// The status-coloured stripe down the left edge.
    public var stripe: Rect
    /// The pill holding the status icon and word.
    public var badge: Rect
    public var badgeColor: Color
    public var badgeIcon: StatusMarker
    public var arrows: [Arrow]
    /// The forecast year-end status's shape, beside "Forecast year-end: Green".
    public var forecastIcon: StatusMarker?
    public var sparkline: Sparkline?
    public var labels: [TextLabel]
    public var accessibleTitle: String
    public var accessibleDescription: String

    /// The labels with a given role.
    public func labels(_ role: TextLabel.Role) -> [TextLabel] {
        labels.filter { $0.role == role }
    }

    /// Every frame that must stay inside the tile and not overlap another.
    public var occupiedFrames: [Rect] {
        labels.map(\.frame) + [badge] + arrows.map(\.path.bounds) + (sparkline.map { [$0.rect] } ?? [])
            + (forecastIcon.map { [$0.frame] } ?? [])
    }

    /// Draws the tile, back to front. Reads the layout only.
    public func draw(on canvas: any Canvas) {
        let bounds = Rect(origin: .zero, size: size)
        canvas.fill(.rect(bounds), color: backgroundColor)
        canvas.fill(.rect(stripe), color: StatusPalette.mark(status))
        canvas.stroke(
            .rect(bounds.insetBy(dx: borderWidth / 2, dy: borderWidth / 2)), color: borderColor,
            style: .solid(borderWidth))
        canvas.fill(.roundedRect(badge, radius: badge.height / 2), color: badgeColor)
        if badgeColor == StatusPalette.white {
            canvas.stroke(
                .roundedRect(badge, radius: badge.height / 2), color: StatusPalette.mark(status), style: .solid(1.5))
        }
        badgeIcon.draw(on: canvas)
        for arrow in arrows { canvas.fill(arrow.path, color: arrow.color) }
        forecastIcon?.draw(on: canvas)
        if let sparkline {
            if let target = sparkline.targetLine {
                canvas.stroke(target, color: sparkline.lineColor, style: StrokeStyle(width: 1, dash: [3, 2]))
            }
            for run in sparkline.runs where run.count > 1 {
                canvas.stroke(
                    .polyline(run), color: sparkline.lineColor,
                    style: StrokeStyle(width: 1.5, cap: .round, join: .round))
            }
            for run in sparkline.runs where run.count == 1 {
                canvas.fill(.circle(center: run[0], radius: 1.5), color: sparkline.lineColor)
            }
            sparkline.latest?.draw(on: canvas)
        }
        for label in labels { label.draw(on: canvas) }
    }
}
