// swift-tools-version:6.0
// kpi-bench: the in-process side of benchmarks/run.sh. A separate package so the main package's
// `swift build` and `swift test` never compile it; it uses the main package's libraries through
// the `KPILibraries` product.
import PackageDescription

let package = Package(
    name: "kpi-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "kpi", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "kpi-bench",
            dependencies: [.product(name: "KPILibraries", package: "kpi")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
