/// Exact values with how often each occurred, as a list of compact entries: what `ValueCounts`
/// keeps once a measure takes many distinct values (a cohort's totals mostly differ from
/// respondent to respondent). An entry is 32 bytes - the value's correctly rounded `Double`,
/// its numerator and denominator in 64 bits, its count - against about 110 bytes of a
/// dictionary entry at a million values. Values are appended as they are counted and the list
/// is sorted and its equal values merged (compacted) whenever it has doubled since the last
/// time, so that it holds at most about twice the distinct values.
///
/// Values are ordered by their `Double` first: rounding to nearest never reverses an order, so
/// different `Double`s order their exact values; only values with the same `Double` are
/// compared exactly.
struct CountedValues: Sendable {
    /// A value and its count; a value beyond 64 bits is kept in `wide`, its entry's
    /// denominator 0 and numerator its position there.
    struct Entry: Sendable {
        let double: Double
        let numerator: Int64
        let denominator: Int64
        var count: Int
    }

    private(set) var entries: [Entry] = []
    private var wide: [Fraction] = []
    /// How many entries at the front are sorted and distinct.
    private var sorted = 0
    /// The fewest entries before the list is compacted.
    private static let minimumCompaction = 1 << 12

    /// Counts a value `times` times.
    mutating func append(_ value: Fraction, double: Double, times: Int) {
        if let numerator = Int64(exactly: value.numerator), let denominator = Int64(exactly: value.denominator) {
            entries.append(Entry(double: double, numerator: numerator, denominator: denominator, count: times))
        } else {
            entries.append(Entry(double: double, numerator: Int64(wide.count), denominator: 0, count: times))
            wide.append(value)
        }
        if entries.count >= 2 * max(sorted, Self.minimumCompaction) { compact() }
    }

    /// Counts every value another list counted.
    mutating func append(_ other: CountedValues) {
        entries.reserveCapacity(entries.count + other.entries.count)
        for entry in other.entries {
            if entry.denominator == 0 {
                append(other.wide[Int(entry.numerator)], double: entry.double, times: entry.count)
            } else {
                entries.append(entry)
            }
        }
        if entries.count >= 2 * max(sorted, Self.minimumCompaction) { compact() }
    }

    /// The exact value of an entry.
    func value(of entry: Entry) -> Fraction {
        entry.denominator == 0 ? wide[Int(entry.numerator)] : Fraction(Int128(entry.numerator), Int128(entry.denominator))
    }

    /// Whether the value of `a` comes before that of `b`.
    private func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.double != b.double ? a.double < b.double : value(of: a) < value(of: b)
    }

    /// -1, 0 or 1: the value of `entry` below, equal to or above `value` (whose `Double` is `double`).
    func compare(_ entry: Entry, with value: Fraction, double: Double) -> Int {
        entry.double != double ? (entry.double < double ? -1 : 1) : Fraction.compare(self.value(of: entry), value)
    }

    /// Sorts the entries, lowest value first, and merges the counts of equal values.
    mutating func compact() {
        guard sorted < entries.count else { return }
        entries.sort(by: precedes)
        var kept = 0
        for index in entries.indices {
            if kept > 0, entries[kept - 1].double == entries[index].double, value(of: entries[kept - 1]) == value(of: entries[index]) {
                entries[kept - 1].count += entries[index].count
            } else {
                entries[kept] = entries[index]
                kept += 1
            }
        }
        entries.removeLast(entries.count - kept)
        sorted = kept
    }

    /// How often `value` was counted.
    func count(of value: Fraction) -> Int {
        let double = value.doubleValue
        var found = 0
        // The sorted entries by bisection, those counted since one by one.
        var low = 0, high = sorted
        while low < high {
            let middle = (low + high) / 2
            if compare(entries[middle], with: value, double: double) < 0 { low = middle + 1 } else { high = middle }
        }
        if low < sorted, compare(entries[low], with: value, double: double) == 0 { found += entries[low].count }
        for entry in entries[sorted...] where compare(entry, with: value, double: double) == 0 { found += entry.count }
        return found
    }
}

extension CountedValues {
    /// The distinct values of a compacted list, lowest first, with their counts.
    struct Ascending: RandomAccessCollection, Sendable {
        let values: CountedValues

        var startIndex: Int { 0 }
        var endIndex: Int { values.entries.count }

        subscript(position: Int) -> (value: Fraction, count: Int) {
            let entry = values.entries[position]
            return (values.value(of: entry), entry.count)
        }

        /// The values' `Double`s with their counts, without a division each.
        var doubles: LazyMapCollection<[Entry], (value: Double, count: Int)> {
            values.entries.lazy.map { (value: $0.double, count: $0.count) }
        }
    }

    /// The distinct values, lowest first, with their counts (compacted first if need be).
    var ascending: Ascending {
        var copy = self
        copy.compact()
        return Ascending(values: copy)
    }
}
