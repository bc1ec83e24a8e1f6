import Foundation

/// The seed of a property test's random inputs, given to the test as its argument so that
/// Swift Testing prints it with any failure (`seed → KPI_TEST_SEED=…`).
///
/// Each run draws a fresh seed, so runs explore different inputs; to replay a failure, set the
/// printed value: `KPI_TEST_SEED=1234 swift test --filter roundTripProperty`.
public struct PropertySeed: Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(_ value: UInt64) { self.value = value }

    /// This run's seed: `KPI_TEST_SEED` when set, else a random one, the same for every
    /// property test in the run.
    public static let current: PropertySeed = {
        if let text = ProcessInfo.processInfo.environment["KPI_TEST_SEED"], let value = UInt64(text) {
            return PropertySeed(value)
        }
        return PropertySeed(UInt64.random(in: 0...UInt64.max))
    }()

    /// The argument list for `@Test(arguments:)`: this run's seed.
    public static var arguments: [PropertySeed] { [current] }

    /// How Swift Testing shows the argument: `KPI_TEST_SEED=1234`, ready to paste.
    public var description: String { "KPI_TEST_SEED=\(value)" }

    /// A generator that gives the same numbers for the same seed.
    public func generator() -> SeededGenerator { SeededGenerator(seed: value) }
}

/// SplitMix64: a small, fast generator whose whole state is the seed, so a run replays exactly.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
