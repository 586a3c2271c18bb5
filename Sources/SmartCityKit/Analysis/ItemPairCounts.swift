/// How often each pair of values of a dimension's items occurred together, respondent by
/// respondent: the cheap way to the exact co-moments of items that take few values (a scale's
/// points, a choice's options). Counting a respondent is one increment per pair of items,
/// where `CoMoments` and `PairwiseCoMoments` add three 128-bit sums per pair; the sums follow
/// exactly from the counts at the end (`moments`), the same integers in any order.
///
/// Each item's values are coded in the order first seen, code 0 standing for an item not
/// scored. An item takes at most `valueLimit` distinct values, each below 2^31 in magnitude
/// (so that no exact sum can overflow, as the moments' own bound needs), and the counts are
/// 32-bit (tables half the size, for the cache), so at most `respondentLimit` respondents are
/// counted; a respondent beyond that is not counted (`add` says so), and the caller continues
/// with the moments themselves.
struct ItemPairCounts: Sendable {
    /// The most distinct values an item is counted with.
    static let valueLimit = 7
    /// The most items counted this way: beyond, the tables would outgrow the moments' rows.
    static let itemLimit = 32
    /// The most respondents counted.
    static let respondentLimit = Int(UInt32.max)
    /// Codes per item, 0 included: a pair's counts are a `codes × codes` table.
    private static let codes = valueLimit + 1
    private static let tableSize = codes * codes

    let size: Int
    /// Each item's distinct values in the order first seen: item `i`'s code `c` (1...) stands
    /// for `values[i * valueLimit + c - 1]`; `valueCounts[i]` of them are in use.
    private var values: [Int64]
    private var valueCounts: [Int]
    /// Per pair of items i <= j (at `pairStarts[i] + j - i`), a table of how often each pair of
    /// codes occurred: over the respondents who answered every item (`complete`) and over the
    /// others (`partial`).
    private var complete: [UInt32]
    private var partial: [UInt32]
    private let pairStarts: [Int]
    /// The respondents counted, and how many of them answered every item.
    private(set) var respondents = 0
    private(set) var completeRespondents = 0
    /// The current respondent's items, each as `item × tableSize + code` (where its code falls
    /// in a pair's table, counted from the pairs of the item): reused from respondent to respondent.
    private var rowOffsets: [Int]

    /// An empty count of `size` items (at most `itemLimit`).
    init(size: Int) {
        self.size = size
        values = Array(repeating: 0, count: size * Self.valueLimit)
        valueCounts = Array(repeating: 0, count: size)
        var starts: [Int] = [], start = 0
        for item in 0..<size {
            starts.append(start)
            start += size - item
        }
        pairStarts = starts
        complete = Array(repeating: 0, count: start * Self.tableSize)
        partial = complete
        rowOffsets = Array(repeating: 0, count: size)
    }

    /// Counts one respondent: its score on item `slot` is `scores[items[slot]]` (nil: not
    /// scored), in `1 / scoreUnit` points. False, counting nothing, when an item's value
    /// cannot be coded (too many distinct values, or too large).
    mutating func add(_ scores: [Int64?], items: [Int]) -> Bool {
        let size = size
        var coded = true, answeredAll = true
        // Moved out while written through their storage (no check per item whether they are shared).
        var (values, valueCounts, rowOffsets) = (self.values, self.valueCounts, self.rowOffsets)
        (self.values, self.valueCounts, self.rowOffsets) = ([], [], [])
        values.withUnsafeMutableBufferPointer { values in
            valueCounts.withUnsafeMutableBufferPointer { valueCounts in
                rowOffsets.withUnsafeMutableBufferPointer { offsets in
                    for slot in 0..<size {
                        var code = 0
                        if let units = scores[items[slot]] {
                            guard let found = Self.code(of: units, among: values, from: slot * Self.valueLimit, used: &valueCounts[slot]) else {
                                coded = false
                                return
                            }
                            code = found
                        } else {
                            answeredAll = false
                        }
                        offsets[slot] = slot * Self.tableSize + code
                    }
                }
            }
        }
        (self.values, self.valueCounts, self.rowOffsets) = (values, valueCounts, rowOffsets)
        guard coded, respondents < Self.respondentLimit else { return false }
        respondents += 1
        if answeredAll {
            completeRespondents += 1
            Self.count(rowOffsets, pairStarts: pairStarts, into: &complete)
        } else {
            Self.count(rowOffsets, pairStarts: pairStarts, into: &partial)
        }
        return true
    }

