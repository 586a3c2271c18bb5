/// A value of `CountedValues` kept as a whole numerator over the list's common unit, with its
/// count, in one 64-bit word: the numerator times 4,096 plus the count less one. Keys thus
/// order as their values (then by count), and a count too large for the word is marked here
/// and kept beside the list.
struct ScaledKey: Sendable {
    let bits: Int64

    private static let countBits = 12
    private static let countMask: Int64 = (1 << countBits) - 1
    /// The largest count a key holds itself.
    static let largestInlineCount = Int(countMask)

    /// `count` (1 through `largestInlineCount`) values `numerator / unit`; the numerator's
    /// magnitude below 2^51.
    init(numerator: Int64, count: Int) {
        bits = numerator << Self.countBits | Int64(count - 1)
    }

    /// The value `numerator / unit`, whose count is kept beside the list.
    init(spilledCountOf numerator: Int64) {
        bits = numerator << Self.countBits | Self.countMask
    }

    private init(bits: Int64) {
        self.bits = bits
    }

    var numerator: Int64 { bits >> Self.countBits }

    /// Whether the count is kept beside the list.
    var hasSpilledCount: Bool { bits & Self.countMask == Self.countMask }

    /// The count the key holds (when it does not have a spilled count).
    var inlineCount: Int { Int(bits & Self.countMask) + 1 }

    /// The same count of the numerator times `factor` (over a unit `factor` times larger).
    func scaled(by factor: Int64) -> ScaledKey {
        ScaledKey(bits: (numerator * factor) << Self.countBits | bits & Self.countMask)
    }
}
