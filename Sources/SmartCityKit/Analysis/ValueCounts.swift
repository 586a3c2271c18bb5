/// How often each exact value occurred - the cohort's totals or one dimension's scores - in
/// memory that grows with the number of distinct values, not with the number of respondents.
/// Few distinct values (a dimension's scores) are counted in a small hash table; beyond
/// `dictionaryLimit` of them (a cohort's totals mostly differ) in a `CountedValues` list of
/// compact entries. Ranks, medians and the other statistics are computed from the counts.
struct ValueCounts: Sendable {
    /// The counted values' correctly rounded `Double`s (equal fractions give equal doubles), in
    /// the order first seen; counting a score is one probe of their table.
    private var doubles = DistinctDoubles()
    /// The value and count of each of `doubles`, at its position.
    private var entries: [(value: Fraction, count: Int)] = []
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
        guard let position = doubles.position(of: key) else {
            doubles.add(key)
            entries.append((value, times))
            if entries.count > Self.dictionaryLimit { moveToList() }
            return
        }
        if entries[position].value == value {
            entries[position].count += times
        } else if let index = collisions.firstIndex(where: { $0.value == value }) {
            collisions[index].count += times
        } else {
            collisions.append((value, times))
        }
    }

    /// Moves the table's counts to a list.
    private mutating func moveToList() {
        var moved = CountedValues()
        for entry in entries { moved.append(entry.value, times: entry.count) }
        for entry in collisions { moved.append(entry.value, times: entry.count) }
        doubles = DistinctDoubles()
        entries = []
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
        if let position = doubles.position(of: value.doubleValue), entries[position].value == value { return entries[position].count }
        return collisions.first { $0.value == value }?.count ?? 0
    }

    /// The distinct values, lowest first, with their counts.
    var ascending: CountedValues.Ascending {
        if let list { return list.ascending }
        var values = CountedValues()
        for entry in entries { values.append(entry.value, times: entry.count) }
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