    /// Adds one to the table of every pair of items at the pair of their codes; item `i`'s
    /// code is `offsets[i] - i × tableSize`.
    private static func count(_ offsets: [Int], pairStarts: [Int], into tables: inout [UInt32]) {
        let size = offsets.count
        offsets.withUnsafeBufferPointer { offsets in
            tables.withUnsafeMutableBufferPointer { tables in
                for i in 0..<size {
                    let code = offsets[i] - i * Self.tableSize
                    // Pair (i, j)'s table is at (pairStarts[i] + j - i) × tableSize; the row of i's code in it.
                    let first = (pairStarts[i] - i) * Self.tableSize + code * Self.codes
                    // No count passes `respondentLimit`, so none wraps.
                    for j in i..<size { tables[first + offsets[j]] &+= 1 }
                }
            }
        }
    }

    /// The code of `units` among an item's values (`used` of them, from `start`), added when
    /// new; nil when it cannot be.
    @inline(__always)
    private static func code(of units: Int64, among values: UnsafeMutableBufferPointer<Int64>, from start: Int, used: inout Int) -> Int? {
        for index in 0..<used where values[start + index] == units { return index + 1 }
        guard used < valueLimit, units.magnitude < 1 << 31 else { return nil }
        values[start + used] = units
        used += 1
        return used
    }

    /// Counts what `other` (of the same items) counted, as if its respondents had been added
    /// here; false, counting nothing of it, when its values and these do not fit the codes together.
    mutating func merge(_ other: ItemPairCounts) -> Bool {
        guard respondents + other.respondents <= Self.respondentLimit else { return false }
        // Other's codes in this count's, item by item (0 stays 0).
        var mapped = [Int](repeating: 0, count: size * Self.codes)
        for item in 0..<size {
            for index in 0..<other.valueCounts[item] {
                let units = other.values[item * Self.valueLimit + index]
                var used = valueCounts[item]
                let code = values.withUnsafeMutableBufferPointer { Self.code(of: units, among: $0, from: item * Self.valueLimit, used: &used) }
                valueCounts[item] = used
                guard let code else { return false }
                mapped[item * Self.codes + index + 1] = code
            }
        }
        for i in 0..<size {
            for j in i..<size {
                let table = (pairStarts[i] + j - i) * Self.tableSize
                for a in 0..<Self.codes {
                    for b in 0..<Self.codes {
                        let from = table + a * Self.codes + b
                        let to = table + mapped[i * Self.codes + a] * Self.codes + mapped[j * Self.codes + b]
                        complete[to] += other.complete[from]
                        partial[to] += other.partial[from]
                    }
                }
            }
        }
        respondents += other.respondents
        completeRespondents += other.completeRespondents
        return true
    }

    /// The exact co-moments of what was counted: over the respondents who answered every item
    /// (`listwise`) and pairwise complete, as `CoMoments` and `PairwiseCoMoments` would have
    /// summed them respondent by respondent.
    func moments(scoreUnit: Int64) -> (listwise: CoMoments, pairwise: PairwiseCoMoments) {
        var sums = [Int128](repeating: 0, count: size), products = [Int128](repeating: 0, count: size * size)
        var pairs = [PairwiseCoMoments.PairSums](repeating: .init(), count: size * size)
        var largestListwise: UInt64 = 0, largestPairwise: UInt64 = 0
        for i in 0..<size {
            for j in i..<size {
                let table = (pairStarts[i] + j - i) * Self.tableSize
                for a in 1...Self.codes - 1 {
                    for b in 1...Self.codes - 1 {
                        let both = Int(complete[table + a * Self.codes + b]), either = both + Int(partial[table + a * Self.codes + b])
                        guard either > 0 else { continue }
                        let x = values[i * Self.valueLimit + a - 1], y = values[j * Self.valueLimit + b - 1]
                        let product = Int128(x) * Int128(y)
                        if both > 0 {
                            products[i * size + j] += Int128(both) * product
                            if i == j {
                                sums[i] += Int128(both) * Int128(x)
                                largestListwise = max(largestListwise, x.magnitude)
                            }
                        }
                        pairs[i * size + j].count += either
                        pairs[i * size + j].first += Int128(either) * Int128(x)
                        pairs[i * size + j].second += Int128(either) * Int128(y)
                        pairs[i * size + j].product += Int128(either) * product
                        largestPairwise = max(largestPairwise, x.magnitude, y.magnitude)
                    }
                }
            }
        }
        return (CoMoments(size: size, scoreUnit: scoreUnit, count: completeRespondents, sums: sums, products: products, largest: largestListwise),
                PairwiseCoMoments(size: size, scoreUnit: scoreUnit, respondents: respondents, pairs: pairs, largest: largestPairwise))
    }
}
