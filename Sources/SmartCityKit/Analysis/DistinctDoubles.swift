/// The distinct `Double`s added, in the order first added, each found again by one probe of an
/// open-addressed table of their positions (by the value's bits mixed by a multiplication, 0 and
/// -0 alike) - what a `Dictionary` keyed by `Double` does, without hashing through `Hasher`. At
/// most `limit` values: positions are kept in 2 bytes.
struct DistinctDoubles: Sendable {
    /// The values in the order first added.
    private(set) var values: [Double] = []
    /// Each value's position plus one (0: an empty slot); a power of two at least twice as
    /// many slots as values.
    private var slots = [UInt16](repeating: 0, count: 16)

    /// The most values kept.
    static let limit = Int(UInt16.max)

    /// The number of distinct values.
    var count: Int { values.count }

    /// Where `value` (or a value equal to it) was added, nil if it was not.
    func position(of value: Double) -> Int? {
        let position = Int(slots[slot(of: value)]) - 1
        return position >= 0 ? position : nil
    }

    /// Adds a value not added before (`position(of:)` is nil) while there are fewer than `limit`;
    /// its position.
    @discardableResult
    mutating func add(_ value: Double) -> Int {
        precondition(values.count < Self.limit, "DistinctDoubles holds at most \(Self.limit) values")
        values.append(value)
        slots[slot(of: value)] = UInt16(values.count)
        if 2 * values.count > slots.count { rehash(size: 2 * slots.count) }
        return values.count - 1
    }

    /// The slot holding `value`, or the empty slot where it goes.
    private func slot(of value: Double) -> Int {
        let mask = slots.count - 1
        var slot = Self.home(value, mask: mask)
        while slots[slot] != 0 && values[Int(slots[slot]) - 1] != value { slot = (slot + 1) & mask }
        return slot
    }

    /// Where a value's probe starts: its bits (0 and -0 alike) mixed by a multiplication.
    private static func home(_ value: Double, mask: Int) -> Int {
        let bits = value == 0 ? 0 : value.bitPattern
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Makes the table of positions `size` slots long.
    private mutating func rehash(size: Int) {
        slots = [UInt16](repeating: 0, count: size)
        let mask = size - 1
        for (position, value) in values.enumerated() {
            var slot = Self.home(value, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt16(position + 1)
        }
    }
}
