import Foundation
import KPIModel
import Testing

@testable import KPIStatus

private func fig(_ text: String) -> Figure { try! Figure(parsing: text) }
private func per(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
private func time(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }

/// One row of the closer table: value, target, green tolerance G, amber tolerance A (nil: none
/// given, so A = G), expected status.
struct CloserCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let value: String
    let target: String
    let green: String?
    let amber: String?
    let expected: Status
    var testDescription: String { rule }
}

@Suite("Closer targets, variance, year-to-date direction and forecast status")
struct CloserAndYearEndTests {
    static let closerCases: [CloserCase] = [
        CloserCase(rule: "on target is green", value: "100", target: "100", green: "1", amber: "5", expected: .green),
        CloserCase(rule: "d = G above is green", value: "101", target: "100", green: "1", amber: "5", expected: .green),
        CloserCase(rule: "d = G below is green", value: "99", target: "100", green: "1", amber: "5", expected: .green),
        CloserCase(
            rule: "just over G above is amber", value: "101.001", target: "100", green: "1", amber: "5",
            expected: .amber),
        CloserCase(
            rule: "just over G below is amber", value: "98.999", target: "100", green: "1", amber: "5", expected: .amber
        ),
        CloserCase(rule: "d = A above is amber", value: "105", target: "100", green: "1", amber: "5", expected: .amber),
        CloserCase(rule: "d = A below is amber", value: "95", target: "100", green: "1", amber: "5", expected: .amber),
        CloserCase(
            rule: "just over A above is red", value: "105.001", target: "100", green: "1", amber: "5", expected: .red),
        CloserCase(
            rule: "just over A below is red", value: "94.999", target: "100", green: "1", amber: "5", expected: .red),
        CloserCase(
            rule: "no green tolerance: only exactly on target is green", value: "100", target: "100", green: nil,
            amber: "5", expected: .green),
        CloserCase(
            rule: "no green tolerance: a penny off is amber", value: "100.01", target: "100", green: nil, amber: "5",
            expected: .amber),
        CloserCase(
            rule: "no amber tolerance means A = G: d = G is green", value: "102", target: "100", green: "2", amber: nil,
            expected: .green),
        CloserCase(
            rule: "no amber tolerance means A = G: just over G is red", value: "102.01", target: "100", green: "2",
            amber: nil, expected: .red),
        CloserCase(
            rule: "neither: off target at all is red", value: "99.99", target: "100", green: nil, amber: nil,
            expected: .red),
        CloserCase(
            rule: "a negative target (income) uses |T|: d = A is amber", value: "-210", target: "-200", green: "1",
            amber: "5", expected: .amber),
        CloserCase(
            rule: "a negative target: d = G is green", value: "-198", target: "-200", green: "1", amber: "5",
            expected: .green),
        CloserCase(
            rule: "a negative target: beyond A is red", value: "-189", target: "-200", green: "1", amber: "5",
            expected: .red),
        CloserCase(
            rule: "seed 003's total: 2.43% under is amber at 1%/5%", value: "1833599", target: "1879193", green: "1",
            amber: "5", expected: .amber),
        CloserCase(
            rule: "seed 003's Knowledge Management: 34.6% under is red", value: "76244", target: "116546", green: "1",
            amber: "5", expected: .red),
        CloserCase(
            rule: "seed 003's Chief Exec: 0.27% under is green", value: "202311", target: "202863", green: "1",
            amber: "5", expected: .green),
    ]

