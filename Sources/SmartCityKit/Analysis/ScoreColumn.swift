/// One measure's exact scores of a cohort, kept compactly: the different values once, in
/// ascending order, and per municipality a code, its value's position among them (2 bytes while
/// the different values fit - a dimension's always do -, else 4). Equal
/// scores (equal as fractions, however written) share a code, so codes order and tie exactly
/// as the scores do, and a score's place in the cohort (how many scores are below and equal to
/// it) follows from how many municipalities hold each value.
///
/// While a column has at most `lookupLimit` different values (a dimension's) each score is
/// looked up in a dictionary as it comes; beyond that (a total: about 900,000 different ones
/// among a million) the dictionary would take about 100 bytes a value, so the scores are kept
/// as they come (16 bytes each while numerator and denominator fit 64 bits, else 32) and coded
/// once, by sorting them, in `finish()`.
struct ScoreColumn: Sendable {
    /// The code of a municipality without a score on the measure.
    static let none = UInt32.max
    /// The same in the 2-byte codes.
    private static let narrowNone = UInt16.max

    /// The most different values a column looks up in a dictionary as they come.
    static let lookupLimit = 4096

    /// A value's identity: the fraction in lowest terms.
    private struct Key: Hashable {
        var numerator: Int128
        var denominator: Int128
    }

    /// The different values (`values`); ascending once `finish()`ed. Of a column coded by sorting (a
    /// total) whose values all fit 64 bits a part, they are kept in `smallValues` instead.
    private var fractions: [Fraction] = []
    /// The values in 16 bytes each, not 32, when `isSmall`.
    private var smallValues: [SmallFraction] = []
    private var isSmall = false
    /// Per municipality, in input order: a position in `values`, or `narrowNone`; while
    /// `isWide` is false (until `finish()` with more than 65,534 values).
    private var narrowCodes: [UInt16] = []
    /// The same in 4 bytes (`none` without a score), once `isWide`.
    private var wideCodes: [UInt32] = []
    private var isWide = false
    private var lookup: [Key: UInt32] = [:]
    /// Per value, how many municipalities hold a lower one; then all that hold one (so that the
    /// municipalities holding value `v` are `below[v + 1] - below[v]`).
    private var below: [Int32] = []
    /// Municipalities with a score.
    private(set) var scoredCount = 0
    /// Beyond `lookupLimit` different values until `finish()`: the scores in input order (of
    /// those with one), whose `codes` are 0 until then; in 16 bytes each while every one fits
    /// (`unsortedSmall`), else as fractions (`unsorted`).
    private var unsortedSmall: [SmallFraction]?
    private var unsorted: [Fraction]?
    /// Whether the scores are kept as they come, to be coded by sorting.
    private var isPending: Bool { unsortedSmall != nil || unsorted != nil }

    /// A value whose numerator and denominator both fit 64 bits (every score of the instruments).
    private struct SmallFraction {
        var numerator: Int64
        var denominator: Int64

        /// The value in 16 bytes; nil when a part does not fit.
        init?(_ value: Fraction) {
            guard let numerator = Fraction.small(value.numerator), let denominator = Fraction.small(value.denominator) else { return nil }
            (self.numerator, self.denominator) = (numerator, denominator)
        }

        /// The value as the fraction it was made of (the same numerator and denominator).
        var fraction: Fraction { Fraction(Int128(numerator), Int128(denominator)) }

        /// -1, 0 or 1, as `Fraction.compare`.
        static func compare(_ left: SmallFraction, _ right: SmallFraction) -> Int {
            Fraction.compare(left.numerator, over: left.denominator, with: right.numerator, over: right.denominator)
        }
    }

    /// How many municipalities the column is expected to hold (its room is made for them once).
    private let expectedCount: Int

    /// An empty column, with room for `expectedCount` municipalities.
    init(expectedCount: Int = 0) {
        self.expectedCount = expectedCount
        narrowCodes.reserveCapacity(expectedCount)
    }

    /// How many municipalities the column holds.
    var count: Int { isWide ? wideCodes.count : narrowCodes.count }

