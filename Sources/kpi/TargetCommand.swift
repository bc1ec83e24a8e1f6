import ArgumentParser
import FoundationEssentials
import KPIModel
import KPIStore

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Set a new target from a period on (or none), or a year target; earlier targets are kept as history.",
        discussion: """
            --from PERIOD: the target applies from that quarter on, until a later target.

            --year YEAR: the year-end target of a financial year. For a year-to-date (--cumulative) \
            indicator each quarter's target is VALUE x P / 100 for the profile's cumulative \
            percentages (--profile even, the default, is 25,50,75,100), rounded half away from zero \
            to the indicator's decimals; for any other indicator the year target applies to all four \
            quarters and a profile is refused. Within its year a year target takes precedence over \
            --from targets; a later year target for the same year replaces it. With a profile give \
            --tolerance, not --amber.

            Examples:
              kpi target ICT01 92 --from "2022/23 Q1" --amber 88
              kpi target NET01 -- -5 --from "2022/23 Q1"     (a negative target after --)
              kpi target DIG01 --none --from "2022/23 Q1"     (data only from then: no target)
              kpi target BEN01 20 --from "Apr 2022"           (a monthly indicator: from a month)
              kpi target SAT01 70 --from 2022/23              (an annual indicator: from a year)
              kpi target AUD01 95 --year 2021/22 --tolerance 10                   (23.8, 47.5, 71.3, 95)
              kpi target KM01 233103 --year 2009/10 --profile 25,50,75,100 --tolerance 5 --green-tolerance 1
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The target value (none with --none).") var value: String?
    @Option(help: "The first period the target applies to, of the indicator's frequency.") var from: String?
    @Option(
        help: ArgumentHelp(
            "The financial year whose year-end target VALUE is, e.g. 2021/22 (instead of --from).", valueName: "year"))
    var year: String?
    @Option(
        help: ArgumentHelp(
            "With --year, for a year-to-date indicator: even, or cumulative percentages such as 10,35,60,100.",
            valueName: "profile"))
    var profile: String?
    @Option(parsing: .unconditional, help: "Amber threshold.") var amber: String?
    @Option(parsing: .unconditional, help: "Amber tolerance in % of the target.") var tolerance: String?
    @Option(parsing: .unconditional, help: "For a closer indicator: within this % of the target is green.")
    var greenTolerance: String?
    @Flag(help: "No target from --from on: the indicator is data only until a later target.") var none = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        switch (from, year) {
        case (_?, _?): throw KPIError.bothGiven("--from", "--year")
        case (nil, nil): throw KPIError.targetWithoutPeriod()
        case (nil, let year?): return try yearTarget(id, year: year)
        case (_?, nil): break
        }
        if profile != nil { throw KPIError.profileWithoutYear() }
        let value: Figure?
        switch (self.value, none) {
        case let (text?, false): value = try Arguments.figure(text, .argument("VALUE"), field: "target")
        case (nil, true):
            if amber != nil || tolerance != nil || greenTolerance != nil {
                throw KPIError.noneWithBands()
            }
            value = nil
        case (_?, true): throw KPIError.valueAndNone()
        case (nil, false): throw KPIError.noTargetValue()
        }
        let amber = try Arguments.amber(amber, tolerance)
        let greenTolerance = try greenTolerance.map {
            try Arguments.figure($0, .option("--green-tolerance"), field: "green-tolerance")
        }
        let recordedAt = try recording.moment(), by = try recording.who()
        let store = try storeOptions.open()
        var from: Period?
        let warnings = try store.write { transaction in
            let period = try Arguments.period(self.from!, .option("--from"), for: id, in: &transaction)
            try transaction.addTarget(
                TargetChange(
                    from: period, value: value, amber: amber, greenTolerance: greenTolerance,
                    recordedAt: recordedAt, by: by), to: id)
            from = period
        }
        for warning in warnings { Terminal.warn(warning) }
        Terminal.write("Target for \(id) from \(from!): \(value?.text ?? "none (data only)")\n")
    }

    /// `--year`: the year-end target, and the target each quarter then has.
    func yearTarget(_ id: IndicatorID, year text: String) throws {
        if none { throw KPIError.noneWithYear() }
        guard let valueText = value else { throw KPIError.noYearTargetValue() }
        let target = YearTarget(
            year: try Arguments.year(text, .option("--year")),
            value: try Arguments.figure(valueText, .argument("VALUE"), field: "target"),
            profile: try profile.map { text in
                try located(.option("--profile")) { () throws(FieldError) in try TargetProfile(parsing: text) }
            },
            amber: try Arguments.amber(amber, tolerance),
            greenTolerance: try greenTolerance.map {
                try Arguments.figure($0, .option("--green-tolerance"), field: "green-tolerance")
            },
            recordedAt: try recording.moment(), by: try recording.who())
        let store = try storeOptions.open()
        let (targets, warnings) = try store.addYearTarget(target, to: id)
        for warning in warnings { Terminal.warn(warning) }
        let quarters = targets.map { "\($0.period.positionLabel) \($0.target.value.text)" }.joined(separator: ", ")
        Terminal.write("Year target for \(id) \(target.year): \(target.value.text) (\(quarters))\n")
    }
}
