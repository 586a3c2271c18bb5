/// The position of each id in a cohort - the first, should an id come twice - found as a
/// dictionary keyed by the id would find it (ids equal as `String`s, canonically equivalent, are
/// one), without a `String` per id: an open-addressing table of positions (4 bytes each, at most
/// half full), the ids read from the cohort's own column.
struct CohortIDIndex: Sendable {
    private let cohort: ComparedCohort
    /// 0: empty; else a position in the cohort + 1.
    private var slots: [Int32]

    init(_ cohort: ComparedCohort) {
        self.cohort = cohort
        var capacity = 16
        while capacity < 2 * cohort.count { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        for position in cohort.indices {
            let id = cohort.id(of: position)
            let (found, slot) = probe(id)
            if found == nil { slots[slot] = Int32(position + 1) }
        }
    }

    /// The position of the (first) municipality with this id; nil when none has it.
    func position(of id: String) -> Int? { probe(id).position }

    /// The position of the id when it is in the table, else the empty slot where it would go.
    private func probe(_ id: String) -> (position: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if cohort.id(of: position) == id { return (position, slot) }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }
}
