// swift-tools-version:6.0
// kpi: a KPI time-series store and Cairo chart renderer for quarterly performance reporting.
//
// Module arrows (checked by `--explicit-target-dependency-import-check error`):
//   kpi -> KPIReport -> KPIStatus -> KPIModel
//          KPIReport -> KPISPC -> KPIModel                 (SPC: pure calculation, no I/O)
//   kpi -> KPIStore  -> KPIModel, KPISPC                   (store.conf holds the SPC settings)
//   kpi -> KPIPack -> KPICharts -> KPIStatus, KPISPC, KPIDrawing   (charts never see Cairo)
//          KPIPack -> KPICairo -> KPIDrawing, CCairo       (only KPICairo imports Cairo)
//          KPIPack -> KPIReport, KPISPC, CSystem (renameat2 for swapping a finished pack into place)
import PackageDescription

let package = Package(
    name: "kpi",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
        // For the benchmark harness (benchmarks/harness), a separate package so that the normal
        // build never compiles it.
        .library(name: "KPILibraries", targets: ["KPIModel", "KPIStatus", "KPISPC", "KPIStore", "KPIReport", "KPIDrawing", "KPICairo", "KPICharts", "KPIPack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "KPIModel"),
        .target(name: "KPIStatus", dependencies: ["KPIModel"]),
        .target(name: "KPISPC", dependencies: ["KPIModel"]),
        .target(name: "KPIStore", dependencies: ["KPIModel", "KPISPC"]),
        .target(name: "KPIReport", dependencies: ["KPIModel", "KPIStatus", "KPISPC"]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev", "libdeflate-dev"])]),
        .target(name: "KPIDrawing"),
        .target(name: "KPICairo", dependencies: ["KPIDrawing", "CCairo"]),
        .target(name: "KPICharts", dependencies: ["KPIModel", "KPIStatus", "KPISPC", "KPIDrawing"]),
        .target(name: "CSystem"),
        .target(name: "KPIPack", dependencies: ["KPICharts", "KPICairo", "KPIDrawing", "KPIModel", "KPIStatus", "KPISPC", "KPIReport", "CSystem"]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPIModel", "KPIStatus", "KPISPC", "KPIStore", "KPIReport", "KPIDrawing", "KPICharts", "KPIPack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KPIModelTests", dependencies: ["KPIModel"]),
        .testTarget(name: "KPIStatusTests", dependencies: ["KPIModel", "KPIStatus"]),
        .testTarget(name: "KPISPCTests", dependencies: ["KPIModel", "KPISPC"], exclude: ["Data"]),
        .testTarget(name: "KPIStoreTests", dependencies: ["KPIModel", "KPISPC", "KPIStore"]),
        .testTarget(name: "KPIReportTests", dependencies: ["KPIModel", "KPIStatus", "KPISPC", "KPIReport"]),
        .testTarget(name: "KPIDrawingTests", dependencies: ["KPIDrawing"]),
        .testTarget(name: "KPICairoTests", dependencies: ["KPICairo", "KPIDrawing"]),
        .testTarget(
            name: "KPIChartsTests",
            dependencies: ["KPICharts", "KPICairo", "KPIDrawing", "KPIModel", "KPIStatus", "KPISPC"],
            exclude: ["References"]
        ),
        .testTarget(name: "KPIPackTests", dependencies: ["KPIPack", "KPICharts", "KPIDrawing", "KPIModel", "KPISPC", "kpi"]),
        .testTarget(name: "EndToEndTests", dependencies: ["kpi"]),
    ],
    swiftLanguageModes: [.v6]
)
