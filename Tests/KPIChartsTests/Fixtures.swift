import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel

/// Indicator snapshots built in code, one per case in the layout matrix.
enum Fixtures {
    static let recorded = Timestamp(secondsSince1970: 1_633_046_400)  // 2021-10-01
    static let lastPeriod = Period(startYear: 2021, quarter: 2)

    static func figure(_ value: Double) -> Figure {
        try! Figure(parsing: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// A snapshot with `values` ending at `last` (nil = missing period) and the given targets; the
    /// indicator's frequency is that of `last`.
    static func snapshot(
        id: String = "ICT01", title: String = "% of ICT incidents resolved in under 2 days",
        unit: IndicatorUnit = .percent, polarity: Polarity = .higherIsBetter, values: [Double?],
        last: Period = lastPeriod, targets: [(Period, Double, AmberRule?)] = [],
        source: String? = "ServiceNow"
    ) -> IndicatorSnapshot {
        let indicator = Indicator(
            id: try! IndicatorID(id), title: title, unit: unit, polarity: polarity,
            frequency: last.length.frequency, source: source, allowsAnyPercent: true,
            definedAt: Timestamp(secondsSince1970: 0))
        var observations: [Observation] = []
        for (offset, value) in values.enumerated() {
            guard let value, let period = last.advanced(by: offset - (values.count - 1)) else { continue }
            observations.append(Observation(period: period, value: figure(value), recordedAt: recorded))
        }
        let changes = targets.map { TargetChange(from: $0.0, value: figure($0.1), amber: $0.2, recordedAt: recorded) }
        return IndicatorHistory(indicator: indicator, observations: observations, targetChanges: changes).asOf(nil)!
    }

    static let tolerance5 = AmberRule.tolerance(figure(5))
    static let start = Period(startYear: 2010, quarter: 1)

    /// The named cases of the layout matrix from the issue.
    static let cases: [(name: String, snapshot: IndicatorSnapshot, quarters: Int)] = {
        let eight: [Double?] = [88, 91, 93, 90, 92, 94, 89, 85]
        var forty: [Double?] = []
        for i in 0..<40 {
            let wave: Double = sin(Double(i) / 3.0)
            forty.append(i % 7 == 3 ? nil : (50.0 + 40.0 * wave).rounded())
        }
        return [
            ("amber percent, higher better", snapshot(values: eight, targets: [(start, 90, tolerance5)]), 8),
            ("1 quarter", snapshot(values: [85], targets: [(start, 90, tolerance5)]), 1),
            ("2 quarters", snapshot(values: [91, 85], targets: [(start, 90, tolerance5)]), 2),
            (
                "40 quarters with gaps",
                snapshot(
                    values: forty,
                    targets: [
                        (start, 60, .threshold(figure(50))),
                        (Period(startYear: 2017, quarter: 1), 70, tolerance5),
                    ]), 40
            ),
            ("all missing", snapshot(values: [nil, nil, nil], targets: [(start, 90, tolerance5)]), 8),
            ("all missing, no target", snapshot(unit: .count, values: []), 8),
            ("one value", snapshot(values: [nil, nil, nil, nil, nil, nil, nil, 85]), 8),
            (
                "negative values",
                snapshot(
                    id: "NET01", title: "Net change in staff", unit: .number, values: [-3.5, -1, 2, -8, 0, 4, -2, -6],
                    targets: [(start, 0, .threshold(figure(-2)))]), 8
            ),
            (
                "values of 1e9",
                snapshot(
                    id: "BIG", title: "Page views", unit: .count,
                    values: [1e9, 9.5e8, 9.9e8, 1.2e9, 8e8, 1e9, 9e8, 1.1e9],
                    targets: [(start, 1e9, nil)]), 8
            ),
            (
                "flat series",
                snapshot(values: [100, 100, 100, 100, 100, 100, 100, 100], targets: [(start, 100, nil)]), 8
            ),
            ("flat zero", snapshot(unit: .count, values: [0, 0, 0, 0, 0, 0, 0, 0]), 8),
            (
                "target above all values",
                snapshot(values: [20, 25, 22, 30, 28, 26, 24, 21], targets: [(start, 95, tolerance5)]), 8
            ),
            (
                "target below all values",
                snapshot(
                    unit: .count, values: [5000, 5200, 5100, 5300, 5600, 5400, 5500, 5450],
                    targets: [(start, 100, tolerance5)]), 8
            ),
            (
                "lower better, red, changing target",
                snapshot(
                    id: "SICK01", title: "Sickness absence (days lost per FTE)", unit: .days,
                    polarity: .lowerIsBetter, values: [1.9, 2.1, 2.4, 1.7, 1.6, 2, 2.2, 2.6],
                    targets: [
                        (start, 2, .threshold(figure(2.3))),
                        (Period(startYear: 2021, quarter: 1), 1.8, .threshold(figure(2.1))),
                    ]), 8
            ),
            (
                "lower better, gbp",
                snapshot(
                    id: "SPEND", title: "Programme spend against plan", unit: .gbp, polarity: .lowerIsBetter,
                    values: [1_700_000, 1_834_000], targets: [(start, 1_879_000, tolerance5)]), 8
            ),
            (
                "60-character title",
                snapshot(
                    title: String(repeating: "Planning applications decided in time ", count: 2).prefix(60).description,
                    values: eight, targets: [(start, 90, tolerance5)]), 8
            ),
            (
                "hostile title",
                snapshot(
                    title: "<script>alert('x')</script> & \"quotes\" 🏗️ مرحبا بالعالم \u{202E}reversed\u{202C} "
                        + String(repeating: "W", count: 120), values: eight, targets: [(start, 90, tolerance5)]), 8
            ),
        ]
    }()

    static let measurers: [(name: String, measurer: any TextMeasurer)] = [
        ("cairo", CairoTextMeasurer.shared), ("approximate", ApproximateTextMeasurer()),
    ]
}