    /// Appends a municipality's score.
    mutating func append(_ score: Fraction?) {
        // Appending, the codes are 2-byte ones (`lookupLimit` fits).
        guard let score else {
            narrowCodes.append(Self.narrowNone)
            return
        }
        scoredCount += 1
        if !isPending && fractions.count >= Self.lookupLimit {
            unsortedSmall = []
            unsortedSmall!.reserveCapacity(max(expectedCount, narrowCodes.count + 1))
            for code in narrowCodes where code != Self.narrowNone { keepUnsorted(fractions[Int(code)]) }
            for row in narrowCodes.indices where narrowCodes[row] != Self.narrowNone { narrowCodes[row] = 0 }
            (fractions, lookup) = ([], [:])
        }
        if isPending {
            keepUnsorted(score)
            narrowCodes.append(0)
            return
        }
        let reduced = score.reduced
        let key = Key(numerator: reduced.numerator, denominator: reduced.denominator)
        if let code = lookup[key] {
            narrowCodes.append(UInt16(code))
        } else {
            lookup[key] = UInt32(fractions.count)
            narrowCodes.append(UInt16(fractions.count))
            fractions.append(score)
        }
    }

    /// Keeps a score as it came, to be coded by sorting: in 16 bytes while every one fits.
    private mutating func keepUnsorted(_ score: Fraction) {
        if unsortedSmall != nil {
            if let small = SmallFraction(score) { return unsortedSmall!.append(small) }
            // One does not fit: all are kept as fractions from now on.
            var all: [Fraction] = []
            all.reserveCapacity(max(expectedCount, unsortedSmall!.count + 1))
            all.append(contentsOf: unsortedSmall!.lazy.map(\.fraction))
            (unsortedSmall, unsorted) = (nil, all)
        }
        unsorted!.append(score)
    }

    /// Orders the values and counts how many municipalities hold each; appending is over.
    mutating func finish() {
        // The scores kept as they came are taken out, not copied: they are sorted in their own storage.
        if unsortedSmall != nil {
            var scores: [SmallFraction] = []
            swap(&scores, &unsortedSmall!)
            unsortedSmall = nil
            code(&scores, by: SmallFraction.compare)
            (smallValues, isSmall) = (scores, true)
        } else if unsorted != nil {
            var scores: [Fraction] = []
            swap(&scores, &unsorted!)
            unsorted = nil
            code(&scores, by: Fraction.compare)
            fractions = scores
        } else {
            let order = fractions.indices.sorted { fractions[$0] < fractions[$1] }
            var position = [UInt32](repeating: 0, count: fractions.count)
            for (rank, index) in order.enumerated() { position[index] = UInt32(rank) }
            fractions = order.map { fractions[$0] }
            for index in narrowCodes.indices where narrowCodes[index] != Self.narrowNone {
                narrowCodes[index] = UInt16(position[Int(narrowCodes[index])])
            }
        }
        // Each value's holders counted one place up, then summed in place into the holders below.
        below = [Int32](repeating: 0, count: valueCount + 1)
        if isWide {
            for code in wideCodes where code != Self.none { below[Int(code) + 1] += 1 }
        } else {
            for code in narrowCodes where code != Self.narrowNone { below[Int(code) + 1] += 1 }
        }
        for value in below.indices.dropFirst() { below[value] += below[value - 1] }
        lookup = [:]
    }

    /// Codes the scores kept as they came (in input order): sorted once, each run of equal ones
    /// one value (the first in input order, as the dictionary keeps it). The scores are put in
    /// order and thinned out to the values (ascending) in their own storage, so that no second
    /// array of values is made beside them.
    private mutating func code<Value>(_ scores: inout [Value], by compare: (Value, Value) -> Int) {
        var order = Array(0..<Int32(scores.count))
        order.sort { left, right in
            let comparison = compare(scores[Int(left)], scores[Int(right)])
            return comparison != 0 ? comparison < 0 : left < right
        }
        var scoreCodes = [UInt32](repeating: 0, count: scores.count)
        var distinct = 0
        for (place, index) in order.enumerated() {
            if place == 0 || compare(scores[Int(order[place - 1])], scores[Int(index)]) != 0 { distinct += 1 }
            scoreCodes[Int(index)] = UInt32(distinct - 1)
        }
        Self.permute(&scores, into: &order)
        // Sorted, equal ones in input order: the first of each run is the value.
        var kept = 0
        for place in scores.indices where kept == 0 || compare(scores[kept - 1], scores[place]) != 0 {
            scores[kept] = scores[place]
            kept += 1
        }
        scores.removeLast(scores.count - kept)
        order = []
        var next = 0
        if kept < Int(Self.narrowNone) {
            for row in narrowCodes.indices where narrowCodes[row] != Self.narrowNone {
                narrowCodes[row] = UInt16(scoreCodes[next])
                next += 1
            }
            return
        }
        var wide: [UInt32] = []
        wide.reserveCapacity(narrowCodes.count)
        for code in narrowCodes {
            if code == Self.narrowNone {
                wide.append(Self.none)
            } else {
                wide.append(scoreCodes[next])
                next += 1
            }
        }
        narrowCodes = []
        wideCodes = wide
        isWide = true
    }

