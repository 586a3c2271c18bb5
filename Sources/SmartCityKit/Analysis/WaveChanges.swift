/// The municipalities of the last wave that took part in an earlier one (`WaveComparison.changes`),
/// in the last wave's order. Kept as positions in the waves' cohorts (12 bytes a municipality, not
/// its scores before, after and changed per measure); each `WaveComparison.Change` is made from the
/// cohorts' exact scores when it is read.
struct WaveChanges: RandomAccessCollection, Sendable {
    /// A municipality of the last wave, and where it is in the earlier wave it is compared with.
    struct Match: Sendable {
        var current: Int32
        var wave: Int32
        var earlier: Int32
    }

    private let waves: [WaveComparison.Wave]
    private let measures: [ComparisonMeasure]
    private let matches: [Match]

    /// The changes of `matches`, the last of `waves` being the current one; `measures` as `Comparison` has them.
    init(waves: [WaveComparison.Wave] = [], measures: [ComparisonMeasure] = [], matches: [Match] = []) {
        self.waves = waves
        self.measures = measures
        self.matches = matches
    }

    var startIndex: Int { 0 }
    var endIndex: Int { matches.count }

    subscript(position: Int) -> WaveComparison.Change {
        let match = matches[position]
        let current = waves[waves.count - 1].respondents, now = Int(match.current)
        let earlier = waves[Int(match.wave)], then = Int(match.earlier)
        let before = measures.map { Self.score(of: then, in: earlier.respondents, on: $0) }
        let after = measures.map { Self.score(of: now, in: current, on: $0) }
        let change = zip(before, after).map { old, new -> Fraction? in
            guard let old, let new else { return nil }
            return new.subtracting(old)
        }
        let bases = earlier.reliability
        let indices = change.indices.map { measure in
            change[measure].flatMap { measure < bases.count ? bases[measure].index(of: $0) : nil }
        }
        return WaveComparison.Change(
            id: current.id(of: now), name: current.name(of: now), since: earlier.label, before: before, after: after, change: change,
            reliableChangeIndex: indices, reliableChange: indices.map { $0.map(ReliableChange.init(index:)) },
            bandBefore: earlier.respondents.bandID(of: then), bandAfter: current.bandID(of: now))
    }

    /// The change of the municipality at `position` on the measure at `measure` (of `measures`):
    /// nil without a score in either wave (or when the difference does not fit).
    func change(at position: Int, measure: Int) -> Fraction? {
        let match = matches[position]
        guard let old = Self.score(of: Int(match.earlier), in: waves[Int(match.wave)].respondents, on: measures[measure]),
              let new = Self.score(of: Int(match.current), in: waves[waves.count - 1].respondents, on: measures[measure]) else { return nil }
        return new.subtracting(old)
    }

    /// A municipality's score on a measure (its cohort holds the total's scores, then each dimension's).
    private static func score(of index: Int, in cohort: ComparedCohort, on measure: ComparisonMeasure) -> Fraction? {
        switch measure {
        case .total: cohort.score(of: index, at: 0)
        case .dimension(let dimension): cohort.score(of: index, at: dimension + 1)
        }
    }
}
