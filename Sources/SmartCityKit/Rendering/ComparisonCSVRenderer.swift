/// The comparison as tidy CSV for programs: `comparison.csv` (one row per municipality and
/// measure), `ranks.csv` (one row per municipality, by total score) and, when grouped,
/// `groups.csv` (one row per group and measure). Column names are ids; numbers use `.` and
/// four decimals; text cells are neutralised for spreadsheets.
struct ComparisonCSVRenderer {
    static let tidyFile = "comparison.csv", ranksFile = "ranks.csv", groupsFile = "groups.csv", wavesFile = "waves.csv"

    /// The files, by name.
    func render(_ comparison: Comparison) -> [(name: String, contents: String)] {
        var files = [(Self.tidyFile, tidy(comparison)), (Self.ranksFile, ranks(comparison))]
        if comparison.grouping != nil { files.append((Self.groupsFile, groups(comparison))) }
        if let waves = comparison.waves { files.append((Self.wavesFile, changes(waves, comparison))) }
        return files
    }

    /// The id of a measure in CSV and JSON: `total` or the dimension id.
    static func measureID(_ measure: ComparisonMeasure, in questionnaire: Questionnaire) -> String {
        switch measure {
        case .total: "total"
        case .dimension(let index): questionnaire.dimensions[index].id
        }
    }

    private static func number(_ value: Fraction?) -> String { value?.fixed(digits: 4) ?? "" }
    private static func number(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, digits: 4) } ?? "" }
    private static func integer(_ value: Int?) -> String { value.map(String.init) ?? "" }

    private func tidy(_ comparison: Comparison) -> String {
        let summary = comparison.summary
        // `name` is the name column's value (else the id): that metadata column is not repeated.
        let otherMetadata = summary.metadataNames.indices.filter { $0 != summary.nameColumn }
        var writer = CSVWriter()
        writer.row(["id", "name"] + otherMetadata.map { summary.metadataNames[$0] }
            + ["measure", "score", "rank", "percentile", "z_score", "cohort_mean", "cohort_median", "group", "group_median", "from_group_median"])
        for (index, respondent) in comparison.respondents.enumerated() {
            let group = comparison.groupOfRespondent[index].map { comparison.groups[$0] }
            for (position, measure) in comparison.measures.enumerated() {
                let standing = comparison.standings[index][position], cohort = comparison.measureSummaries[position]
                let groupMedian = group.flatMap { $0.isShown ? $0.medians[position] : nil }
                writer.row([respondent.id, respondent.name]
                    + otherMetadata.map { $0 < respondent.metadata.count ? respondent.metadata[$0] : "" } + [
                    Self.measureID(measure, in: summary.questionnaire), Self.number(standing.score), Self.integer(standing.rank),
                    Self.number(standing.percentile), Self.number(standing.zScore), Self.number(cohort.mean), Self.number(cohort.median),
                    group?.label ?? "", Self.number(groupMedian), Self.number(standing.fromGroupMedian),
                ])
            }
        }
        return writer.text
    }

    /// One row per municipality, in the order chosen with `--rank-by`.
    private func ranks(_ comparison: Comparison) -> String {
        let questionnaire = comparison.summary.questionnaire
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        var writer = CSVWriter()
        writer.row(["id", "name", "total", "band", "rank"] + dimensionPositions.map { "\(Self.measureID(comparison.measures[$0], in: questionnaire))_rank" }
            + ["rank_sum", "rank_sum_rank"])
        for index in comparison.order {
            let respondent = comparison.respondents[index], standing = comparison.standings[index]
            writer.row([respondent.id, respondent.name, Self.number(respondent.total),
                        respondent.bandID ?? "", Self.integer(standing[0].rank)]
                + dimensionPositions.map { Self.integer(standing[$0].rank) }
                + [Self.integer(comparison.rankSums[index]), Self.integer(comparison.rankSumRanks[index])])
        }
        return writer.text
    }

    /// One row per municipality of the current wave that took part before, and measure.
    private func changes(_ waves: WaveComparison, _ comparison: Comparison) -> String {
        let questionnaire = comparison.summary.questionnaire
        var writer = CSVWriter()
        writer.row(["id", "name", "since", "wave", "measure", "before", "after", "change", "band_before", "band_after"])
        for change in waves.changes {
            for (position, measure) in comparison.measures.enumerated() {
                writer.row([change.id, change.name, change.since,
                            waves.waves.last?.label ?? "", Self.measureID(measure, in: questionnaire),
                            Self.number(change.before[position]), Self.number(change.after[position]), Self.number(change.change[position]),
                            change.bandBefore ?? "", change.bandAfter ?? ""])
            }
        }
        return writer.text
    }

    private func groups(_ comparison: Comparison) -> String {
        let questionnaire = comparison.summary.questionnaire
        var writer = CSVWriter()
        writer.row(["group", "count", "shown", "measure", "median"])
        for group in comparison.groups {
            for (position, measure) in comparison.measures.enumerated() {
                writer.row([group.label, String(group.members.count), group.isShown ? "true" : "false",
                            Self.measureID(measure, in: questionnaire), Self.number(group.isShown ? group.medians[position] : nil)])
            }
        }
        return writer.text
    }
}
