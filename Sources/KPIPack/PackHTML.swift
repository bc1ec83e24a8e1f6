import FoundationEssentials
import KPICharts
import KPIModel
import KPISPC
import KPIStatus
import KPIText

/// The committee pack as one accessible web page: semantic headings, every chart with its
/// text alternative and a data table beside it, the actions as tables, status as word, shape and colour, a print
/// stylesheet, no JavaScript and nothing fetched from the network.
///
/// Charts are embedded as `data:` PNG images so the single file can be emailed or published
/// on its own. Every piece of store text goes through ``escape(_:)``.
public enum PackHTML {
    /// One indicator's chart as it appears on the page.
    public struct Chart: Sendable {
        public var png: [UInt8]
        public var width: Int
        public var height: Int
        /// The same sentence as the SVG's `<desc>`.
        public var alternativeText: String

        public init(png: [UInt8], width: Int, height: Int, alternativeText: String) {
            self.png = png
            self.width = width
            self.height = height
            self.alternativeText = alternativeText
        }
    }

    /// The whole page.
    /// `charts` holds each indicator's trend chart, `spcCharts` the XmR chart of each that has
    /// enough points for SPC.
    public static func make(_ content: PackContent, charts: [IndicatorID: Chart], spcCharts: [IndicatorID: Chart] = [:])
        -> String
    {
        var html = ""
        write(content, chart: { charts[$0] }, spcChart: { spcCharts[$0] }) { html += $0 }
        return html
    }

    /// The whole page, handed to `output` a piece at a time (the head, each article, each
    /// table), so the page can go to its file as it is made: ``make(_:charts:spcCharts:)``
    /// joins the pieces. `chart` and `spcChart` give an indicator's charts as each article
    /// needs them, so no more than one chart's picture need be held at once.
    public static func write(
        _ content: PackContent, chart: (IndicatorID) throws -> Chart?,
        spcChart: (IndicatorID) throws -> Chart?, to output: (String) throws -> Void
    ) rethrows {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(content.title)) – \(escape(content.period.description))</title>
            <style>
            \(PackHTMLStyle.css)
            </style>
            </head>
            <body>
            <header class="cover">
            <h1>\(escape(content.title))</h1>

