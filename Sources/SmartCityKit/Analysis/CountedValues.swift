/// Exact values with how often each occurred, as a list of compact entries: what `ValueCounts`
/// keeps once a measure takes many distinct values (a cohort's totals mostly differ from
/// respondent to respondent). An entry is 16 bytes - the value's numerator, and its denominator
/// with its count in one word - against about 110 bytes of a dictionary entry at a million
/// values. Values are appended as they are counted and the list is sorted and its equal values
/// merged (compacted) whenever it has doubled since the last time, so that it holds at most
/// about twice the distinct values. Values are ordered and compared exactly, by multiplying out.
struct CountedValues: Sendable {
    /// A value and its count: the numerator, and the denominator times 4,096 plus the count
    /// less one (a count from 1 to `largestInlineCount`; the last field value marks a count
    /// kept in `largeCounts`). A value beyond 64 bits, or with a denominator from 2^51, is kept
    /// in `wide`: its denominator 0 and its numerator its position there.
    struct Entry: Hashable, Sendable {
        let numerator: Int64
        private let packed: UInt64

        private static let countBits: UInt64 = 12
        private static let countMask: UInt64 = (1 << countBits) - 1
        /// The largest count an entry holds itself.
        static let largestInlineCount = Int(countMask)
        /// Denominators below this fit beside the count.
        static let denominatorLimit: Int64 = 1 << 51

        /// `count` (1 through `largestInlineCount`) values `numerator / denominator`.
        init(numerator: Int64, denominator: Int64, count: Int) {
            self.numerator = numerator
            packed = UInt64(denominator) << Self.countBits | UInt64(count - 1)
        }

        /// The same value with a count kept in `largeCounts`.
        init(spilledCountOf entry: Entry) {
            numerator = entry.numerator
            packed = entry.packed | Self.countMask
        }

        /// The same value counted `count` times (1 through `largestInlineCount`).
        func counted(_ count: Int) -> Entry {
            Entry(numerator: numerator, denominator: denominator, count: count)
        }

        /// 0 for a value kept in `wide`.
        var denominator: Int64 { Int64(packed >> Self.countBits) }
        var isWide: Bool { denominator == 0 }
        var hasSpilledCount: Bool { packed & Self.countMask == Self.countMask }
        /// The count the entry holds (when it does not have a spilled count).
        var inlineCount: Int { Int(packed & Self.countMask) + 1 }
    }

    private(set) var entries: [Entry] = []
    private var wide: [Fraction] = []
    /// Counts of compacted entries too large for the entry (whose count field marks them).
    private var largeCounts: [Entry: Int] = [:]
    /// How many entries at the front are sorted and distinct.
    private var sorted = 0
    /// The fewest entries before the list is compacted.
    private static let minimumCompaction = 1 << 12

    /// Counts a value `times` times.
    mutating func append(_ value: Fraction, times: Int) {
        let entry: Entry
        if let numerator = Fraction.small(value.numerator), let denominator = Fraction.small(value.denominator), denominator < Entry.denominatorLimit {
            entry = Entry(numerator: numerator, denominator: denominator, count: 1)
        } else {
            entry = Entry(numerator: Int64(wide.count), denominator: 0, count: 1)
            wide.append(value)
        }
        append(entry, times: times)
        compactIfDoubled()
    }

    /// Counts every value another list counted. The entries grow by a quarter at a time: a
    /// group's list takes a piece's list after another, and doubling left up to twice the room.
    mutating func append(_ other: CountedValues) {
        entries.reserveGrowingByQuarter(other.entries.count)
        for entry in other.entries {
            if entry.isWide {
                append(other.wide[Int(entry.numerator)], times: other.count(of: entry))
            } else {
                append(entry.counted(1), times: other.count(of: entry))
            }
        }
        compactIfDoubled()
    }

    /// Appends an entry counted `times` times: one entry per `Entry.largestInlineCount`.
    private mutating func append(_ entry: Entry, times: Int) {
        var left = times
        while left > 0 {
            let part = min(left, Entry.largestInlineCount)
            entries.append(entry.counted(part))
            left -= part
        }
    }

    /// The exact value of an entry.
    func value(of entry: Entry) -> Fraction {
        Self.value(of: entry, wide: wide)
    }

    private static func value(of entry: Entry, wide: [Fraction]) -> Fraction {
        entry.isWide ? wide[Int(entry.numerator)] : Fraction(Int128(entry.numerator), Int128(entry.denominator))
    }

    /// How often the value of an entry was counted (in that entry).
    func count(of entry: Entry) -> Int {
        entry.hasSpilledCount ? largeCounts[entry, default: 0] : entry.inlineCount
    }

    /// The correctly rounded `Double` of an entry's value.
    func double(of entry: Entry) -> Double {
        value(of: entry).doubleValue
    }

    /// -1, 0 or 1: `a`'s value below, equal to or above `b`'s.
    private static func order(_ a: Entry, _ b: Entry, wide: [Fraction]) -> Int {
        if a.isWide || b.isWide { return Fraction.compare(value(of: a, wide: wide), value(of: b, wide: wide)) }
        // Denominators are positive: a/b < c/d exactly when ad < cb (in 128 bits, no overflow).
        let left = Int128(a.numerator) * Int128(b.denominator), right = Int128(b.numerator) * Int128(a.denominator)
        return left == right ? 0 : (left < right ? -1 : 1)
    }

    /// -1, 0 or 1: the value of `entry` below, equal to or above `value` (whose `Double` is `double`).
    func compare(_ entry: Entry, with value: Fraction, double: Double) -> Int {
        let held = self.double(of: entry)
        return held != double ? (held < double ? -1 : 1) : Fraction.compare(self.value(of: entry), value)
    }

    /// Sorts the entries, lowest value first, and merges the counts of equal values.
    mutating func compact() {
        guard sorted < entries.count else { return }
        // The order reads `wide` only: a copy of it, so that sorting does not copy the entries.
        let wide = self.wide
        entries.sort { Self.order($0, $1, wide: wide) < 0 }
        var kept = 0, keptCount = 0
        for index in entries.indices {
            let entry = entries[index]
            let count = count(of: entry)
            if entry.hasSpilledCount { largeCounts[entry] = nil }
            if kept > 0, Self.order(entries[kept - 1], entry, wide: wide) == 0 {
                keptCount += count
            } else {
                if kept > 0 { store(keptCount, at: kept - 1) }
                entries[kept] = entry
                keptCount = count
                kept += 1
            }
        }
        if kept > 0 { store(keptCount, at: kept - 1) }
        entries.removeLast(entries.count - kept)
        sorted = kept
    }

    /// Sets the count of the compacted entry at `position`, in the entry or in `largeCounts`.
    private mutating func store(_ count: Int, at position: Int) {
        let entry = entries[position].counted(1)
        if count <= Entry.largestInlineCount {
            entries[position] = entry.counted(count)
        } else {
            let spilled = Entry(spilledCountOf: entry)
            entries[position] = spilled
            largeCounts[spilled] = count
        }
    }

    private mutating func compactIfDoubled() {
        if entries.count >= 2 * max(sorted, Self.minimumCompaction) { compact() }
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
        if low < sorted, compare(entries[low], with: value, double: double) == 0 { found += count(of: entries[low]) }
        for entry in entries[sorted...] where compare(entry, with: value, double: double) == 0 { found += count(of: entry) }
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
            return (values.value(of: entry), values.count(of: entry))
        }
    }

    /// The distinct values, lowest first, with their counts (compacted first if need be).
    var ascending: Ascending {
        var copy = self
        copy.compact()
        return Ascending(values: copy)
    }
}
