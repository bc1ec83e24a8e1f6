// libFuzzer target: the field parsers of KPIModel (compiled into module KPIModel by
// scripts/reliability/fuzz.sh): Period(parsing:in:) with three year starts, and on the same input Figure(parsing:),
// Timestamp(parsing:) and IndicatorID, which read the same command-line and CSV fields.
//
// No input may crash; whatever parses must print canonically and parse back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFieldParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    for financialYear in [FinancialYear.april, FinancialYear(startMonth: 1), FinancialYear(startMonth: 10)] {
        guard let period = try? Period(parsing: text, in: financialYear) else { continue }
        let year = period.length == .month ? period.calendarYear : period.startYear
        precondition(Period.representableYears.contains(year))
        // The canonical form reads back whatever the year start, and the relations hold.
        for other in [FinancialYear.april, FinancialYear(startMonth: 7)] {
            let again = try? Period(parsing: period.description, in: other)
            precondition(again == period, "\(period) does not read back")
        }
        let containing = financialYear.year(containing: period)
        precondition(financialYear.periods(period.length, within: containing).contains(period))
        precondition(financialYear.hasEnded(period, by: financialYear.lastMonth(of: containing)))
        _ = period.fileSafeName
        _ = period.shortLabel
        _ = period.previous
        _ = period.samePeriodLastYear
        _ = financialYear.heading(period)
    }

    if let figure = try? Figure(parsing: text) {
        let again = try? Figure(parsing: figure.text)
        precondition(again == figure && again?.text == figure.text, "\(figure.text) does not read back")
        // The exact value must agree with the digits kept: a non-zero spelling is never zero,
        // and the sign is the spelling's.
        let nonZero = figure.text.contains { $0 >= "1" && $0 <= "9" }
        precondition(nonZero == (figure.decimal != 0), "\(figure.text) has the value \(figure.decimal)")
        precondition(figure.text.hasPrefix("-") == (figure.decimal < 0), "\(figure.text) has the value \(figure.decimal)")
        precondition(!figure.decimal.isNaN && figure.doubleValue.isFinite)
    }

    for dateOnly in [Timestamp.DateOnly.startOfDay, .endOfDay] {
        if let time = try? Timestamp(parsing: text, field: "t", dateOnly: dateOnly) {
            let again = try? Timestamp(parsing: time.description, field: "t", dateOnly: dateOnly)
            precondition(again == time, "\(time) does not read back")
        }
    }

    if let id = try? IndicatorID(text) {
        precondition(id.rawValue.utf8.count <= IndicatorID.maximumLength)
        precondition(!id.rawValue.contains("/") && id.rawValue != ".." && !id.rawValue.hasPrefix("-"))
    }
    return 0
}
