/// How often each exact value occurred - the cohort's totals or one dimension's scores - in
/// memory that grows with the number of distinct values, not with the number of respondents.
/// Few distinct values (a dimension's scores) are counted in a hash table of their own; beyond
/// `dictionaryLimit` of them (a cohort's totals mostly differ) in a `CountedValues` list of
/// compact entries. Ranks, medians and the other statistics are computed from the counts.
struct ValueCounts: Sendable {
    /// The distinct values counted so far with their counts, one per `Double` (equal fractions
    /// give equal doubles), in the order first counted.
    private var entries: [(value: Fraction, count: Int)] = []
    /// Each entry's key: the bits of its value's correctly rounded `Double`.
    private var keys: [UInt64] = []
    /// The entries found by key, open addressing: an entry's index plus one, 0 where free; a
    /// power of two long and at most half full. (A `Dictionary` keyed by `Double` hashed each
    /// value with SipHash: a tenth of reading a file went to counting seven values a respondent.)
    private var slots: [Int32] = []
    /// 64 minus the bits of a slot's index: a key's home slot is the top bits of its product
    /// with a large odd constant (multiplicative hashing).
    private var slotShift: UInt64 = 64
    /// Distinct exact values whose `Double` another value already holds (practically never).
    private var collisions: [(value: Fraction, count: Int)] = []
    /// Every value, once there were more than `dictionaryLimit` distinct ones (the entries
    /// are then empty).
    private var list: CountedValues?
    /// The number of values counted.
    private(set) var total = 0

    /// The most distinct values counted as entries.
    static let dictionaryLimit = 1 << 12

    /// Counts a value `times` times.
    mutating func add(_ value: Fraction, times: Int = 1) {
        total += times
        if list != nil {
            list?.append(value, times: times)
            return
        }
        let key = Self.key(value)
        guard let index = index(of: key) else {
            insert(value, times: times, key: key)
            if entries.count > Self.dictionaryLimit { moveToList() }
            return
        }
        if entries[index].value == value {
            entries[index].count += times
        } else if let collision = collisions.firstIndex(where: { $0.value == value }) {
            collisions[collision].count += times
        } else {
            collisions.append((value, times))
        }
    }

    /// The key of a value: its `Double`'s bits, zero's without a sign.
    private static func key(_ value: Fraction) -> UInt64 { (value.doubleValue + 0).bitPattern }

    /// The home slot of a key.
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> slotShift) }

    /// The entry with this key, if there is one.
    private func index(of key: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if keys[index] == key { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds an entry whose key is not there yet, growing the slots to keep them at most half full.
    private mutating func insert(_ value: Fraction, times: Int, key: UInt64) {
        if 2 * (entries.count + 1) > slots.count {
            let bits = slots.isEmpty ? 4 : slots.count.trailingZeroBitCount + 1
            slots = [Int32](repeating: 0, count: 1 << bits)
            slotShift = UInt64(64 - bits)
            for index in keys.indices { place(index, key: keys[index]) }
        }
        place(entries.count, key: key)
        entries.append((value, times))
        keys.append(key)
    }

    /// Puts an entry's index in the first free slot from its key's home.
    private mutating func place(_ index: Int, key: UInt64) {
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    /// Moves the entries' counts to a list.
    private mutating func moveToList() {
        var moved = CountedValues()
        for entry in entries { moved.append(entry.value, times: entry.count) }
        for entry in collisions { moved.append(entry.value, times: entry.count) }
        entries = []
        keys = []
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
        for entry in other.entries { add(entry.value, times: entry.count) }
        for entry in other.collisions { add(entry.value, times: entry.count) }
    }

    /// Sorts a list of counts once counting is done, so that reading it copies nothing.
    mutating func compact() {
        list?.compact()
    }

    /// How often `value` was counted.
    func count(of value: Fraction) -> Int {
        if let list { return list.count(of: value) }
        if let index = index(of: Self.key(value)), entries[index].value == value { return entries[index].count }
        return collisions.first { $0.value == value }?.count ?? 0
    }

    /// The distinct values, lowest first, with their counts.
    var ascending: CountedValues.Ascending {
        if let list { return list.ascending }
        var values = CountedValues()
        for entry in entries + collisions { values.append(entry.value, times: entry.count) }
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
