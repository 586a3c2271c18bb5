/// Exact values with how often each occurred, as a list of compact entries: what `ValueCounts`
/// keeps once a measure takes many distinct values (a cohort's totals mostly differ from
/// respondent to respondent). Values are appended as they are counted and the list is sorted
/// and its equal values merged (compacted) whenever it has doubled since the last time, so
/// that it holds at most about twice the distinct values.
///
/// While every value is a whole multiple of one common `unit` (scores are: their denominators
/// are products of weights and answered counts), a value is kept as its numerator over that
/// unit with its count in one 64-bit key (`ScaledKey`): 8 bytes a distinct value, ordered and
/// compared exactly as integers. A value that would need too large a unit or numerator moves
/// the list to 32-byte entries - the value's correctly rounded `Double`, its numerator and
/// denominator in 64 bits, its count - ordered by their `Double` first (rounding to nearest
/// never reverses an order) and compared exactly only where those are equal.
struct CountedValues: Sendable {
    /// A value and its count; a value beyond 64 bits is kept in `wide`, its entry's
    /// denominator 0 and numerator its position there.
    struct Entry: Sendable {
        let double: Double
        let numerator: Int64
        let denominator: Int64
        var count: Int
    }

    /// While `isScaled`: the values as numerators over `unit`, with their counts.
    private var keys: [ScaledKey] = []
    /// The common denominator of the scaled values.
    private var unit: Int64 = 1
    /// The largest magnitude of a scaled numerator, to know whether a larger unit still fits.
    private var largestNumerator: Int64 = 0
    /// Counts of compacted keys that do not fit in the key (`ScaledKey.spilledCount`), by numerator.
    private var largeCounts: [Int64: Int] = [:]
    /// Whether the values are kept as `keys`; else as `entries`.
    private var isScaled = true
    private var entries: [Entry] = []
    private var wide: [Fraction] = []
    /// How many entries (or keys) at the front are sorted and distinct.
    private var sorted = 0
    /// The fewest entries before the list is compacted.
    private static let minimumCompaction = 1 << 12
    /// The largest unit and numerator magnitude kept scaled: both convert exactly to `Double`,
    /// so one division gives a value's correctly rounded `Double`, and keys cannot overflow.
    private static let scaleLimit: Int64 = 1 << 50

    /// How many entries the list holds: after `compact`, its distinct values.
    var storedCount: Int { isScaled ? keys.count : entries.count }

    /// Counts a value `times` times.
    mutating func append(_ value: Fraction, double: Double, times: Int) {
        if isScaled, let numerator = scaledNumerator(of: value) {
            appendScaled(numerator, times: times)
        } else {
            leaveScale()
            appendEntry(value, double: double, times: times)
        }
        compactIfDoubled()
    }

    /// Counts every value another list counted.
    mutating func append(_ other: CountedValues) {
        if isScaled, other.isScaled, growUnit(toMultipleOf: other.unit), other.largestNumerator < Self.scaleLimit / (unit / other.unit) {
            let factor = unit / other.unit
            largestNumerator = max(largestNumerator, other.largestNumerator * factor)
            keys.reserveCapacity(keys.count + other.keys.count)
            for key in other.keys { appendScaled(key.numerator * factor, times: other.count(of: key)) }
        } else {
            leaveScale()
            entries.reserveCapacity(entries.count + other.storedCount)
            for position in 0..<other.storedCount {
                appendEntry(other.value(at: position), double: other.double(at: position), times: other.count(at: position))
            }
        }
        compactIfDoubled()
    }

    /// The exact value at a position.
    func value(at position: Int) -> Fraction {
        if isScaled { return Fraction(Int128(keys[position].numerator), Int128(unit)) }
        let entry = entries[position]
        return entry.denominator == 0 ? wide[Int(entry.numerator)] : Fraction(Int128(entry.numerator), Int128(entry.denominator))
    }

    /// The correctly rounded `Double` of the value at a position.
    func double(at position: Int) -> Double {
        // Numerator and unit below 2^53: one IEEE division rounds correctly.
        isScaled ? Double(keys[position].numerator) / Double(unit) : entries[position].double
    }

    /// How often the value at a position was counted (in that entry).
    func count(at position: Int) -> Int {
        isScaled ? count(of: keys[position]) : entries[position].count
    }

    /// -1, 0 or 1: the value at `position` below, equal to or above `value` (whose `Double` is `double`).
    func compare(at position: Int, with value: Fraction, double: Double) -> Int {
        let held = self.double(at: position)
        return held != double ? (held < double ? -1 : 1) : Fraction.compare(self.value(at: position), value)
    }

    /// Sorts the entries, lowest value first, and merges the counts of equal values.
    mutating func compact() {
        guard sorted < storedCount else { return }
        if isScaled { compactKeys() } else { compactEntries() }
    }

    /// How often `value` was counted.
    func count(of value: Fraction) -> Int {
        let double = value.doubleValue
        var found = 0
        // The sorted entries by bisection, those counted since one by one.
        var low = 0, high = sorted
        while low < high {
            let middle = (low + high) / 2
            if compare(at: middle, with: value, double: double) < 0 { low = middle + 1 } else { high = middle }
        }
        if low < sorted, compare(at: low, with: value, double: double) == 0 { found += count(at: low) }
        for position in sorted..<storedCount where compare(at: position, with: value, double: double) == 0 { found += count(at: position) }
        return found
    }

    // MARK: Scaled values

