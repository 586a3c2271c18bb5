/// How often each exact value occurred - the cohort's totals or one dimension's scores - in
/// memory that grows with the number of distinct values, not with the number of respondents.
/// Few distinct values (a dimension's scores) are counted in a small hash table; beyond
/// `dictionaryLimit` of them (a cohort's totals mostly differ) in a `CountedValues` list of
/// compact entries. Ranks, medians and the other statistics are computed from the counts.
struct ValueCounts: Sendable {
    /// Counts by the value's correctly rounded `Double` (equal fractions give equal doubles), in
    /// the order first seen.
    private var byDouble: [(double: Double, value: Fraction, count: Int)] = []
    /// An open-addressed table of positions in `byDouble` plus one (0: an empty slot), by the
    /// `Double`'s bits: its size a power of two at least twice the entries. Counting a score is
    /// one probe, as a dictionary's is, without hashing the key through `Hasher`.
    private var slots = [UInt16](repeating: 0, count: 16)
    /// Distinct exact values whose `Double` another value already holds (practically never).
    private var collisions: [(value: Fraction, count: Int)] = []
    /// Every value, once there were more than `dictionaryLimit` distinct ones (the table
    /// is then empty).
    private var list: CountedValues?
    /// The number of values counted.
    private(set) var total = 0

    /// The most distinct values counted in the table.
    static let dictionaryLimit = 1 << 12

    /// Counts a value `times` times.
    mutating func add(_ value: Fraction, times: Int = 1) {
        total += times
        if list != nil {
            list?.append(value, times: times)
            return
        }
        let key = value.doubleValue
        let slot = slot(of: key)
        guard slots[slot] != 0 else {
            byDouble.append((key, value, times))
            slots[slot] = UInt16(byDouble.count)
            if byDouble.count > Self.dictionaryLimit {
                moveToList()
            } else if 2 * byDouble.count > slots.count {
                rehash(size: 2 * slots.count)
            }
            return
        }
        let position = Int(slots[slot]) - 1
        if byDouble[position].value == value {
            byDouble[position].count += times
        } else if let index = collisions.firstIndex(where: { $0.value == value }) {
            collisions[index].count += times
        } else {
            collisions.append((value, times))
        }
    }

    /// The slot of a `Double` in `slots`: where it is, or the empty slot where it goes.
    private func slot(of key: Double) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(key, mask: mask)
        while slots[slot] != 0 && byDouble[Int(slots[slot]) - 1].double != key { slot = (slot + 1) & mask }
        return slot
    }

    /// A slot for a `Double`: its bits (0 and -0 alike) mixed by a multiplication.
    private static func hash(_ key: Double, mask: Int) -> Int {
        let bits = key == 0 ? 0 : key.bitPattern
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Makes the table of positions `size` slots long.
    private mutating func rehash(size: Int) {
        slots = [UInt16](repeating: 0, count: size)
        let mask = size - 1
        for (position, entry) in byDouble.enumerated() {
            var slot = Self.hash(entry.double, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt16(position + 1)
        }
    }

    /// Moves the table's counts to a list.
    private mutating func moveToList() {
        var moved = CountedValues()
        for entry in byDouble { moved.append(entry.value, times: entry.count) }
        for entry in collisions { moved.append(entry.value, times: entry.count) }
        byDouble = []
        slots = []
        collisions = []
        list = moved
    }

    /// Counts every value another counter counted.
    mutating func merge(_ other: ValueCounts) {
        if let values = other.list {
            if list == nil { moveToList() }
            total += other.total
            list?.append(values)
            return
        }
        for entry in other.byDouble { add(entry.value, times: entry.count) }
        for entry in other.collisions { add(entry.value, times: entry.count) }
    }

    /// Sorts a list of counts once counting is done, so that reading it copies nothing.
    mutating func compact() {
        list?.compact()
    }

    /// How often `value` was counted.
    func count(of value: Fraction) -> Int {
        if let list { return list.count(of: value) }
        let position = Int(slots[slot(of: value.doubleValue)]) - 1
        if position >= 0, byDouble[position].value == value { return byDouble[position].count }
        return collisions.first { $0.value == value }?.count ?? 0
    }

    /// The distinct values, lowest first, with their counts.
    var ascending: CountedValues.Ascending {
        if let list { return list.ascending }
        var values = CountedValues()
        for entry in byDouble { values.append(entry.value, times: entry.count) }
        for entry in collisions { values.append(entry.value, times: entry.count) }
        return values.ascending
    }
}

/// Counted values sorted once, to rank any value among them.
struct RankTable: Sendable {
    /// Distinct values, lowest first.
    private let values: CountedValues.Ascending
    /// `atOrBelow[i]`: how many counted values are at most `values[i]`.
    private let atOrBelow: [Int]
    private let total: Int

    init(_ counts: ValueCounts) {
        total = counts.total
        let ascending = counts.ascending
        values = ascending
        var seen = 0
        atOrBelow = ascending.values.entries.map { entry in
            seen += ascending.values.count(of: entry)
            return seen
        }
    }

    /// Competition rank: one more than the number of counted values higher than `value`.
    func rank(of value: Fraction) -> Int {
        let double = value.doubleValue
        // The first position whose value is higher than `value`.
        let above = position { values.values.compare($0, with: value, double: double) <= 0 }
        return total - (above > 0 ? atOrBelow[above - 1] : 0) + 1
    }

    /// The first position whose entry is not `before` (those before it all are).
    private func position(_ before: (CountedValues.Entry) -> Bool) -> Int {
        let entries = values.values.entries
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if before(entries[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The mid-rank percentile of a value among the counted ones, in percent: the share below
    /// plus half the share equal to it; exact. Nil when nothing was counted.
    func percentile(of value: Fraction) -> Fraction? {
        guard total > 0 else { return nil }
        let double = value.doubleValue
        let low = position { values.values.compare($0, with: value, double: double) < 0 }
        let below = low > 0 ? atOrBelow[low - 1] : 0
        let same = low < atOrBelow.count && values.values.compare(values.values.entries[low], with: value, double: double) == 0
            ? atOrBelow[low] - below : 0
        return Fraction(Int128(2 * below + same) * 100, Int128(2 * total))
    }
}
