import FoundationEssentials

/// The target that applies to a period: its figure and amber rule.
///
/// Resolved from the target lines in force (see ``IndicatorSnapshot/target(for:)``): a year
/// target's profiled figure for the period, else the `target` line from at or before it. Every
/// status rule, chart and report reads this value rather than the lines.
public struct Target: Hashable, Sendable {
    /// The target figure T.
    public var value: Figure
    /// The amber band; nil means an empty band (anything short of target is red; for a
    /// `closer` indicator, anything beyond the green tolerance is red).
    public var amber: AmberRule?
    /// The first period of the target line this comes from (a year target's first period).
    public var from: Period
    /// For a `closer` indicator: within this percentage of the target is green. Nil means 0.
    public var greenTolerance: Figure?

    public init(value: Figure, amber: AmberRule? = nil, from: Period, greenTolerance: Figure? = nil) {
        self.value = value
        self.amber = amber
        self.from = from
        self.greenTolerance = greenTolerance
    }

    /// The amber threshold A for this target, or nil when there is no amber band or the
    /// indicator is judged on closeness (its band lies on both sides: see ``closeness``).
    public func amberThreshold(polarity: Polarity) -> Decimal? {
        guard polarity != .closer else { return nil }
        return amber?.threshold(target: value, polarity: polarity)
    }

    /// For a `closer` indicator, the green tolerance G and amber tolerance A in percent of the
    /// target: G from the target (0 when none), A from `tolerance` (G when none).
    public var closeness: (green: Decimal, amber: Decimal) {
        let green = greenTolerance?.decimal ?? 0
        if case .tolerance(let percent)? = amber { return (green, percent.decimal) }
        return (green, green)
    }

    /// Checks that the target makes sense for `indicator`: a tolerance is not negative, a
    /// threshold lies on the worse side of the target for the polarity; for a `closer`
    /// indicator the target is not 0 (closeness is measured in percent of it), the amber band
    /// is a tolerance (a percentage, never one absolute threshold) and no narrower than green.
    public func validate(for indicator: Indicator) throws(FieldError) {
        let polarity = indicator.polarity
        if let green = greenTolerance { try indicator.validate(greenTolerance: green) }
        switch amber {
        case .none:
            break
        case .tolerance(let percent):
            if percent.decimal < 0 {
                throw .negativePercentage("tolerance", percent)
            }
        case .threshold(let figure):
            switch polarity {
            case .higherIsBetter where figure.decimal > value.decimal,
                .lowerIsBetter where figure.decimal < value.decimal:
                throw .amberOnBetterSide(target: value, polarity: polarity, found: figure)
            case .closer:
                throw .amberThresholdForCloser(indicator.id, found: figure)
            default:
                break
            }
        }
        guard polarity == .closer else { return }
        if value.decimal == 0 {
            throw .zeroTargetForCloser(indicator.id, found: value)
        }
        let (green, amberTolerance) = closeness
        if amberTolerance < green {
            throw .amberNarrowerThanGreen(indicator.id, green: Figure(green), amber: Figure(amberTolerance))
        }
    }
}
