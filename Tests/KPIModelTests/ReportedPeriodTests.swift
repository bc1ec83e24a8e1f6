import Testing

@testable import KPIModel

/// Which period of each frequency a report for a quarter, month or year shows.
@Suite("Reported periods")
struct ReportedPeriodTests {
    static func snapshot(_ frequency: Frequency, values: [String]) -> IndicatorSnapshot {
        let indicator = Indicator(
            id: try! IndicatorID("X"), title: "X", unit: .count, polarity: .higherIsBetter,
            frequency: frequency, definedAt: Timestamp(secondsSince1970: 0))
        let observations = values.map {
            Observation(
                period: try! Period(parsing: $0, in: .april), value: try! Figure(parsing: "1"),
                recordedAt: Timestamp(secondsSince1970: 0))
        }
        return IndicatorHistory(indicator: indicator, observations: observations).asOf(nil)!
    }

    @Test(
        "the rule of issue 13",
        arguments: [
            // (frequency, values recorded, report period, period shown or nil)
            (Frequency.quarterly, ["2021/22 Q2"], "2021/22 Q2", "2021/22 Q2"),
            (.monthly, ["Jul 2021", "Aug 2021"], "2021/22 Q2", "Aug 2021"),
            (.monthly, ["Jul 2021", "Aug 2021", "Oct 2021"], "2021/22 Q2", "Aug 2021"),
            (.monthly, ["Jun 2021"], "2021/22 Q2", "Sep 2021"),
            (.monthly, [], "2021/22 Q2", "Sep 2021"),
            (.annual, ["2020/21", "2021/22"], "2021/22 Q2", "2020/21"),
            (.annual, ["2021/22"], "2021/22 Q4", "2021/22"),
            (.monthly, ["Aug 2021"], "Aug 2021", "Aug 2021"),
            (.quarterly, ["2021/22 Q2"], "Aug 2021", nil),
            (.annual, ["2021/22"], "Aug 2021", nil),
            (.annual, ["2021/22"], "2021/22", "2021/22"),
            (.quarterly, ["2021/22 Q2"], "2021/22", "2021/22 Q4"),
            (.monthly, ["Aug 2021"], "2021/22", "Mar 2022"),
        ] as [(Frequency, [String], String, String?)])
    func reportedPeriod(_ frequency: Frequency, _ values: [String], _ report: String, _ shown: String?) throws {
        let snapshot = Self.snapshot(frequency, values: values)
        let period = try Period(parsing: report, in: .april)
        #expect(snapshot.reportedPeriod(for: period, in: .april)?.description == shown)
    }

    @Test("a value of any frequency counts for the quarter it ends in")
    func latestQuarter() {
        #expect(
            Self.snapshot(.monthly, values: ["Jul 2021", "Oct 2021"]).latestQuarter(in: .april)?.description
                == "2021/22 Q3")
        #expect(Self.snapshot(.annual, values: ["2020/21"]).latestQuarter(in: .april)?.description == "2020/21 Q4")
        #expect(
            Self.snapshot(.monthly, values: ["Oct 2021"]).latestQuarter(in: FinancialYear(startMonth: 1))?.description
                == "2021/22 Q4")
        #expect(Self.snapshot(.quarterly, values: []).latestQuarter(in: .april) == nil)
    }

    @Test("with the year starting in January, a quarter's months and the year ended follow it")
    func otherYearStart() throws {
        let january = FinancialYear(startMonth: 1)
        let monthly = Self.snapshot(.monthly, values: ["Apr 2021", "May 2021"])
        // "2021/22 Q2" is April to June 2021 when the year starts in January.
        let q2 = Period(startYear: 2021, quarter: 2)
        #expect(monthly.reportedPeriod(for: q2, in: january)?.description == "May 2021")
        let annual = Self.snapshot(.annual, values: ["2020/21"])
        #expect(annual.reportedPeriod(for: Period(startYear: 2021, quarter: 4), in: january)?.description == "2021/22")
        #expect(annual.reportedPeriod(for: q2, in: january)?.description == "2020/21")
    }
}
