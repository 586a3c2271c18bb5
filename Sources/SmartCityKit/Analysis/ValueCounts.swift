/// How often each exact value occurred - the cohort's totals or one dimension's scores - in
/// memory that grows with the number of distinct values, not with the number of respondents
/// (scores of a questionnaire take few distinct values). Ranks, medians and the other
/// statistics are computed from the counts.
struct ValueCounts: Sendable {
    /// Counts by the value's correctly rounded `Double` (equal fractions give equal doubles).
    private var byDouble: [Double: (value: Fraction, count: Int)] = [:]
    /// Distinct exact values whose `Double` another value already holds (practically never).
    private var collisions: [(value: Fraction, count: Int)] = []
    /// The number of values counted.
    private(set) var total = 0

    /// Counts a value `times` times.
    mutating func add(_ value: Fraction, times: Int = 1) {
        total += times
        let key = value.doubleValue
        // One hash per value: the entry is found, then changed in place.
        guard let slot = byDouble.index(forKey: key) else {
            byDouble[key] = (value, times)
            return
        }
        if byDouble.values[slot].value == value {
            byDouble.values[slot].count += times
        } else if let index = collisions.firstIndex(where: { $0.value == value }) {
            collisions[index].count += times
        } else {
            collisions.append((value, times))
        }
    }

    /// Counts every value another counter counted.
    mutating func merge(_ other: ValueCounts) {
        for entry in other.byDouble.values { add(entry.value, times: entry.count) }
        for entry in other.collisions { add(entry.value, times: entry.count) }
    }

    /// How often `value` was counted.
    func count(of value: Fraction) -> Int {
        if let entry = byDouble[value.doubleValue], entry.value == value { return entry.count }
        return collisions.first { $0.value == value }?.count ?? 0
    }

    /// The distinct values, lowest first, with their counts.
    var ascending: [(value: Fraction, count: Int)] {
        (Array(byDouble.values) + collisions).sorted { $0.value < $1.value }
    }
}

/// Counted values sorted once, to rank any value among them.
struct RankTable: Sendable {
    /// Distinct values, highest first.
    private let values: [Fraction]
    /// `higher[i]`: how many counted values are higher than `values[i]`.
    private let higher: [Int]
    /// `equal[i]`: how often `values[i]` was counted.
    private let equal: [Int]
    private let total: Int

    init(_ counts: ValueCounts) {
        total = counts.total
        let descending = counts.ascending.reversed()
        values = descending.map(\.value)
        equal = descending.map(\.count)
        var above = 0
        higher = descending.map { entry in
            defer { above += entry.count }
            return above
        }
    }

    /// Competition rank: one more than the number of counted values higher than `value`.
    func rank(of value: Fraction) -> Int {
        let low = position(of: value)
        return (low < values.count ? higher[low] : total) + 1
    }

    /// The first position whose value is not higher than `value` (every value before it is higher).
    private func position(of value: Fraction) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] > value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The mid-rank percentile of a value among the counted ones, in percent: the share below
    /// plus half the share equal to it; exact. Nil when nothing was counted.
    func percentile(of value: Fraction) -> Fraction? {
        guard total > 0 else { return nil }
        let low = position(of: value)
        let above = low < values.count ? higher[low] : total
        let same = low < values.count && values[low] == value ? equal[low] : 0
        let below = total - above - same
        return Fraction(Int128(2 * below + same) * 100, Int128(2 * total))
    }
}
