/// Integers as long as a cohort, 4 bytes each (an `[Int]` takes 8, an `[Int?]` 16): positions
/// in the cohort, ranks and rank sums, read as `Int?` (nil for none) or, through `positions`, as `Int`.
struct CompactIntegers: RandomAccessCollection, Equatable, Sendable {
    /// What stands for nil.
    private static let none = Int32.min
    private var storage: [Int32]

    /// The values (each within 32 bits).
    init(_ values: some Sequence<Int?>) {
        storage = values.map { $0.map { Int32($0) } ?? Self.none }
    }

    /// `count` nils, to be set with `set(_:at:)` (no `[Int?]` of 16 bytes a value made first).
    init(nils count: Int) {
        storage = [Int32](repeating: Self.none, count: count)
    }

    /// Sets the value at `index` (within 32 bits).
    mutating func set(_ value: Int, at index: Int) { storage[index] = Int32(value) }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    subscript(index: Int) -> Int? { storage[index] == Self.none ? nil : Int(storage[index]) }

    /// Competition ranks of the values, lowest first ("1224": one more than the number of lower
    /// values); nil stays nil. In 4 bytes a value.
    var ranksLowestFirst: CompactIntegers {
        var present = storage.filter { $0 != Self.none }
        present.sort()
        var ranks = CompactIntegers([])
        ranks.storage = storage.map { value in
            guard value != Self.none else { return Self.none }
            var low = 0, high = present.count
            while low < high {
                let middle = (low + high) / 2
                if present[middle] < value { low = middle + 1 } else { high = middle }
            }
            return Int32(low + 1)
        }
        return ranks
    }

    /// The values as positions (none of them nil).
    var positions: Positions { Positions(storage: storage) }

    /// Positions in a cohort, 4 bytes each.
    struct Positions: RandomAccessCollection, Equatable, Sendable {
        let storage: [Int32]
        /// Positions already in 32 bits.
        init(storage: [Int32]) { self.storage = storage }
        var startIndex: Int { 0 }
        var endIndex: Int { storage.count }
        subscript(index: Int) -> Int { Int(storage[index]) }
    }
}
