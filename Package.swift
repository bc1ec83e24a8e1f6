// swift-tools-version:6.0
// kpi: a KPI time-series store and Cairo chart renderer for quarterly performance reporting.
//
// Module arrows (checked by `--explicit-target-dependency-import-check error`):
//   kpi -> KPIReport -> KPIStatus -> KPIModel
//   kpi -> KPIStore  -> KPIModel
import PackageDescription

let package = Package(
    name: "kpi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "KPIModel"),
        .target(name: "KPIStatus", dependencies: ["KPIModel"]),
        .target(name: "KPIStore", dependencies: ["KPIModel"]),
        .target(name: "KPIReport", dependencies: ["KPIModel", "KPIStatus"]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPIModel", "KPIStatus", "KPIStore", "KPIReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KPIModelTests", dependencies: ["KPIModel"]),
        .testTarget(name: "KPIStatusTests", dependencies: ["KPIModel", "KPIStatus"]),
        .testTarget(name: "KPIStoreTests", dependencies: ["KPIModel", "KPIStore"]),
        .testTarget(name: "KPIReportTests", dependencies: ["KPIModel", "KPIStatus", "KPIReport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["kpi"]),
    ]
)
