import FoundationEssentials
import KPIDrawing
import KPIModel
import KPIStatus

extension TileLayout {
    enum Style {
        static let padding = 12.0
        static let title = Font(size: 12, weight: .bold)
        static let period = Font(size: 10)
        static let value = Font(size: 28, weight: .bold)
        static let badge = Font(size: 11, weight: .bold)
        static let detail = Font(size: 10)
        static let sparklineWidth = 96.0
    }

    /// Lays out a tile: title (two lines at most), period, value with status badge, target,
    /// directions of travel and sparkline, top to bottom, fitted to the tile's size.
    public static func make(_ spec: TileSpec, measurer: any TextMeasurer) -> TileLayout {
        let assessment = spec.series.latest
        let indicator = spec.snapshot.indicator
        let formatter = FigureFormatter(indicator)
        let status = assessment.status
        let loud = status == .red || status == .amber
        let text = loud ? StatusPalette.tileText(status) : StatusPalette.ink
        let quietText = loud ? StatusPalette.tileText(status) : StatusPalette.secondaryInk
        // The SPC words (up to two lines) along the bottom, below everything else: the tile
        // grows by their height rather than squeezing what is above.
        let signalWidth = max(spec.size.width - (loud ? 8 : 5) - 2 * Style.padding, 10)
        let signal =
            spec.spc.map {
                TextFitting.wrap(
                    TextFitting.clean($0.compactSignalLine), width: signalWidth, font: Style.detail,
                    maxLines: 2, measurer: measurer)
            } ?? []
        let signalHeight =
            signal.isEmpty ? 0 : Double(signal.count) * ChartLayout.lineHeight(Style.detail, measurer) + 6
        // A variance or forecast row makes the tile taller in the same way.
        let rowsHeight = Double(Self.extraRows(assessment)) * Self.extraRowHeight
        let size = Size(width: spec.size.width, height: spec.size.height + rowsHeight + signalHeight)
        let stripe = Rect(x: 0, y: 0, width: loud ? 8 : 5, height: size.height)
        let content = Rect(
            x: stripe.maxX + Style.padding, y: Style.padding,
            width: max(size.width - stripe.maxX - 2 * Style.padding, 10),
            height: max(spec.size.height + rowsHeight - 2 * Style.padding, 10))
        var labels: [TextLabel] = []
        var y = content.minY

        // Title and period.
        let titleLines = size.height >= 160 ? 2 : 1
        for line in TextFitting.wrap(
            TextFitting.clean(indicator.title), width: content.width, font: Style.title,
            maxLines: titleLines, measurer: measurer)
        {
            let label = TextLabel(
                line, role: .tileTitle, font: Style.title, color: text, x: content.minX, top: y,
                measurer: measurer)
            labels.append(label)
            y = label.frame.maxY + 1
        }
        let period = TextLabel(
            "\(indicator.id) · \(spec.period)", role: .tilePeriod, font: Style.period,
            color: quietText, x: content.minX, top: y + 2, measurer: measurer)
        labels.append(TextFitting.fitted(period, width: content.width, measurer: measurer))
        y = period.frame.maxY + 6

        // Value and status badge on one row; the value shrinks before the badge moves.
        let word = status.word
        let badgeTextWidth = measurer.measure(word, font: Style.badge).width
        let badgeWidth = 10 + 12 + 6 + badgeTextWidth + 10
        let valueText = assessment.value.map { formatter.string($0) } ?? "–"
        var valueFont = Style.value
        while valueFont.size > 14, measurer.measure(valueText, font: valueFont).width > content.width - badgeWidth - 10
        {
            valueFont = valueFont.withSize(valueFont.size - 2)
        }
        var value = TextLabel(
            valueText, role: .tileValue, font: valueFont, color: text, x: content.minX, top: y,
            measurer: measurer)
        value = TextFitting.fitted(value, width: content.width - badgeWidth - 10, measurer: measurer)
        labels.append(value)
        let badge = Rect(x: value.frame.maxX + 10, y: value.frame.midY - 11, width: badgeWidth, height: 22)
        let icon = StatusMarker(status: status, center: Point(x: badge.minX + 16, y: badge.midY), size: 5)
        let badgeHeight = ChartLayout.lineHeight(Style.badge, measurer)
        labels.append(
            TextLabel(
                word, role: .tileStatus, font: Style.badge,
                color: StatusPalette.tileText(status),
                x: icon.center.x + 12, top: badge.midY - badgeHeight / 2, measurer: measurer))
        y = max(value.frame.maxY, badge.maxY) + 6

        // Sparkline in the bottom-right corner, then target, variance, forecast and directions to
        // its left.
        let sparkRect = Rect(
            x: content.maxX - Style.sparklineWidth, y: y + 2, width: Style.sparklineWidth,
            height: max(content.maxY - y - 2, 0))
        let comparisons = assessment.comparisons
        let phrases = comparisons.map(\.shortPhrase)
        let varianceText =
            assessment.indicator.unit == .gbp
            ? assessment.variance.map { formatter.planVariance($0, percent: assessment.variancePercent) } : nil
        let forecastText = assessment.forecast.map { _ in "Forecast year-end: \(assessment.forecastStatus.forecastWord)"
        }
        // The sparkline gives way when the words would not fit beside it: the words carry the
        // meaning, the sparkline only decorates it.
        let widestPhrase =
            (phrases + [varianceText, forecastText.map { $0 + "    " }].compactMap { $0 })
            .map { measurer.measure($0, font: Style.detail).width }.max() ?? 0
        let roomForSparkline = content.width - Style.sparklineWidth - 10 - 16 >= widestPhrase
        let sparkline =
            sparkRect.height >= 24 && roomForSparkline
            ? TileSparkline.make(
                series: spec.series, rect: sparkRect,
                color: loud ? StatusPalette.tileText(status) : StatusPalette.secondaryInk)
            : nil
        let textWidth = (sparkline == nil ? content.maxX : sparkRect.minX - 10) - content.minX
        let targetText = assessment.target.map { "Target \(formatter.precise($0.value.decimal))" } ?? "No target set"
        let target = TextLabel(
            targetText, role: .tileTarget, font: Style.detail, color: text, x: content.minX, top: y,
            measurer: measurer)
        labels.append(TextFitting.fitted(target, width: textWidth, measurer: measurer))
        y = target.frame.maxY + 4
        let detailHeight = ChartLayout.lineHeight(Style.detail, measurer)
        if let varianceText, y + detailHeight <= content.maxY + 1 {
            let label = TextLabel(
                varianceText, role: .tileVariance, font: Style.detail, color: text, x: content.minX, top: y,
                measurer: measurer)
            labels.append(TextFitting.fitted(label, width: textWidth, measurer: measurer))
            y += detailHeight + 4
        }
        var forecastIcon: StatusMarker?
        if let forecastText, y + detailHeight <= content.maxY + 1 {
            forecastIcon = StatusMarker(
                status: assessment.forecastStatus, center: Point(x: content.minX + 5, y: y + detailHeight / 2), size: 4)
            let label = TextLabel(
                forecastText, role: .tileForecast, font: Style.detail, color: text, x: content.minX + 16, top: y,
                measurer: measurer)
            labels.append(TextFitting.fitted(label, width: textWidth - 16, measurer: measurer))
            y += detailHeight + 4
        }
        var arrows: [Arrow] = []
        for (comparison, phrase) in zip(comparisons, phrases) where y + detailHeight <= content.maxY + 1 {
            let arrow = TileArrow.make(
                comparison.direction, in: Rect(x: content.minX, y: y + (detailHeight - 11) / 2, width: 10, height: 11))
            arrows.append(arrow)
            let label = TextLabel(
                phrase, role: .tileDirection, font: Style.detail, color: text, x: content.minX + 16, top: y,
                measurer: measurer)
            labels.append(TextFitting.fitted(label, width: textWidth - 16, measurer: measurer))
            y += detailHeight + 4
        }
        var signalTop = content.maxY + 6
        for line in signal {
            let label = TextLabel(
                line, role: .tileSignal, font: Style.detail, color: quietText, x: content.minX, top: signalTop,
                measurer: measurer)
            labels.append(label)
            signalTop = label.frame.maxY
        }

        return TileLayout(
            size: size, status: status,
            backgroundColor: loud ? StatusPalette.tileFill(status) : StatusPalette.white,
            borderColor: loud ? StatusPalette.mark(status) : StatusPalette.quietBorder, borderWidth: loud ? 2 : 1,
            stripe: stripe, badge: badge,
            badgeColor: loud ? StatusPalette.white : StatusPalette.tileFill(status), badgeIcon: icon,
            arrows: arrows, forecastIcon: forecastIcon, sparkline: sparkline, labels: labels,
            accessibleTitle: "\(indicator.id) \(TextFitting.clean(indicator.title)): \(word)",
            accessibleDescription: AlternativeText.summary(assessment) + (spec.spc.map { " \($0.signalLine)." } ?? ""))
    }
}

extension TileLayout {
    /// The height a variance or forecast row adds to a tile.
    static let extraRowHeight = 18.0

    /// How many rows a tile has beyond target and directions: a variance for money, a forecast
    /// when one was made. Each makes the tile taller rather than pushing a direction off it.
    static func extraRows(_ assessment: Assessment) -> Int {
        (assessment.indicator.unit == .gbp && assessment.variance != nil ? 1 : 0) + (assessment.forecast != nil ? 1 : 0)
    }
}

extension TextFitting {
    /// `label` with its text cut by an ellipsis to `width`, keeping its origin.
    static func fitted(_ label: TextLabel, width: Double, measurer: any TextMeasurer) -> TextLabel {
        let text = truncate(label.text, width: max(width, 0), font: label.font, measurer: measurer)
        guard text != label.text else { return label }
        return TextLabel(
            text, role: label.role, font: label.font, color: label.color, origin: label.origin,
            measurer: measurer)
    }
}
