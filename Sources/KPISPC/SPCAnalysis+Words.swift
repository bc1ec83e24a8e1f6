extension SPCAnalysis {
    /// The fewest points for which a committee pack shows SPC: below this, limits are "trial"
    /// and move as points are added (Making Data Count's rule of thumb).
    public static let packMinimumPoints = 13

    /// "Variation: common cause · Assurance: hit and miss", or without the assurance when
    /// there is none (no target, or a neutral indicator): the line a tile, a summary row and an
    /// indicator page show.
    public var signalLine: String {
        var line = "Variation: \(variation.phrase)"
        if let assurance { line += " · Assurance: \(assurance.phrase)" }
        return line
    }

    /// The same words without the labels, for a tile: "SPC: common cause · hit and miss".
    public var compactSignalLine: String {
        "SPC: " + ([variation.phrase] + (assurance.map { [$0.phrase] } ?? [])).joined(separator: " · ")
    }
}
