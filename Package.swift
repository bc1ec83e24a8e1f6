// swift-tools-version:6.0
// kpi: a KPI time-series store and Cairo chart renderer for quarterly performance reporting.
//
// Module arrows (checked by `--explicit-target-dependency-import-check error`):
//   kpi -> KPIReport -> KPIStatus -> KPIModel
//          KPIReport -> KPISPC -> KPIModel                 (SPC: pure calculation, no I/O)
//          KPIReport -> KPIActions -> KPIModel             (action trackers: BRAG rules, pure)
//   kpi -> KPIStore  -> KPIModel, KPISPC, KPIActions       (store.conf holds the SPC settings and action ratios)
//          KPIStore  -> KPIFiles -> KPIModel, CLinuxFiles, SystemPackage (swift-system)
//   kpi -> KPIPack -> KPICharts -> KPIStatus, KPISPC, KPIActions, KPIDrawing   (charts never see Cairo)
//          KPIPack -> KPICairo -> KPIDrawing, CCairo, CPNGDeflate   (only KPICairo imports Cairo)
//          KPIPack -> KPIReport, KPISPC, KPIActions, KPIFiles
//   kpi -> KPICairo, KPICharts, KPIFiles                   (kpi chart and kpi tile, without KPIPack)
//   KPIModel, KPIStore, KPIReport, KPICairo, KPIPack -> KPIText   (the escapers, one per output format;
//                                                                 KPIText depends on nothing)
// KPIFiles is the one write path: every durable byte, the store's and the output's, goes through it.
// RenderableLayout (in KPIDrawing) is the seam between layouts and KPICairo's LayoutRenderer.
import PackageDescription

let package = Package(
    name: "kpi",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
        // For the benchmark harness (benchmarks/harness), a separate package so that the normal
        // build never compiles it.
        .library(name: "KPILibraries", targets: ["KPIText", "KPIModel", "KPIFiles", "KPIStatus", "KPISPC", "KPIActions", "KPIStore", "KPIReport", "KPIDrawing", "KPICairo", "KPICharts", "KPIPack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        .target(name: "KPIText"),
        .target(name: "KPIModel", dependencies: ["KPIText"]),
        .target(name: "KPIStatus", dependencies: ["KPIModel"]),
        .target(name: "KPISPC", dependencies: ["KPIModel"]),
        .target(name: "KPIActions", dependencies: ["KPIModel"]),
        .target(name: "CLinuxFiles"),
        .target(name: "KPIFiles", dependencies: ["KPIModel", "CLinuxFiles", .product(name: "SystemPackage", package: "swift-system")]),
        .target(name: "KPIStore", dependencies: ["KPIModel", "KPISPC", "KPIActions", "KPIFiles", "KPIText"]),
        .target(name: "KPIReport", dependencies: ["KPIModel", "KPIStatus", "KPISPC", "KPIActions", "KPIText"]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .target(name: "CPNGDeflate", linkerSettings: [.linkedLibrary("deflate")]),
        .target(name: "KPIDrawing"),
        .target(name: "KPICairo", dependencies: ["KPIDrawing", "KPIText", "CCairo", "CPNGDeflate"]),
        .target(name: "KPICharts", dependencies: ["KPIModel", "KPIStatus", "KPISPC", "KPIActions", "KPIDrawing"]),
        .target(name: "KPIPack", dependencies: ["KPICharts", "KPICairo", "KPIDrawing", "KPIModel", "KPIStatus", "KPISPC", "KPIActions", "KPIReport", "KPIFiles", "KPIText"]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPIModel", "KPIFiles", "KPIStatus", "KPISPC", "KPIActions", "KPIStore", "KPIReport", "KPIDrawing", "KPICairo", "KPICharts", "KPIPack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: running the built kpi and external tools, scratch
        // directories, file-tree snapshots, exact reference images and seeded random inputs.
        .target(name: "KPITestSupport", dependencies: ["KPICairo"], path: "Tests/KPITestSupport"),
        .testTarget(name: "KPITextTests", dependencies: ["KPIText"]),
        .testTarget(name: "KPIModelTests", dependencies: ["KPIModel", "KPITestSupport"]),
        .testTarget(name: "KPIFilesTests", dependencies: ["KPIFiles", "KPIModel", "KPITestSupport", .product(name: "SystemPackage", package: "swift-system")]),
        .testTarget(name: "KPIStatusTests", dependencies: ["KPIModel", "KPIStatus", "KPITestSupport"]),
        .testTarget(name: "KPIActionsTests", dependencies: ["KPIModel", "KPIActions"]),
        .testTarget(name: "KPISPCTests", dependencies: ["KPIModel", "KPISPC", "KPITestSupport"], exclude: ["Data"]),
        .testTarget(name: "KPIStoreTests", dependencies: ["KPIModel", "KPISPC", "KPIActions", "KPIStore", "KPITestSupport"]),
        .testTarget(name: "KPIReportTests", dependencies: ["KPIModel", "KPIStatus", "KPISPC", "KPIActions", "KPIReport"]),
        .testTarget(name: "KPIDrawingTests", dependencies: ["KPIDrawing"]),
        .testTarget(name: "KPICairoTests", dependencies: ["KPICairo", "KPIDrawing", "KPITestSupport"]),
        .testTarget(
            name: "KPIChartsTests",
            dependencies: ["KPICharts", "KPICairo", "KPIDrawing", "KPIModel", "KPIStatus", "KPISPC", "KPITestSupport"],
            exclude: ["References"]
        ),
        .testTarget(name: "KPIPackTests", dependencies: ["KPIPack", "KPICairo", "KPICharts", "KPIDrawing", "KPIModel", "KPISPC", "KPIActions", "KPIStore", "KPIText", "KPITestSupport", "kpi"]),
        .testTarget(name: "EndToEndTests", dependencies: ["KPITestSupport", "kpi"]),
    ],
    swiftLanguageModes: [.v6]
)
