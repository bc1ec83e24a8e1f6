import FoundationEssentials
import KPIDrawing
import KPIModel
import KPIStatus

/// The labels on the band edges, in the gutter right of the plot: "Target 90%" at the target
/// line and "Red below 85.5%" at the red zone's edge, for the latest quarter with a target.
///
/// Placed beside the plot rather than over it so they never cover a point; when the two edges
/// are close the labels are pushed apart so they do not overlap.
enum EdgeLabels {
    struct Edge {
        var text: String
        var value: Decimal
        var color: Color
    }

    static func texts(series: JudgedSeries, formatter: FigureFormatter) -> [Edge] {
        guard let target = series.entries.last(where: { $0.target != nil })?.target else { return [] }
        return edges(target, polarity: series.indicator.polarity, formatter: formatter)
    }

    /// The target's label and its red edges' labels.
    static func edges(_ target: Target, polarity: Polarity, formatter: FigureFormatter) -> [Edge] {
        [
            Edge(
                text: "Target \(formatter.precise(target.value.decimal))", value: target.value.decimal,
                color: StatusPalette.ink)
        ]
            + TargetWords.redEdges(target, polarity: polarity, formatter: formatter).map {
                Edge(text: $0.text, value: $0.value, color: StatusPalette.bandLabel(.red))
            }
    }

    static func place(_ edges: [Edge], plot: PlotGeometry, measurer: any TextMeasurer) -> [TextLabel] {
        let font = ChartLayout.Style.band
        let height = ChartLayout.lineHeight(font, measurer)
        let minTop = plot.rect.minY, maxTop = plot.rect.maxY - height
        // Desired tops, centred on each edge, then pushed apart top to bottom.
        var placed = edges.map { (edge: $0, top: min(max(plot.y($0.value) - height / 2, minTop), maxTop)) }
        placed.sort { $0.top < $1.top }
        for i in placed.indices.dropFirst() where placed[i].top < placed[i - 1].top + height + 1 {
            placed[i].top = placed[i - 1].top + height + 1
        }
        if let last = placed.last, last.top > maxTop {
            let shift = last.top - maxTop
            for i in placed.indices { placed[i].top -= shift }
        }
        return placed.map {
            TextLabel(
                $0.edge.text, role: .band, font: font, color: $0.edge.color, x: plot.rect.maxX + 6, top: $0.top,
                measurer: measurer)
        }
    }
}
