/// Where each municipality stands on each measure (`table[respondent][measure]`), computed when
/// read from the exact scores and, per measure and municipality, how many of the cohort's scores
/// are below and equal to its own: 12 bytes per municipality and measure are kept, not a whole
/// `Standing` (its exact percentile and group difference are made when a renderer asks).
struct StandingTable: RandomAccessCollection, Sendable {
    /// A score's place in the cohort: the scores below it, and those equal to it (itself included).
    struct Place: Sendable, Equatable {
        var below: Int32
        var equal: Int32
    }

    private let respondents: [ComparedRespondent]
    private let measures: [ComparisonMeasure]
    private let summaries: [MeasureSummary]
    private let groups: [PeerGroup]
    private let groupOfRespondent: [Int?]
    /// `places[measure][respondent]`; nil without a score on the measure.
    let places: [[Place?]]

    /// Places every score among the cohort's scores of its measure (exact comparisons).
    init(respondents: [ComparedRespondent], measures: [ComparisonMeasure], summaries: [MeasureSummary], groups: [PeerGroup], groupOfRespondent: [Int?]) {
        self.respondents = respondents
        self.measures = measures
        self.summaries = summaries
        self.groups = groups
        self.groupOfRespondent = groupOfRespondent
        places = measures.map { measure in
            let present = respondents.compactMap { $0.score(measure) }.sorted()
            return respondents.map { respondent -> Place? in
                guard let value = respondent.score(measure) else { return nil }
                let below = Comparison.countBelow(value, in: present, orEqual: false)
                return Place(below: Int32(below), equal: Int32(Comparison.countBelow(value, in: present, orEqual: true) - below))
            }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { respondents.count }

    /// A municipality's standings, aligned with `Comparison.measures`.
    subscript(index: Int) -> [Standing] { measures.indices.map { standing(of: index, on: $0) } }

    /// Competition rank of a municipality's exact score on the measure at `position`, highest first.
    func rank(of index: Int, on position: Int) -> Int? {
        guard let place = places[position][index] else { return nil }
        return summaries[position].count - Int(place.below) - Int(place.equal) + 1
    }

    /// Where a municipality stands on the measure at `position` (see `Standing`).
    func standing(of index: Int, on position: Int) -> Standing {
        let value = respondents[index].score(measures[position])
        var standing = Standing(score: value, rank: rank(of: index, on: position))
        guard let value, let place = places[position][index] else { return standing }
        let summary = summaries[position]
        standing.percentile = Fraction(Int128(2 * Int(place.below) + Int(place.equal)) * 100, Int128(2 * summary.count))
        if let mean = summary.mean, let deviation = summary.standardDeviation, deviation > 0 {
            standing.zScore = (value.doubleValue - mean) / deviation
        }
        if let group = groupOfRespondent[index], groups[group].isShown, let median = groups[group].medians[position] {
            standing.fromGroupMedian = value.subtracting(median)
        }
        return standing
    }
}
