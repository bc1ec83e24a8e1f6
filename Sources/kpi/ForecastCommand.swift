import ArgumentParser
import KPIModel
import KPIStore

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Record the officer's forecast, made in a period, of the value at the end of its financial year.",
        discussion: """
            The forecast is judged against the year-end target of that financial year with the \
            indicator's rules: the status report's forecastStatus, and "Forecast year-end: Green" \
            beside the current status in tables, tiles and the pack. For a year-to-date indicator \
            forecast the year's total. One forecast per period; --revise records a new one and keeps \
            the old, as for values. Many at once: kpi import --forecasts FILE.csv.

            Examples:
              kpi forecast KM01 "2009/10 Q2" 233103 --note "We are forecasting a fully spent budget"
              kpi forecast AUD01 "2021/22 Q2" 90 --revise --note "Two audits moved to next year"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The indicator id.") var id: String
    @Argument(help: "The period the forecast is made in, e.g. \"2021/22 Q2\".") var period: String
    @Argument(help: "The forecast year-end value.") var value: String
    @Option(help: "The officer's reasoning.") var note: String?
    @Flag(help: "Replace the forecast already made in the period (the old one is kept as history).") var revise = false
    @OptionGroup var recording: RecordingOptions

    func run() throws {
        try Terminal.reporting(execute)
    }

    func execute() throws {
        let id = try Arguments.id(self.id)
        let value = try Arguments.figure(self.value, .argument("VALUE"), field: "forecast")
        let recordedAt = try recording.moment()
        let by = try recording.who()
        let store = try storeOptions.open()
        var written: (forecast: Observation, year: Period)?
        let warnings = try store.write { transaction in
            let period = try Arguments.period(self.period, .argument("PERIOD"), for: id, in: &transaction)
            let forecast = try transaction.record(
                id, period: period, value: value, note: note, revise: revise,
                recordedAt: recordedAt, by: by, kind: .forecast)
            written = (forecast, transaction.settings.financialYear.year(containing: period))
        }
        for warning in warnings { Terminal.warn(warning) }
        let (forecast, year) = written!
        Terminal.write(
            "\(forecast.isRevision ? "Revised" : "Recorded") the forecast for \(id) made in \(forecast.period): \(value.text) at the end of \(year)\n"
        )
    }
}