    /// The numerator of `value` over `unit`, the unit grown (and the keys rescaled) if need
    /// be; nil when the unit or the numerator would pass `scaleLimit`.
    private mutating func scaledNumerator(of value: Fraction) -> Int64? {
        guard var numerator = Fraction.small(value.numerator), var denominator = Fraction.small(value.denominator) else { return nil }
        if unit % denominator != 0 {
            let common = Int64(Fraction.gcd(numerator.magnitude, denominator.magnitude))
            numerator /= common
            denominator /= common
            guard unit % denominator == 0 || growUnit(toMultipleOf: denominator) else { return nil }
        }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: unit / denominator)
        guard !overflow, scaled.magnitude < UInt64(Self.scaleLimit) else { return nil }
        largestNumerator = max(largestNumerator, Int64(scaled.magnitude))
        return scaled
    }

    /// Grows `unit` to a multiple of `denominator` (their least common multiple), rescaling
    /// the keys; false (nothing changed) when the unit or a numerator would pass `scaleLimit`.
    private mutating func growUnit(toMultipleOf denominator: Int64) -> Bool {
        let factor = denominator / Int64(Fraction.gcd(UInt64(unit), UInt64(denominator)))
        guard factor > 1 else { return true }
        let (grown, overflow) = unit.multipliedReportingOverflow(by: factor)
        guard !overflow, grown < Self.scaleLimit, largestNumerator < Self.scaleLimit / factor else { return false }
        unit = grown
        largestNumerator *= factor
        for index in keys.indices { keys[index] = keys[index].scaled(by: factor) }
        if !largeCounts.isEmpty {
            largeCounts = Dictionary(uniqueKeysWithValues: largeCounts.map { ($0.key * factor, $0.value) })
        }
        return true
    }

    /// Appends a scaled value counted `times` times: one key for each `ScaledKey.largestInlineCount`.
    private mutating func appendScaled(_ numerator: Int64, times: Int) {
        var left = times
        while left > 0 {
            let part = min(left, ScaledKey.largestInlineCount)
            keys.append(ScaledKey(numerator: numerator, count: part))
            left -= part
        }
    }

    /// How often the value of a key was counted.
    private func count(of key: ScaledKey) -> Int {
        key.hasSpilledCount ? largeCounts[key.numerator, default: 0] : key.inlineCount
    }

    private mutating func compactKeys() {
        keys.sort { $0.bits < $1.bits }
        var kept = 0, keptCount = 0
        for index in keys.indices {
            let key = keys[index]
            if kept > 0, keys[kept - 1].numerator == key.numerator {
                keptCount += count(of: key)
            } else {
                if kept > 0 { storeCount(keptCount, at: kept - 1) }
                keys[kept] = key
                keptCount = count(of: key)
                kept += 1
            }
        }
        if kept > 0 { storeCount(keptCount, at: kept - 1) }
        keys.removeLast(keys.count - kept)
        sorted = kept
    }

    /// Sets the count of the compacted key at `position`, in the key or in `largeCounts`.
    private mutating func storeCount(_ count: Int, at position: Int) {
        let numerator = keys[position].numerator
        if count <= ScaledKey.largestInlineCount {
            keys[position] = ScaledKey(numerator: numerator, count: count)
            largeCounts[numerator] = nil
        } else {
            keys[position] = ScaledKey(spilledCountOf: numerator)
            largeCounts[numerator] = count
        }
    }

    /// Moves scaled values to exact entries, in the same order (once a value does not scale).
    private mutating func leaveScale() {
        guard isScaled else { return }
        entries.reserveCapacity(keys.count)
        for position in keys.indices {
            entries.append(Entry(double: double(at: position), numerator: keys[position].numerator, denominator: unit, count: count(at: position)))
        }
        isScaled = false
        keys = []
        largeCounts = [:]
    }

    // MARK: Exact entries

    private mutating func appendEntry(_ value: Fraction, double: Double, times: Int) {
        if let numerator = Fraction.small(value.numerator), let denominator = Fraction.small(value.denominator) {
            entries.append(Entry(double: double, numerator: numerator, denominator: denominator, count: times))
        } else {
            entries.append(Entry(double: double, numerator: Int64(wide.count), denominator: 0, count: times))
            wide.append(value)
        }
    }

    /// The exact value of an entry.
    private func value(of entry: Entry) -> Fraction {
        entry.denominator == 0 ? wide[Int(entry.numerator)] : Fraction(Int128(entry.numerator), Int128(entry.denominator))
    }

    /// Whether the value of `a` comes before that of `b`.
    private func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.double != b.double ? a.double < b.double : value(of: a) < value(of: b)
    }

    private mutating func compactEntries() {
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

    private mutating func compactIfDoubled() {
        if storedCount >= 2 * max(sorted, Self.minimumCompaction) { compact() }
    }
}

extension CountedValues {
    /// The distinct values of a compacted list, lowest first, with their counts.
    struct Ascending: RandomAccessCollection, Sendable {
        let values: CountedValues

        var startIndex: Int { 0 }
        var endIndex: Int { values.storedCount }

        subscript(position: Int) -> (value: Fraction, count: Int) {
            (values.value(at: position), values.count(at: position))
        }

        /// The values' `Double`s with their counts, without a division of 128-bit numbers each.
        var doubles: LazyMapCollection<Range<Int>, (value: Double, count: Int)> {
            let values = self.values
            return (0..<values.storedCount).lazy.map { (value: values.double(at: $0), count: values.count(at: $0)) }
        }
    }

    /// The distinct values, lowest first, with their counts (compacted first if need be).
    var ascending: Ascending {
        var copy = self
        copy.compact()
        return Ascending(values: copy)
    }
}
