import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPISPC

/// SPC charts built in code: short, trial and long series, each variation and assurance, gaps,
/// rebases and awkward values.
enum SPCFixtures {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let snapshot: IndicatorSnapshot
        let analysis: SPCAnalysis
        var description: String { name }
    }

    static let start = Period(startYear: 2000, quarter: 1)

    /// The A&E breaches of Tests/KPISPCTests/Data as quarters ending 2021/22 Q2.
    static let breaches: [Double?] = [
        1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
        1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564,
    ]

    static func make(
        _ name: String, id: String = "ICT01", title: String = "% of ICT incidents resolved in under 2 days",
        unit: IndicatorUnit = .percent, polarity: Polarity = .higherIsBetter, values: [Double?],
        target: Double? = nil, rebase: [Int] = [], settings: SPCSettings = .standard,
        improvement: ImprovementDirection? = nil
    ) -> Case {
        let snapshot = Fixtures.snapshot(
            id: id, title: title, unit: unit, polarity: polarity, values: values,
            targets: target.map { [(start, $0, nil)] } ?? [])
        let first = Fixtures.lastPeriod.advanced(by: -(values.count - 1))!
        let series = values.enumerated().compactMap { offset, value in
            value.map { (period: first.advanced(by: offset)!, value: $0) }
        }
        let analysis = try! SPCAnalysis(
            series, rebase: rebase.map { first.advanced(by: $0)! }, settings: settings,
            improvement: improvement ?? ImprovementDirection(polarity),
            target: target)
        return Case(name: name, snapshot: snapshot, analysis: analysis)
    }

    /// Sixteen points alternating around 50, then `tail`.
    static func quiet(_ tail: [Double]) -> [Double?] {
        Array(repeating: [48.0, 52.0], count: 8).flatMap { $0 } + tail
    }

    static let cases: [Case] = {
        var long: [Double?] = []
        for i in 0..<64 {
            long.append(i % 9 == 4 ? nil : (60 + 12 * sin(Double(i) / 4) + Double(i % 5) - (i > 40 ? 15 : 0)).rounded())
        }
        let rnorm: [Double] = [-0.56, -0.23, 1.56, 0.07, 0.13, 1.72, 0.46, -1.27, -0.69, -0.45, 1.22, 0.36]
        return [
            make("2 points", values: [91, 85], target: 90),
            make("12 points, trial limits", values: rnorm.map { 80 + 5 * $0 }, target: 80),
            make(
                "24 points, real A&E breaches, lower is better", id: "AE01", title: "A&E four-hour breaches, trust RQM",
                unit: .count, polarity: .lowerIsBetter, values: breaches, target: 1200),
            make(
                "the same rebased, both segments trial", id: "AE01", title: "A&E four-hour breaches, trust RQM",
                unit: .count,
                polarity: .lowerIsBetter, values: breaches, target: 1200, rebase: [12]),
            make(
                "64 points with gaps, two rebases, fixed limits", id: "SICK01",
                title: "Sickness absence (days lost per FTE)",
                unit: .days, polarity: .lowerIsBetter, values: long, target: 55, rebase: [20, 41],
                settings: SPCSettings(fixAfter: 12)),
            make("improvement high, consistently failing", values: quiet([50, 70]), target: 90),
            make("concern low, consistently passing", values: quiet([50, 30]), target: 20),
            make(
                "concern high, lower is better", unit: .count, polarity: .lowerIsBetter,
                values: quiet([40, 50, 52, 54, 56, 58, 60, 62]), target: 50),
            make(
                "improvement low by a trend, lower is better", id: "SICK01",
                title: "Sickness absence (days lost per FTE)", unit: .days,
                polarity: .lowerIsBetter, values: quiet([55, 54, 53, 52, 51, 50, 49]), target: 45),
            make("neutral high", unit: .gbp, values: quiet([50, 75]), improvement: .neutral),
            make(
                "neutral low, shift", unit: .number, values: quiet([47, 47, 47, 47, 47, 47, 47]), improvement: .neutral),
            make("rebased at the last point: a one-point segment", values: quiet([50, 60]), target: 55, rebase: [17]),
            make("flat: limits at the mean", unit: .count, values: Array(repeating: 100, count: 14), target: 100),
            make(
                "negative values", id: "NET01", title: "Net change in staff", unit: .number,
                values: [-3.5, -1, 2, -8, 0, 4, -2, -6, -1, 3], target: 0),
            make(
                "values of 1e9", id: "BIG", title: "Page views", unit: .count,
                values: [1e9, 9.5e8, 9.9e8, 1.2e9, 8e8, 1e9, 9e8, 1.1e9], target: 1e9),
            make(
                "hostile title",
                title: "<script>alert('x')</script> & \"quotes\" 🏗️ مرحبا \u{202E}reversed\u{202C} "
                    + String(repeating: "W", count: 120),
                values: quiet([51]), target: 50),
        ]
    }()

    static let sizes = [SPCChartSpec.defaultSize, SPCChartSpec.minimumSize, Size(width: 1200, height: 620)]

    static func layout(
        _ c: Case, size: Size = SPCChartSpec.defaultSize, measurer: any TextMeasurer = CairoTextMeasurer.shared
    ) -> SPCChartLayout {
        SPCChartLayout.make(
            SPCChartSpec(snapshot: c.snapshot, analysis: c.analysis, size: size, asOfText: "2021-10-01"),
            measurer: measurer)
    }
}
