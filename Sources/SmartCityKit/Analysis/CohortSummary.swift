/// The cohort-level values every report is rendered from: pure data, no formatting.
package struct CohortSummary: Sendable {
    package var questionnaire: Questionnaire
    package var questionnaireFile: SourceFile
    package var responseFiles: [SourceFile]
    /// The language of the questionnaire texts in the reports.
    var language: String
    /// The metadata columns over all responses files, in order of appearance.
    var metadataNames: [String]
    /// The number of scored respondents (ranked or not).
    package var respondentCount: Int
    /// The number of respondents ranked and counted in the statistics.
    var rankedCount: Int { respondentCount - incompleteCount }
    /// The ranking as `summary.md` shows it: everyone when the cohort is at most the ranking
    /// limit, else the top and the bottom with `rankingOmitted` respondents between them.
    var ranking: [RankingLine]
    var rankingOmitted: Int
    /// The cohort's exact totals, to rank any respondent.
    var rankTable: RankTable
    /// The ranked respondents' exact scores per dimension, for percentiles.
    var dimensionRankTables: [RankTable] = []
    /// Whether per-respondent reports show the cohort median and percentile beside each score:
    /// only when at least the minimum group size is ranked (anonymity).
    var showsCohortContext = false
    package var excluded: [ExcludedEntry]
    /// Respondents scored but not ranked nor counted in the statistics (at most the ranking limit
    /// are listed; `incompleteCount` counts them all).
    var incomplete: [IncompleteEntry]
    var incompleteCount: Int
    var bandCounts: [BandCount]
    /// Statistics of each dimension's scores over the scored respondents, aligned with the dimensions.
    var dimensionStatistics: [Descriptive?]
    var totalStatistics: Descriptive?
    /// Counts and shares of the descriptive questions, in questionnaire order.
    var descriptiveSummaries: [DescriptiveSummary]
    /// With `score --municipality-column`: the municipalities these respondents are, and their
    /// respondents' number, spread and agreement; nil when each respondent is its own municipality.
    var municipalityScores: MunicipalityScores? = nil

    /// The metadata column that names a respondent (`name`, `naam`, `nom`, `municipality`, ...), if any.
    var nameColumn: Int? { Self.nameColumn(in: metadataNames) }

    /// A column named exactly `name` (or the like), else one whose name holds such a word ("Nom de la commune").
    static func nameColumn(in names: [String]) -> Int? {
        let candidates = ["name", "naam", "nom", "municipality", "gemeente", "commune", "city", "stad", "ville"]
        for candidate in candidates {
            if let index = names.firstIndex(where: { $0.lowercased() == candidate }) { return index }
        }
        let words = names.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        return words.firstIndex { !$0.isDisjoint(with: candidates) }
    }

    /// The competition rank of an exact total among the cohort's: one more than the number of
    /// higher totals. Equal exact totals share a rank.
    func rank(of total: Fraction?) -> Int? {
        total.map { rankTable.rank(of: $0) }
    }

    /// The mid-rank percentile (in percent) of a dimension score among the cohort's, exact.
    func percentile(ofDimension index: Int, _ score: Fraction?) -> Fraction? {
        guard let score, index < dimensionRankTables.count else { return nil }
        return dimensionRankTables[index].percentile(of: score)
    }

    /// A metadata column's label in the report's language, as the questionnaire declares it;
    /// else the column's name.
    func metadataLabel(_ name: String) -> String {
        questionnaire.metadata?.first { $0.id.lowercased() == name.lowercased() }.map { text($0.label) } ?? name
    }

    /// A metadata value in the report's language: the label the questionnaire declares for this
    /// value of a category column (`rural` is "landelijk" in Dutch), else the value as written.
    func metadataValue(_ value: String, of name: String) -> String {
        guard let field = questionnaire.metadata?.first(where: { $0.id.lowercased() == name.lowercased() }), let label = field.values[value] else { return value }
        return text(label)
    }

    /// Localised text in the report's language, falling back to the questionnaire's default.
    package func text(_ localized: LocalizedText) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }
}