            """
        if let committee = content.committee { html += "<p class=\"committee\">\(escape(committee))</p>\n" }
        html += "<p>\(escape(content.periodDescription))</p>\n"
        html +=
            "<p class=\"asof\">Figures as of <time datetime=\"\(content.asOf.dateText)\">\(content.asOf.dateText)</time></p>\n</header>\n<main>\n"
        if !content.assessments.isEmpty {
            html += summarySection(content)
            html +=
                "<section aria-labelledby=\"exceptions\">\n<h2 id=\"exceptions\">Exceptions: red and amber indicators</h2>\n"
            if content.exceptions.isEmpty {
                html += "<p>No indicator is red or amber for \(escape(content.period.description)).</p>\n"
            }
            try output(html)
            for assessment in content.exceptions {
                let id = assessment.indicator.id
                try output(article(assessment, content, chart: try chart(id), spcChart: try spcChart(id)))
            }
            try output("</section>\n")
            try output(tiles(content))
            for (index, theme) in content.themes.enumerated() {
                try output(
                    "<section aria-labelledby=\"theme-\(index)\">\n<h2 id=\"theme-\(index)\">\(escape(theme.name))</h2>\n"
                )
                for assessment in theme.assessments {
                    let id = assessment.indicator.id
                    try output(article(assessment, content, chart: try chart(id), spcChart: try spcChart(id)))
                }
                try output("</section>\n")
            }
            html = summaryTable(content)
        }
        html += actions(content)
        html +=
            "</main>\n<footer><p>\(escape(content.title)), \(escape(content.period.description)). Figures as of \(content.asOf.dateText). Made with kpi.</p></footer>\n</body>\n</html>\n"
        try output(html)
    }

    /// Text for the page: the markup escaping the SVG charts share (`TextEscaping.markup`).
    public static func escape(_ text: String) -> String {
        TextEscaping.markup(text)
    }

    /// "▲ Red" as a badge: the shape is hidden from screen readers, the word is read.
    static func badge(_ status: Status, word: String? = nil) -> String {
        "<span class=\"status status-\(status.rawValue)\"><span class=\"shape\" aria-hidden=\"true\">\(status.symbol)</span> \(word ?? status.word)</span>"
    }

    /// "Forecast year-end: ● Green (£405,740)", or nil when no forecast was made in the period.
    static func forecast(_ assessment: Assessment) -> String? {
        guard let forecast = assessment.forecast else { return nil }
        let figure = escape(FigureFormatter(assessment.indicator).string(forecast.value))
        return
            "Forecast year-end: \(badge(assessment.forecastStatus, word: assessment.forecastStatus.forecastWord)) (\(figure))"
    }

    static func summarySection(_ content: PackContent) -> String {
        var html =
            "<section aria-labelledby=\"counts\">\n<h2 id=\"counts\">\(content.thisPeriod)</h2>\n<ul class=\"counts\">\n"
        for (status, count) in content.counts {
            html +=
                "<li>\(badge(status)) <span class=\"count\">\(count) indicator\(count == 1 ? "" : "s")</span></li>\n"
        }
        html += "</ul>\n"
        if content.hasForecasts {
            html += "<h3>Forecast year-end</h3>\n<ul class=\"counts\">\n"
            for (status, count) in content.forecastCounts {
                html +=
                    "<li>\(badge(status, word: status.forecastWord)) <span class=\"count\">\(count) indicator\(count == 1 ? "" : "s")</span></li>\n"
            }
            html += "</ul>\n"
        }
        html += "<h3>How to read this page</h3>\n<dl class=\"legend\">\n"
        for (status, meaning) in PackPages.meanings(content) {
            html += "<dt>\(badge(status))</dt><dd>\(meaning)</dd>\n"
        }
        html +=
            "<dt>↑ Better, ↓ Worse, → Same</dt><dd>Direction of travel against \(content.comparisonPhrase), judged by polarity: fewer sick days is better, more website users is better.</dd>\n"
        html +=
            "<dt>Not comparable (year to date)</dt><dd>A year-to-date figure is compared with the same point last year, never with the period before.</dd>\n"
        html +=
            "<dt>Forecast year-end</dt><dd>The officer's forecast of the year-end figure, judged against the year-end target. A projection, where one is shown, is named with its method and is never a forecast.</dd>\n"
        let word = content.periodWord
        html +=
            "<dt>Charts</dt><dd>A dashed line is the target, shaded zones are the amber and red ranges, each point is marked by its own \(word)'s status, and a gap is a \(word) with no figure. A year-to-date chart draws each financial year as its own line from its first period to its last against the year's target profile, last year lighter. Each chart has a table of its figures beside it.</dd>\n</dl>\n</section>\n"
        return html
    }

    /// One indicator: heading, figures, directions, chart with alt text, data table, commentary.
    static func article(_ assessment: Assessment, _ content: PackContent, chart: Chart?, spcChart: Chart?) -> String {
        let indicator = assessment.indicator
        let series = content.series(for: assessment)
        let anchor = "indicator-\(escape(indicator.id.rawValue))"
        var html =
            "<article aria-labelledby=\"\(anchor)\">\n<h3 id=\"\(anchor)\">\(escape(indicator.id.rawValue)) · \(escape(indicator.title))</h3>\n"
        html += "<p class=\"facts\">\(badge(assessment.status)) \(escape(PackPages.factsLine(assessment)))</p>\n"
        html +=
            "<p class=\"directions\">\(escape(PackPages.directionLine(assessment, snapshot: series.snapshot)))</p>\n"
        if let forecast = forecast(assessment) {
            let annual =
                assessment.annualTarget.map {
                    " against a year-end target of " + escape(FigureFormatter(indicator).precise($0.value.decimal))
                } ?? ""
            html += "<p class=\"forecast\">\(forecast)\(annual)</p>\n"
        } else if let projection = PackPages.projectionLine(assessment) {
            html += "<p class=\"projection\">\(escape(projection))</p>\n"
        }
        html += "<div class=\"chart-and-table\">\n"
        if let chart { html += figure(chart) }
        html += recentTable(series)
        if let spc = content.spc(for: assessment) {
            html +=
                "</div>\n<p class=\"signal\">Signal or noise (SPC): \(escape(spc.signalLine))</p>\n<div class=\"chart-and-table\">\n"
            if let spcChart { html += figure(spcChart) }
            html += spcTable(spc, indicator: assessment.indicator)
        }
        html +=
            "</div>\n<h4>Commentary</h4>\n<p class=\"commentary\">\(assessment.note.map(escape) ?? "No commentary recorded.")</p>\n</article>\n"
        return html
    }

    /// A chart as an embedded image with its alternative text.
    static func figure(_ chart: Chart) -> String {
        "<figure><img src=\"data:image/png;base64,\(Data(chart.png).base64EncodedString())\" width=\"\(chart.width)\" height=\"\(chart.height)\" alt=\"\(escape(chart.alternativeText))\"></figure>\n"
    }

    /// The XmR chart's figures as a table: each point's value and what the rules found, with
    /// the last segment's mean and limits in the caption.
    static func spcTable(_ spc: SPCAnalysis, indicator: Indicator) -> String {
        let formatter = FigureFormatter(indicator)
        let limits = spc.segments.last!.limits
        func number(_ value: Double) -> String { escape(formatter.string(Decimal(value))) }
        var html =
            "<table class=\"recent\">\n<caption>\(escape(indicator.id.rawValue)): SPC points; mean \(number(limits.mean)), process limits \(number(limits.lowerProcessLimit)) to \(number(limits.upperProcessLimit))</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Value</th><th scope=\"col\">Variation</th></tr></thead>\n<tbody>\n"
        for point in spc.points {
            let found = point.rule.map { "\(point.type.word) (\($0.phrase(spc.settings)))" } ?? point.type.word
            html +=
                "<tr><th scope=\"row\">\(point.period)</th><td class=\"num\">\(number(point.value))</td><td>\(escape(found))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The chart's figures as a table: the judged periods, oldest first.
    static func recentTable(_ series: JudgedSeries) -> String {
        let assessment = series.latest
        let formatter = FigureFormatter(assessment.indicator)
        let noun = assessment.period.length.noun
        let caption =
            assessment.indicator.cumulative
            ? "year to date, as the chart shows it" : "the last \(series.entries.count) \(noun)s"
        var html =
            "<table class=\"recent\">\n<caption>\(escape(assessment.indicator.id.rawValue)): \(caption)</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\">\(noun.capitalized)</th><th scope=\"col\">Value</th><th scope=\"col\">Target</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
        for row in PackPages.chartRows(series) {
            html +=
                "<tr><th scope=\"row\">\(row.period)</th><td class=\"num\">\(row.value.map { escape(formatter.string($0)) } ?? "–")</td>"
            html +=
                "<td class=\"num\">\(row.target.map { escape(formatter.precise($0.value.decimal)) } ?? "–")</td><td>\(badge(row.status))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The tile grid as text cards, so screen readers read every figure.
    static func tiles(_ content: PackContent) -> String {
        var html =
            "<section aria-labelledby=\"tiles\">\n<h2 id=\"tiles\">All indicators at a glance</h2>\n<ul class=\"tiles\">\n"
        for assessment in content.assessments {
            let formatter = FigureFormatter(assessment.indicator)
            html += "<li class=\"tile tile-\(assessment.status.rawValue)\">\n"
            html +=
                "<h3>\(escape(assessment.indicator.title))</h3>\n<p class=\"tile-id\">\(escape(assessment.indicator.id.rawValue)) · \(assessment.period)</p>\n"
            html +=
                "<p class=\"tile-value\">\(assessment.value.map { escape(formatter.string($0)) } ?? "No figure")</p>\n"
            html += "<p>\(badge(assessment.status))</p>\n"
            html +=
                "<p>\(assessment.target.map { "Target " + escape(formatter.precise($0.value.decimal)) } ?? "No target set")</p>\n"
            if let variance = PackPages.varianceWords(assessment) { html += "<p>\(escape(variance))</p>\n" }
            if let forecast = forecast(assessment) { html += "<p>\(forecast)</p>\n" }
            html +=
                "<p>"
                + assessment.comparisons.map { comparison in
                    comparison.direction == .notComparable
                        ? comparison.shortPhrase : "\(comparison.direction.symbol) \(comparison.phrase)"
                }.joined(separator: "<br>") + "</p>\n"
            if let spc = content.spc(for: assessment) { html += "<p>SPC: \(escape(spc.signalLine))</p>\n" }
            html += "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    static func summaryTable(_ content: PackContent) -> String {
        var html =
            "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary of all indicators</h2>\n<table class=\"summary\">\n"
        html += "<caption>Every indicator for \(content.period), figures as of \(content.asOf.dateText)</caption>\n"
        // Indicators of several frequencies each show their own period: say which.
        let mixed = content.commonLength == nil
        let showsVariance = content.assessments.contains { PackPages.varianceWords($0) != nil }
        let showsForecast = content.hasForecasts
        html += "<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">Indicator</th>"
        if mixed { html += "<th scope=\"col\">Period</th>" }
        html += "<th scope=\"col\">Value</th><th scope=\"col\">Target</th>"
        if showsVariance { html += "<th scope=\"col\">Variance</th>" }
        html += "<th scope=\"col\">Status</th>"
        if showsForecast { html += "<th scope=\"col\">Forecast year-end</th>" }
        html +=
            "<th scope=\"col\">vs previous \(content.periodWord)</th><th scope=\"col\">vs same \(content.periodWord) last year</th></tr></thead>\n<tbody>\n"
        func direction(_ direction: DirectionOfTravel) -> String {
            direction == .notComparable ? direction.word : "\(direction.symbol) \(direction.word)"
        }
        for assessment in content.assessments {
            let formatter = FigureFormatter(assessment.indicator)
            let signal =
                content.spc(for: assessment).map { "<br><span class=\"signal\">SPC: \(escape($0.signalLine))</span>" }
                ?? ""
            html +=
                "<tr><th scope=\"row\">\(escape(assessment.indicator.id.rawValue))</th><td>\(escape(assessment.indicator.title))\(signal)</td>"
            if mixed { html += "<td>\(assessment.period)</td>" }
            html += "<td class=\"num\">\(assessment.value.map { escape(formatter.string($0)) } ?? "–")</td>"
            html +=
                "<td class=\"num\">\(assessment.target.map { escape(formatter.precise($0.value.decimal)) } ?? "–")</td>"
            if showsVariance { html += "<td>\(PackPages.varianceWords(assessment).map(escape) ?? "–")</td>" }
            html += "<td>\(badge(assessment.status))</td>"
            if showsForecast {
                let figure = assessment.forecast.map { " (" + escape(formatter.string($0.value)) + ")" } ?? ""
                html +=
                    "<td>\(badge(assessment.forecastStatus, word: assessment.forecastStatus.forecastWord))\(figure)</td>"
            }
            html +=
                "<td>\(direction(assessment.vsPreviousQuarter))</td><td>\(direction(assessment.vsSameQuarterLastYear))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
