/// A small, fast, seedable random generator (SplitMix64, Steele, Lea and Flood 2014): the same
/// seed gives the same numbers on every platform, unlike the system generator. Keyed streams
/// (`init(seed:stream:)`) depend on their key only, so that draws computed on any number of
/// cores, in any order, are the same numbers.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The sequence of `seed` from its `draws`-th number on (a jump: the state only advances).
    init(seed: UInt64, skipping draws: UInt64) { state = seed &+ draws &* Self.increment }

    /// The stream `stream` of `seed` (a Monte Carlo draw, a bootstrap resample): the key is mixed
    /// once so that neighbouring streams share no state.
    init(seed: UInt64, stream: UInt64) { state = Self.mix(seed ^ Self.mix(stream &+ 0x632B_E59B_D9B4_E019)) }

    private static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniform number in [0, 1): 53 random bits times 2^-53 (exact; the bits fit an `Int64`,
    /// whose conversion is one instruction).
    mutating func unit() -> Double { Double(Int64(bitPattern: next() >> 11)) * 0x1p-53 }

    /// A uniform whole number in 0..<count (count > 0), by Lemire's multiply-and-shift (its bias,
    /// below 2^-40 for the counts used here, is immaterial for resampling).
    mutating func index(below count: Int) -> Int { Int(next().multipliedFullWidth(by: UInt64(count)).high) }

    /// The SplitMix64 finaliser.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
