/// Several respondents per municipality in `compare` (`--municipality-column`): each respondent
/// is scored on its own, then a municipality's score on a dimension is the exact mean of its
/// respondents' scores on it (those scored on it), its total the exact mean of their totals, and
/// its maturity type the band of that total. The municipality's id and name are its value in the
/// column; its other metadata are its first respondent's.
struct MunicipalityMeans: Sendable {
    /// The metadata column naming each respondent's municipality.
    var column: String
    /// The municipalities, in the order their first respondent came.
    var municipalities: [ComparedRespondent]
    /// Per municipality: its respondents, and their moments per measure (the total, then the
    /// dimensions, as `Comparison.measures`).
    var respondentCounts: [Int]
    var spreads: [[RunningMoments]]
    /// Respondents whose municipality cell was empty: not compared.
    var withoutMunicipality: Int

    /// The respondents with a municipality.
    var respondents: Int { respondentCounts.reduce(0, +) }

    /// Groups respondents by `labels` (aligned with them; nil: no municipality) and averages their scores.
    init(column: String, respondents: some Collection<ComparedRespondent>, labels: [String?], bands: BandSet) {
        self.column = column
        var order = FirstSeenLabels<String>()
        var members: [[ComparedRespondent]] = []
        var without = 0
        for (respondent, label) in zip(respondents, labels) {
            guard let label else {
                without += 1
                continue
            }
            let (position, isNew) = order.position(of: label)
            if isNew { members.append([]) }
            members[position].append(respondent)
        }
        withoutMunicipality = without
        respondentCounts = members.map(\.count)
        let dimensionCount = respondents.first?.dimensionScores.count ?? 0
        municipalities = zip(order.labels, members).map { label, group in
            let dimensions = (0..<dimensionCount).map { dimension in Self.mean(group.compactMap { $0.dimensionScores[dimension] }) }
            let total = Self.mean(group.compactMap(\.total))
            return ComparedRespondent(id: label, name: label, metadata: group[0].metadata, dimensionScores: dimensions, total: total,
                                      bandID: total.flatMap { bands.band(for: $0)?.id })
        }
        spreads = members.map { group in
            let measures = [ComparisonMeasure.total] + (0..<dimensionCount).map(ComparisonMeasure.dimension)
            return measures.map { measure in
                var moments = RunningMoments()
                for respondent in group { if let score = respondent.score(measure) { moments.add(score.doubleValue) } }
                return moments
            }
        }
    }

    /// The exact mean; nil for none. Beyond 128 bits (denominators of many different answered
    /// weights) the mean in binary, to 12 decimals, stands in.
    static func mean(_ values: [Fraction]) -> Fraction? {
        guard !values.isEmpty else { return nil }
        if let exact = Fraction.mean(values) { return exact }
        let binary = values.reduce(0.0) { $0 + $1.doubleValue } / Double(values.count)
        let scale: Int128 = 1_000_000_000_000
        return Fraction(Int128((binary * Double(scale)).rounded()), scale).reduced
    }

    /// What leaves respondents without a municipality out of, for the warning about them.
    enum LeftOutOf {
        /// `score`'s municipalities.
        case scores
        /// `compare`'s ranking.
        case comparison
    }

    /// The warning that respondents had no value in the column, and what they are left out of,
    /// in `wording`'s language; nil when every respondent had one.
    func withoutMunicipalityWarning(at location: SourceLocation, leftOutOf place: LeftOutOf, wording: AnalysisWording) -> Diagnostic? {
        guard withoutMunicipality > 0 else { return nil }
        return .warning(location, wording.withoutMunicipality(withoutMunicipality, column, place))
    }
}
