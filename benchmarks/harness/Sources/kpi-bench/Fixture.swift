import Foundation
import KPICairo
import KPICharts
import KPIDrawing
import KPIModel
import KPIStore

/// The chart and tile every peer draws: one indicator from a store, as `kpi chart` and `kpi tile`
/// would lay it out (default sizes, 8 quarters, the reproducible as-of moment).
struct Fixture {
    let chartSpec: ChartSpec
    let tileSpec: TileSpec
    let moment: Timestamp

    init(store directory: String, id: String) throws {
        let store = try Store(opening: directory)
        let history = try store.load(try IndicatorID(id)).requireHistory()
        let snapshot = history.asOf(nil)!
        let period = ChartSpec.defaultPeriod(for: snapshot)!
        moment = ChartSpec.reproducibleMoment(for: history, asOf: nil)
        chartSpec = ChartSpec(snapshot: snapshot, lastPeriod: period, asOfText: moment.dateText)
        tileSpec = TileSpec(snapshot: snapshot, period: period)
    }

    func layout(_ kind: Kind) -> any RenderableLayout {
        switch kind {
        case .chart: ChartLayout.make(chartSpec, measurer: LayoutRenderer.measurer)
        case .tile: TileLayout.make(tileSpec, measurer: LayoutRenderer.measurer)
        }
    }

    enum Kind: String, CaseIterable {
        case chart, tile
    }
}
