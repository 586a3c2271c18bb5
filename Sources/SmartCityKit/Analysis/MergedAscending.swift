/// The distinct values of several compacted lists of counted values read together, lowest
/// first, each with its counts summed over the lists: what merging the lists and compacting
/// them gives (a value kept as the first list holding it has it), without a merged copy. The
/// cohort's statistics are read this way from its groups' counts.
struct MergedAscending: Sequence {
    /// The lists, in the order their values are preferred (each compacted: distinct, lowest first).
    let lists: [CountedValues.Ascending]

    func makeIterator() -> Iterator {
        Iterator(lists: lists.filter { !$0.isEmpty })
    }

    /// Walks the lists side by side: each step takes the lowest value at their heads.
    struct Iterator: IteratorProtocol {
        private let lists: [CountedValues.Ascending]
        /// Per list, the position of its next value.
        private var positions: [Int]
        /// Per list, its next value and count (nil: the list is read).
        private var heads: [(value: Fraction, count: Int)?]

        init(lists: [CountedValues.Ascending]) {
            self.lists = lists
            positions = lists.map { _ in 0 }
            heads = lists.map { $0.first }
        }

        mutating func next() -> (value: Fraction, count: Int)? {
            var lowest: Fraction?
            for head in heads {
                if let head, lowest.map({ head.value < $0 }) ?? true { lowest = head.value }
            }
            guard let lowest else { return nil }
            var count = 0
            for list in heads.indices {
                guard let head = heads[list], head.value == lowest else { continue }
                count += head.count
                positions[list] += 1
                heads[list] = positions[list] < lists[list].endIndex ? lists[list][positions[list]] : nil
            }
            return (lowest, count)
        }
    }
}