    /// How many different values the column holds.
    private var valueCount: Int { isSmall ? smallValues.count : fractions.count }

    /// The value of a code.
    private func fraction(_ code: UInt32) -> Fraction {
        isSmall ? smallValues[Int(code)].fraction : fractions[Int(code)]
    }

    /// The different values, ascending once `finish()`ed.
    var values: [Fraction] { isSmall ? (0..<UInt32(valueCount)).map(fraction) : fractions }

    /// The values as `Double`s, in the codes' order.
    var doubleValues: [Double] { (0..<UInt32(valueCount)).map { fraction($0).doubleValue } }

    /// Puts `scores[order[i]]` at `i` for every `i`, in place, by following the permutation's
    /// cycles; `order` is used up (each position marked once moved).
    private static func permute<Value>(_ scores: inout [Value], into order: inout [Int32]) {
        let moved = Int32(-1)
        for start in order.indices where order[start] != moved {
            let first = scores[start]
            var position = start
            while true {
                let source = Int(order[position])
                order[position] = moved
                if source == start {
                    scores[position] = first
                    break
                }
                scores[position] = scores[source]
                position = source
            }
        }
    }

    /// The code of a municipality's score (ordered as the scores are), or nil without one.
    func code(of row: Int) -> UInt32? {
        if isWide { return wideCodes[row] == Self.none ? nil : wideCodes[row] }
        return narrowCodes[row] == Self.narrowNone ? nil : UInt32(narrowCodes[row])
    }

    /// A municipality's score.
    subscript(row: Int) -> Fraction? { code(of: row).map(fraction) }

    /// Where a municipality's score stands: the cohort's scores below it and equal to it (itself included).
    func place(of row: Int) -> StandingTable.Place? {
        code(of: row).map(place)
    }

    /// A municipality's score and its place (see `place(of:)`), found once; nil without a score.
    func scoreAndPlace(of row: Int) -> (score: Fraction, place: StandingTable.Place)? {
        code(of: row).map { (fraction($0), place($0)) }
    }

    /// The place of a value's holders: the scores below it, and those equal to it.
    private func place(_ code: UInt32) -> StandingTable.Place {
        StandingTable.Place(below: below[Int(code)], equal: below[Int(code) + 1] - below[Int(code)])
    }

    /// The exact median of the cohort's scores: the middle value, or the mean of the two middle values.
    var median: Fraction? {
        guard scoredCount > 0 else { return nil }
        let upper = value(at: scoredCount / 2)
        guard scoredCount % 2 == 0 else { return upper }
        return value(at: scoredCount / 2 - 1).adding(upper)?.divided(by: Fraction(2))
    }

    /// The score at `position` among the cohort's scores in ascending order.
    private func value(at position: Int) -> Fraction {
        var low = 0, high = valueCount - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(below[middle]) <= position { low = middle } else { high = middle - 1 }
        }
        return fraction(UInt32(low))
    }

    /// The exact median of some municipalities' scores (those with one); nil for none.
    func median(of rows: [Int32]) -> Fraction? {
        guard !isWide else {
            let present = rows.compactMap { code(of: Int($0)) }.sorted()
            return median(count: present.count) { present[$0] }
        }
        // A few thousand different values at most: their codes counted, not sorted.
        var held = [Int32](repeating: 0, count: valueCount)
        var present = 0
        for row in rows where narrowCodes[Int(row)] != Self.narrowNone {
            held[Int(narrowCodes[Int(row)])] += 1
            present += 1
        }
        return median(count: present) { position in
            var seen = 0
            for (code, count) in held.enumerated() {
                seen += Int(count)
                if seen > position { return UInt32(code) }
            }
            preconditionFailure("a position beyond the counted codes")
        }
    }

    /// The exact median of `count` scores whose codes in ascending order `code(at:)` gives; nil for none.
    private func median(count: Int, code: (_ at: Int) -> UInt32) -> Fraction? {
        guard count > 0 else { return nil }
        let middle = count / 2
        if count % 2 == 1 { return fraction(code(middle)) }
        return fraction(code(middle - 1)).adding(fraction(code(middle)))?.divided(by: Fraction(2))
    }

    /// The scores in input order (those with one).
    var scores: some Sequence<Fraction> { (0..<count).lazy.compactMap { code(of: $0) }.map(fraction) }

    /// The codes in input order of the municipalities with a score.
    var presentCodes: some Sequence<UInt32> { (0..<count).lazy.compactMap { code(of: $0) } }
}
