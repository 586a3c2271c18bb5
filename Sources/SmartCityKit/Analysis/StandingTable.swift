/// Where each municipality stands on each measure (`table[respondent][measure]`), computed when
/// read from the exact scores and, per measure and municipality, how many of the cohort's scores
/// are below and equal to its own (the cohort's `ScoreColumn`s count them per value: nothing is
/// kept per municipality; a `Standing`'s exact percentile and group difference are made when a
/// renderer asks).
struct StandingTable: RandomAccessCollection, Sendable {
    /// A score's place in the cohort: the scores below it, and those equal to it (itself included).
    struct Place: Sendable, Equatable {
        var below: Int32
        var equal: Int32
    }

    private let respondents: ComparedCohort
    private let measures: [ComparisonMeasure]
    private let summaries: [MeasureSummary]
    private let groups: [PeerGroup]
    private let groupOfRespondent: CompactIntegers

    /// The table of a finished cohort: the places are its score columns' (exact comparisons).
    init(respondents: ComparedCohort, measures: [ComparisonMeasure], summaries: [MeasureSummary], groups: [PeerGroup], groupOfRespondent: CompactIntegers) {
        self.respondents = respondents
        self.measures = measures
        self.summaries = summaries
        self.groups = groups
        self.groupOfRespondent = groupOfRespondent
    }

    /// A municipality's score's place among the cohort's scores of the measure at `position`; nil without a score.
    func place(of index: Int, on position: Int) -> Place? {
        respondents.withScores(at: position) { $0.place(of: index) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { respondents.count }

    /// A municipality's standings, aligned with `Comparison.measures`.
    subscript(index: Int) -> [Standing] { measures.indices.map { standing(of: index, on: $0) } }

    /// Competition rank of a municipality's exact score on the measure at `position`, highest first.
    func rank(of index: Int, on position: Int) -> Int? {
        guard let place = place(of: index, on: position) else { return nil }
        return summaries[position].count - Int(place.below) - Int(place.equal) + 1
    }

    /// Where a municipality stands on the measure at `position` (see `Standing`).
    func standing(of index: Int, on position: Int) -> Standing {
        // The score and its place looked up once (a total's values lie far apart in memory).
        guard let (value, place) = respondents.withScores(at: position, { $0.scoreAndPlace(of: index) }) else {
            return Standing(score: nil, rank: nil)
        }
        let summary = summaries[position]
        var standing = Standing(score: value, rank: summary.count - Int(place.below) - Int(place.equal) + 1)
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
