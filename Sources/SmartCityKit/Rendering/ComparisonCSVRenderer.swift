/// The comparison as tidy CSV for programs: `comparison.csv` (one row per municipality and
/// measure), `ranks.csv` (one row per municipality, by total score) and, when grouped,
/// `groups.csv` (one row per group and measure). Column names are ids; numbers use `.` and
/// four decimals; text cells are neutralised for spreadsheets. Each file is written to the
/// output in parts of about `partSize` bytes as its rows are made, never as one string.
struct ComparisonCSVRenderer {
    static let tidyFile = "comparison.csv", ranksFile = "ranks.csv", groupsFile = "groups.csv", wavesFile = "waves.csv"

    /// How many bytes of rows are made before they go to the output.
    var partSize = 1 << 20

    /// Writes the files to the output; `advance` hears of each municipality written to `comparison.csv`.
    package func write(_ comparison: Comparison, to output: ReportOutput, advance: () -> Void = {}) throws {
        try stream(Self.tidyFile, to: output) { try tidy(comparison, into: &$0, advance: advance) }
        try stream(Self.ranksFile, to: output) { try ranks(comparison, into: &$0) }
        if comparison.grouping != nil { try stream(Self.groupsFile, to: output) { try groups(comparison, into: &$0) } }
        if let waves = comparison.waves { try stream(Self.wavesFile, to: output) { try changes(waves, comparison, into: &$0) } }
    }

    /// Rows of one file, appended to the output whenever `partSize` bytes are made.
    struct Rows {
        fileprivate var writer = CSVWriter()
        fileprivate let drain: (String) throws -> Void
        fileprivate let partSize: Int

        /// Appends a row (see `CSVWriter.row`), handing the rows made so far on once they fill a part.
        mutating func row(_ values: [String]) throws {
            writer.row(values)
            if writer.text.utf8.count >= partSize { try drain(writer.flush()) }
        }
    }

    /// Writes one file: the rows `body` makes, in parts, then what is left.
    private func stream(_ name: String, to output: ReportOutput, _ body: (inout Rows) throws -> Void) throws {
        var rows = Rows(drain: { try output.append($0, to: name) }, partSize: partSize)
        try body(&rows)
        try output.append(rows.writer.flush(), to: name)
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

    private func tidy(_ comparison: Comparison, into writer: inout Rows, advance: () -> Void) throws {
        let summary = comparison.summary
        // `name` is the name column's value (else the id): that metadata column is not repeated.
        let otherMetadata = summary.metadataNames.indices.filter { $0 != summary.nameColumn }
        try writer.row(["id", "name"] + otherMetadata.map { summary.metadataNames[$0] }
            + ["measure", "score", "rank", "percentile", "z_score", "cohort_mean", "cohort_median", "group", "group_median", "from_group_median"])
        for (index, respondent) in comparison.respondents.enumerated() {
            let group = comparison.groupOfRespondent[index].map { comparison.groups[$0] }, standings = comparison.standings[index]
            for (position, measure) in comparison.measures.enumerated() {
                let standing = standings[position], cohort = comparison.measureSummaries[position]
                let groupMedian = group.flatMap { $0.isShown ? $0.medians[position] : nil }
                try writer.row([respondent.id, respondent.name]
                    + otherMetadata.map { $0 < respondent.metadata.count ? respondent.metadata[$0] : "" } + [
                    Self.measureID(measure, in: summary.questionnaire), Self.number(standing.score), Self.integer(standing.rank),
                    Self.number(standing.percentile), Self.number(standing.zScore), Self.number(cohort.mean), Self.number(cohort.median),
                    group?.label ?? "", Self.number(groupMedian), Self.number(standing.fromGroupMedian),
                ])
            }
            advance()
        }
    }

    /// One row per municipality, in the order chosen with `--rank-by`.
    private func ranks(_ comparison: Comparison, into writer: inout Rows) throws {
        let questionnaire = comparison.summary.questionnaire
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        try writer.row(["id", "name", "total", "band", "rank"] + dimensionPositions.map { "\(Self.measureID(comparison.measures[$0], in: questionnaire))_rank" }
            + ["rank_sum", "rank_sum_rank"])
        for index in comparison.order {
            let respondent = comparison.respondents[index], standings = comparison.standings
            try writer.row([respondent.id, respondent.name, Self.number(respondent.total),
                            respondent.bandID ?? "", Self.integer(standings.rank(of: index, on: 0))]
                + dimensionPositions.map { Self.integer(standings.rank(of: index, on: $0)) }
                + [Self.integer(comparison.rankSums[index]), Self.integer(comparison.rankSumRanks[index])])
        }
    }

    /// One row per municipality of the current wave that took part before, and measure, with the
    /// reliable change index and its verdict last.
    private func changes(_ waves: WaveComparison, _ comparison: Comparison, into writer: inout Rows) throws {
        let questionnaire = comparison.summary.questionnaire
        try writer.row(["id", "name", "since", "wave", "measure", "before", "after", "change", "band_before", "band_after", "rci", "reliable_change"])
        for change in waves.changes {
            for (position, measure) in comparison.measures.enumerated() {
                try writer.row([change.id, change.name, change.since,
                            waves.waves.last?.label ?? "", Self.measureID(measure, in: questionnaire),
                            Self.number(change.before[position]), Self.number(change.after[position]), Self.number(change.change[position]),
                            change.bandBefore ?? "", change.bandAfter ?? "",
                            Self.number(change.reliableChangeIndex[position]), change.reliableChange[position]?.rawValue ?? ""])
            }
        }
    }

    private func groups(_ comparison: Comparison, into writer: inout Rows) throws {
        let questionnaire = comparison.summary.questionnaire
        try writer.row(["group", "count", "shown", "measure", "median"])
        for group in comparison.groups {
            for (position, measure) in comparison.measures.enumerated() {
                try writer.row([group.label, String(group.members.count), group.isShown ? "true" : "false",
                            Self.measureID(measure, in: questionnaire), Self.number(group.isShown ? group.medians[position] : nil)])
            }
        }
    }
}
