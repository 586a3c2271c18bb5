/// The exact co-moments of a dimension's items, listwise (`CoMoments`, for alpha) and pairwise
/// complete (`PairwiseCoMoments`), counted respondent by respondent: as pairs of coded values
/// (`ItemPairCounts`) while the items take few values, as the moments themselves once an
/// item's values do not fit the codes (or the items are too many to pair in tables). Either
/// way the sums are the same integers.
struct DimensionItemMoments: Sendable {
    private let scoreUnit: Int64
    /// The coded counts while they count; nil once the moments do (exactly one of the two is set).
    private var counts: ItemPairCounts?
    private var summed: (listwise: CoMoments, pairwise: PairwiseCoMoments)?

    /// An empty count of `size` items scored in `1 / scoreUnit` points.
    init(size: Int, scoreUnit: Int64) {
        self.scoreUnit = scoreUnit
        if size <= ItemPairCounts.itemLimit {
            counts = ItemPairCounts(size: size)
        } else {
            summed = (CoMoments(size: size, scoreUnit: scoreUnit), PairwiseCoMoments(size: size, scoreUnit: scoreUnit))
        }
    }

    /// Counts one respondent: its score on item `slot` is `scores[items[slot]]` (nil: not
    /// scored), in `1 / scoreUnit` points; listwise only when it answered every item. `row` is
    /// scratch space of `items.count` scores.
    mutating func add(_ scores: [Int64?], items: [Int], row: inout [Int64]) {
        if counts != nil {
            if counts!.add(scores, items: items) { return }
            summed = counts!.moments(scoreUnit: scoreUnit)
            counts = nil
        }
        summed!.pairwise.add(scores, items: items)
        guard items.allSatisfy({ scores[$0] != nil }) else { return }
        for (slot, item) in items.enumerated() { row[slot] = scores[item]! }
        summed!.listwise.add(row)
    }

    /// Counts what `other` (of the same items) counted, as if its respondents had been added here.
    mutating func merge(_ other: DimensionItemMoments) {
        if counts != nil, let others = other.counts {
            if counts!.merge(others) { return }
        }
        if let counted = counts {
            summed = counted.moments(scoreUnit: scoreUnit)
            counts = nil
        }
        let theirs = other.moments
        summed!.listwise.merge(theirs.listwise)
        summed!.pairwise.merge(theirs.pairwise)
    }

    /// The moments counted: listwise (over the respondents who answered every item) and pairwise complete.
    var moments: (listwise: CoMoments, pairwise: PairwiseCoMoments) {
        if let counts { return counts.moments(scoreUnit: scoreUnit) }
        return summed!
    }
}