    @Test("closer: d <= G green, G < d <= A amber, d > A red", arguments: closerCases)
    func closer(_ row: CloserCase) {
        let target = Target(
            value: fig(row.target), amber: row.amber.map { .tolerance(fig($0)) }, from: per("2009/10 Q1"),
            greenTolerance: row.green.map(fig))
        #expect(
            StatusRules.status(value: fig(row.value), target: target, polarity: .closer) == row.expected, "\(row.rule)")
        #expect(target.amberThreshold(polarity: .closer) == nil, "closer has no one amber threshold")
    }

    @Test("a closer target of 0, an absolute amber and amber narrower than green are refused")
    func closerRefusals() {
        let indicator = Indicator(
            id: try! IndicatorID("WFP"), title: "Workforce planning", unit: .gbp, polarity: .closer,
            definedAt: time("2009-04-01"))
        #expect(
            throws: FieldError(
                field: "target",
                "expected a target other than 0 for WFP, whose better is closer (closeness is measured in percent of the target), found 0"
            )
        ) {
            try Target(value: fig("0"), from: per("2009/10 Q1")).validate(for: indicator)
        }
        #expect(
            throws: FieldError(
                field: "amber",
                "expected no absolute amber threshold for WFP, whose better is closer (give --tolerance, a percentage of the target, instead), found 900"
            )
        ) {
            try Target(value: fig("1000"), amber: .threshold(fig("900")), from: per("2009/10 Q1")).validate(
                for: indicator)
        }
        #expect(
            throws: FieldError(
                field: "tolerance", "expected an amber tolerance at least the green tolerance 2% for WFP, found 1%")
        ) {
            try Target(
                value: fig("1000"), amber: .tolerance(fig("1")), from: per("2009/10 Q1"), greenTolerance: fig("2")
            ).validate(for: indicator)
        }
        let higher = Indicator(
            id: try! IndicatorID("ICT01"), title: "Incidents", unit: .percent, polarity: .higherIsBetter,
            definedAt: time("2020-01-01"))
        #expect(
            throws: FieldError(
                field: "green-tolerance",
                "expected a green tolerance only for an indicator whose better is closer, found 1 for ICT01, whose better is higher"
            )
        ) {
            try TargetChange(
                from: per("2021/22 Q1"), value: fig("90"), greenTolerance: fig("1"), recordedAt: time("2021-01-01")
            ).validate(for: higher)
        }
    }

    @Test(
        "variance is v - T exactly; its percentage of |T| is rounded to 1 place half away from zero",
        arguments: [
            ("1833599", "1879193", "-45594", "-2.4"),
            ("76244", "116546", "-40302", "-34.6"),
            ("116412", "116345", "67", "0.1"),
            ("100.25", "100", "0.25", "0.3"),
            ("99.75", "100", "-0.25", "-0.3"),
            ("-210", "-200", "-10", "-5"),
            ("5", "0", "5", nil),
            ("20000", "20000", "0", "0"),
        ] as [(String, String, String, String?)])
    func variance(_ value: String, _ target: String, _ expected: String, _ percent: String?) {
        let target = Target(value: fig(target), from: per("2009/10 Q1"))
        #expect(StatusRules.variance(value: fig(value), target: target) == Decimal(string: expected))
        #expect(
            StatusRules.variancePercent(value: fig(value), target: target) == percent.flatMap { Decimal(string: $0) })
        #expect(StatusRules.variance(value: nil, target: target) == nil)
        #expect(StatusRules.variance(value: fig(value), target: nil) == nil)
    }

    @Test(
        "closer direction of travel is judged on the distance from target: nearer is improving",
        arguments: [
            ("90", "100", "97", "100", DirectionOfTravel.improving),
            ("103", "100", "110", "100", .worsening),
            ("95", "100", "105", "100", .noChange),
            ("200", "200", "98", "100", .worsening),
            ("50", "100", "51", "100", .improving),
        ])
    func closerDirection(
        _ earlier: String, _ earlierTarget: String, _ current: String, _ currentTarget: String,
        _ expected: DirectionOfTravel
    ) {
        let before = (fig(earlier) as Figure?, Target(value: fig(earlierTarget), from: per("2020/21 Q1")) as Target?)
        let now = (fig(current) as Figure?, Target(value: fig(currentTarget), from: per("2021/22 Q1")) as Target?)
        #expect(StatusRules.direction(from: before, to: now, polarity: .closer) == expected)
        #expect(StatusRules.direction(from: (fig(earlier), nil), to: now, polarity: .closer) == .unknown)
    }

    /// A year-to-date indicator with 2020/21 and 2021/22, its year targets and forecasts.
    static func yearToDate(polarity: Polarity = .higherIsBetter) -> IndicatorSnapshot {
        let indicator = Indicator(
            id: try! IndicatorID("AUD01"), title: "% of audit plan completed during the year", unit: .percent,
            polarity: polarity, decimals: 1, cumulative: true, definedAt: time("2020-01-01"))
        return IndicatorHistory(
            indicator: indicator,
            observations: [
                Observation(period: per("2020/21 Q4"), value: fig("93"), recordedAt: time("2021-05-01")),
                Observation(period: per("2020/21 Q1"), value: fig("20"), recordedAt: time("2020-08-01")),
                Observation(period: per("2021/22 Q1"), value: fig("21"), recordedAt: time("2021-08-01")),
                Observation(period: per("2021/22 Q2"), value: fig("44"), recordedAt: time("2021-11-01")),
            ],
            yearTargets: [
                YearTarget(
                    year: ReportingYear(startYear: 2021), value: fig("95"), profile: .even,
                    amber: .tolerance(fig("10")), recordedAt: time("2021-03-01"))
            ],
            forecasts: [
                Observation(period: per("2021/22 Q1"), value: fig("96"), recordedAt: time("2021-08-01")),
                Observation(period: per("2021/22 Q2"), value: fig("88"), recordedAt: time("2021-11-01")),
            ]
        ).asOf(nil)!
    }

    @Test(
        "a year-to-date figure is never compared with the previous quarter, only with the same point last year",
        arguments: [
            ("2021/22 Q1", DirectionOfTravel.notComparable, DirectionOfTravel.improving),
            ("2021/22 Q2", .notComparable, .unknown),
            ("2020/21 Q1", .notComparable, .unknown),
        ])
    func yearToDateDirection(_ period: String, _ previous: DirectionOfTravel, _ lastYear: DirectionOfTravel) {
        let assessment = Assessment(Self.yearToDate(), period: per(period))
        #expect(assessment.vsPreviousQuarter == previous)
        #expect(assessment.vsSameQuarterLastYear == lastYear)
    }

    @Test(
        "the forecast is judged against the year-end target; missing when none was made in the period",
        arguments: [
            ("2021/22 Q1", "96", Status.green, "95"),
            ("2021/22 Q2", "88", .amber, "95"),
            ("2021/22 Q3", nil, .missing, "95"),
            ("2020/21 Q4", nil, .missing, nil),
        ] as [(String, String?, Status, String?)])
    func forecastStatus(_ period: String, _ forecast: String?, _ expected: Status, _ annual: String?) {
        let assessment = Assessment(Self.yearToDate(), period: per(period))
        #expect(assessment.forecast?.value == forecast.map(fig))
        #expect(assessment.forecastStatus == expected)
        #expect(assessment.annualTarget?.value == annual.map(fig))
    }

    @Test("a forecast without a year-end target is no-target; a closer forecast is judged on its tolerances")
    func forecastRules() {
        let indicator = Indicator(
            id: try! IndicatorID("X"), title: "X", unit: .gbp, polarity: .closer, cumulative: true,
            greenTolerance: fig("1"), definedAt: time("2009-01-01"))
        var history = IndicatorHistory(
            indicator: indicator,
            forecasts: [
                Observation(period: per("2009/10 Q2"), value: fig("405740"), recordedAt: time("2009-10-23"))
            ])
        #expect(Assessment(history.asOf(nil)!, period: per("2009/10 Q2")).forecastStatus == .noTarget)
        history.yearTargets = [
            YearTarget(
                year: ReportingYear(startYear: 2009), value: fig("405740"), amber: .tolerance(fig("5")),
                recordedAt: time("2009-10-23"))
        ]
        #expect(Assessment(history.asOf(nil)!, period: per("2009/10 Q2")).forecastStatus == .green)
        history.forecasts.append(
            Observation(
                period: per("2009/10 Q2"), value: fig("430000"), recordedAt: time("2009-11-01"), isRevision: true))
        #expect(Assessment(history.asOf(nil)!, period: per("2009/10 Q2")).forecastStatus == .red)
        #expect(Assessment(history.asOf(time("2009-10-31"))!, period: per("2009/10 Q2")).forecastStatus == .green)
    }

    @Test(
        "a projection is offered only for a year-to-date figure with a profile and no officer forecast, never at year end"
    )
    func projection() {
        let snapshot = Self.yearToDate()
        #expect(Assessment(snapshot, period: per("2021/22 Q2")).projection == nil, "the officer forecast")
        let indicator = snapshot.indicator
        let unforecast = IndicatorSnapshot(
            indicator: indicator, values: snapshot.values, targetChanges: [],
            yearTargets: snapshot.yearTargets)
        #expect(Assessment(unforecast, period: per("2021/22 Q2")).projection?.value == 88)
        #expect(Assessment(unforecast, period: per("2021/22 Q1")).projection?.value == 84)
        #expect(Assessment(unforecast, period: per("2020/21 Q1")).projection == nil, "no year target, so no profile")
        #expect(YearEndProjection(value: fig("95"), profilePercent: 100) == nil)
        #expect(YearEndProjection.method == "projected from the profile: actual ÷ profile to date")
    }
}
