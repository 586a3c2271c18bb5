/// A counter-based random stream: SplitMix64 (Steele, Lea and Flood 2014) started from a key
/// made of a seed and a stream number (a Monte Carlo draw, a bootstrap resample). Each stream
/// depends on its key only, so that draws computed on any number of cores, in any order, are the
/// same numbers.
struct KeyedRandom: Sendable {
    private var state: UInt64

    /// The stream `stream` of `seed`: the key is mixed once so that neighbouring streams share no state.
    init(seed: UInt64, stream: UInt64) {
        state = KeyedRandom.mix(seed ^ KeyedRandom.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return KeyedRandom.mix(state)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

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
