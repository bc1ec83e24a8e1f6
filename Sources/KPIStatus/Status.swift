/// Where a quarter's figure stands against its target: the RAG rating a committee reads.
///
/// Colour never carries this alone: reports show the ``word`` and a shape as well.
public enum Status: String, CaseIterable, Sendable, Hashable {
    /// On or better than target.
    case green
    /// Worse than target but within the amber tolerance.
    case amber
    /// Beyond the amber tolerance.
    case red
    /// A "data only" or monitoring indicator: there is a value but no target for the period.
    case noTarget = "no-target"
    /// No value was recorded for the period.
    case missing
    /// The indicator is retired for the period: shown only by `kpi status --all`.
    case retired

    /// The word shown beside the colour: "Red", "Amber", "On target", "No target", "No data".
    public var word: String {
        switch self {
        case .green: return "On target"
        case .amber: return "Amber"
        case .red: return "Red"
        case .noTarget: return "No target"
        case .missing: return "No data"
        case .retired: return "Retired"
        }
    }

    /// The word for a forecast year-end status: "Forecast year-end: Green" (a forecast is never
    /// "on target" yet), "No forecast" when none was made.
    public var forecastWord: String {
        switch self {
        case .green: return "Green"
        case .amber: return "Amber"
        case .red: return "Red"
        case .noTarget: return "No target"
        case .missing: return "No forecast"
        case .retired: return "Retired"
        }
    }

    /// The shape that carries the status in print and for colour-blind readers.
    public var shapeName: String {
        switch self {
        case .red: return "triangle"
        case .amber: return "diamond"
        case .green: return "circle"
        case .noTarget, .missing, .retired: return "ring"
        }
    }

    /// A text symbol of the shape, for terminals and Markdown: ▲ ◆ ● ○.
    public var symbol: String {
        switch self {
        case .red: return "▲"
        case .amber: return "◆"
        case .green: return "●"
        case .noTarget, .missing, .retired: return "○"
        }
    }

    /// Exceptions are what a committee looks at first: red, then amber.
    public var isException: Bool { self == .red || self == .amber }
}
