/// Several respondents per municipality in `score` (`--municipality-column`): every respondent is
/// scored on its own, then each municipality is reported as one respondent whose scores are its
/// complete respondents' means, as `compare` ranks them (`MunicipalityMeans`: a dimension score is
/// the exact mean of the respondents scored on it, the total the exact mean of their totals), with
/// the bands and the maturity type of those exact means (the questionnaire's boundary rule decides
/// a mean on an edge). Beside the scores, each municipality keeps its respondents' number and
/// spread per measure, and the agreement between them (ICC), as `stats` computes it.
struct MunicipalityScores: Sendable {
    /// The folder of the respondent-level files beside the municipalities' reports.
    static let respondentFolder = "respondents"

    /// The scores of every municipality, their respondents' moments, and those left out.
    var means: MunicipalityMeans
    /// The same respondents as `stats` counts them: spread per measure and ICC(1), ICC(1,k).
    var statistics: MunicipalityStatistics
    /// Respondents kept out of the means because they are incomplete (they are in the respondent-level files).
    var incompleteRespondents: Int
    /// Each municipality as one scored respondent, in the order its first respondent came.
    var respondents: [ScoredRespondent]
    /// The position of each municipality by its id (the value in the column).
    private var positions: [String: Int]

    /// Groups the complete `respondents` by `labels` (aligned with them; nil: no municipality).
    /// `nameColumn` is the cohort's name column, which takes the municipality's value: the other
    /// metadata are its first respondent's, as in `compare`.
    init(column: String, respondents: [ScoredRespondent], labels: [String?], incompleteRespondents: Int, questionnaire: Questionnaire,
         nameColumn: Int?) {
        let compared = respondents.map { respondent in
            ComparedRespondent(id: respondent.id, name: respondent.id, metadata: respondent.metadata,
                               dimensionScores: respondent.score.dimensions.map(\.exactScore), total: respondent.score.exactTotal,
                               bandID: respondent.score.bandID)
        }
        let means = MunicipalityMeans(column: column, respondents: compared, labels: labels, bands: questionnaire.bands)
        self.means = means
        self.incompleteRespondents = incompleteRespondents
        let positions = Dictionary(means.municipalities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        var members = [[ScoredRespondent]](repeating: [], count: means.municipalities.count)
        for (respondent, label) in zip(respondents, labels) {
            if let label, let position = positions[label] { members[position].append(respondent) }
        }
        self.respondents = zip(means.municipalities, members).map { municipality, group in
            Self.respondent(municipality, of: group, questionnaire: questionnaire, nameColumn: nameColumn)
        }
        // `stats` orders measures as the dimensions, then the total; `MunicipalityMeans` the total first.
        let dimensions = questionnaire.dimensions.indices
        let reordered = means.spreads.map { spreads in dimensions.map { spreads[$0 + 1] } + [spreads[0]] }
        let measures = dimensions.map(ResearchStatistics.Measure.dimension) + [.total]
        let labels = means.municipalities.map(\.id)
        let order = labels.indices.sorted { labels[$0].localizedStandardCompare(labels[$1]) == .orderedAscending }
        statistics = MunicipalityStatistics(
            column: column,
            municipalities: order.map { .init(label: labels[$0], respondents: means.respondentCounts[$0], measures: reordered[$0]) },
            agreement: measures.enumerated().map { position, measure in
                MunicipalityStatistics.Agreement(measure: measure, groups: reordered.map { $0[position] })
            },
            withoutMunicipality: means.withoutMunicipality)
    }

    /// Every respondent scored: those in a municipality's means, those without a municipality and the incomplete ones.
    var scoredRespondents: Int { means.respondents + means.withoutMunicipality + incompleteRespondents }

    /// A municipality's respondents: their number and their moments per measure (the total, then
    /// the dimensions, as `MunicipalityMeans.spreads`); nil for an id that is no municipality.
    func members(of id: String) -> (respondents: Int, spreads: [RunningMoments])? {
        positions[id].map { (means.respondentCounts[$0], means.spreads[$0]) }
    }

    /// One municipality as a scored respondent: the means of `MunicipalityMeans` with the bands of
    /// their exact values; coverage and factor scores are the exact means of its respondents'
    /// too, the answered questions their mean rounded half up, a level their mean level (to two
    /// decimals). A question counts as scored when one of its respondents' answers was scored,
    /// else it has its first respondent's status. It has no answers of its own.
    private static func respondent(_ municipality: ComparedRespondent, of group: [ScoredRespondent], questionnaire: Questionnaire,
                                   nameColumn: Int?) -> ScoredRespondent {
        let first = group[0]
        let dimensions = questionnaire.dimensions.enumerated().map { index, dimension -> DimensionResult in
            let results = group.map { $0.score.dimensions[index] }
            let score = municipality.dimensionScores[index]
            let factors = first.score.dimensions[index].factors.indices.map { factor -> FactorResult in
                let scores = results.map { $0.factors[factor] }
                return FactorResult(factorID: scores[0].factorID, exactScore: MunicipalityMeans.mean(scores.compactMap(\.exactScore)),
                                    answered: roundedMean(scores.map(\.answered)), questions: scores[0].questions)
            }
            let levels = results.compactMap(\.level)
            return DimensionResult(
                dimensionID: dimension.id, exactScore: score, exactCoverage: MunicipalityMeans.mean(results.map(\.exactCoverage)) ?? .zero,
                bandID: score.flatMap { questionnaire.bands(for: dimension).band(for: $0)?.id }, answered: roundedMean(results.map(\.answered)),
                questions: results[0].questions, factors: factors,
                level: levels.isEmpty ? nil : (levels.reduce(0, +) / Double(levels.count) * 100).rounded() / 100)
        }
        let statuses = first.score.itemStatuses.indices.map { question in
            group.contains { $0.score.itemStatuses[question] == .scored } ? .scored : first.score.itemStatuses[question]
        }
        let score = RespondentScore(exactTotal: municipality.total, bandID: municipality.bandID, dimensions: dimensions, itemStatuses: statuses,
                                    exactCoverage: MunicipalityMeans.mean(group.map(\.score.exactCoverage)) ?? .zero)
        var metadata = first.metadata
        if let nameColumn, nameColumn < metadata.count { metadata[nameColumn] = municipality.id }
        return ScoredRespondent(id: municipality.id, metadata: metadata, score: score,
                                descriptiveAnswers: first.descriptiveAnswers.map { _ in .blank }, file: first.file, row: first.row)
    }

    /// The mean of counts, rounded half up.
    private static func roundedMean(_ counts: [Int]) -> Int {
        (2 * counts.reduce(0, +) + counts.count) / (2 * counts.count)
    }
}
