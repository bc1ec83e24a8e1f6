import FoundationEssentials
import KPIModel

/// A year-end figure projected from a year-to-date indicator's profile: the figure to date
/// divided by the share of the year-end target due by now.
///
/// Only ever shown where the officer has made no forecast, and always with its method, because
/// automatic projections disagree badly with each other and with officers (on seed 003 the
/// officer forecast a fully spent budget; run-rate gives £161,638 over, this method £85,054
/// under). It has no status of its own, so it can never be read as the forecast year-end status.
public struct YearEndProjection: Sendable, Hashable {
    /// The projected year-end figure, exact.
    public let value: Decimal

    /// How it was worked out, for every place that shows it.
    public static let method = "projected from the profile: actual ÷ profile to date"

    /// The projection for a value with `profilePercent` of the year's target due; nil without a
    /// value or a profile, and at the year's end (100%, where the figure is the year's own).
    public init?(value: Figure?, profilePercent: Decimal?) {
        guard let value, let percent = profilePercent, percent > 0, percent < 100 else { return nil }
        self.value = value.decimal / percent * 100
    }
}
