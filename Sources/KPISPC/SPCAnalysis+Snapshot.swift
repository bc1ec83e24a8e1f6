import KPIModel

extension SPCAnalysis {
    /// Analyses an indicator's values from `from` to `to` (each end optional): the points are
    /// the periods with a value, the improvement direction is the indicator's polarity, and the
    /// target is the one in force for the last point's period.
    public init(
        snapshot: IndicatorSnapshot, from: Period? = nil, to: Period? = nil, rebase: [Period] = [],
        settings: SPCSettings = .standard
    ) throws(FieldError) {
        let values = snapshot.periods
            .filter { period in (from.map { period >= $0 } ?? true) && (to.map { period <= $0 } ?? true) }
            .map { (period: $0, value: Self.double(snapshot.values[$0]!.value)) }
        let target = values.last.flatMap { snapshot.target(for: $0.period) }.map { Self.double($0.value) }
        try self.init(
            values, rebase: rebase, settings: settings, improvement: ImprovementDirection(snapshot.indicator.polarity),
            target: target)
    }

    /// The figure as the nearest `Double`, read from its exact decimal text.
    ///
    /// Parsing the text is correctly rounded, where going through `Decimal` may be one unit in
    /// the last place off; the limits then agree with R, which reads the same text.
    static func double(_ figure: Figure) -> Double {
        Double(figure.text) ?? figure.doubleValue
    }
}
