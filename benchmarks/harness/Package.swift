// swift-tools-version:6.0
// kpi-bench: the in-process side of benchmarks/run.sh. A separate package so the main package's
// `swift build` and `swift test` never compile it; it uses the main package's libraries through
// the `KPILibraries` product. It also keeps the libpng PNG writer (CPNGLibpng), which the main
// package no longer links: the encoder table compares zlib's settings through it with kpi's
// own writer around libdeflate.
import PackageDescription

let package = Package(
    name: "kpi-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "kpi", path: "../.."),
    ],
    targets: [
        .target(
            name: "CPNGLibpng",
            dependencies: [.product(name: "KPILibraries", package: "kpi")],
            linkerSettings: [.linkedLibrary("png16")]
        ),
        .executableTarget(
            name: "kpi-bench",
            dependencies: ["CPNGLibpng", .product(name: "KPILibraries", package: "kpi")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
