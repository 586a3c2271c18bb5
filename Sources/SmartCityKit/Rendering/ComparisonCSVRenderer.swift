/// The comparison as tidy CSV for programs: `comparison.csv` (one row per municipality and
/// measure), `ranks.csv` (one row per municipality, by total score) and, when grouped,
/// `groups.csv` (one row per group and measure). Column names are ids; numbers use `.` and
/// four decimals; text cells are neutralised for spreadsheets. Each file is a `StreamedFile`:
/// its rows are written as bytes (numbers straight from their values, the cells that repeat
/// encoded once) and go to the output in parts of about `partSize` bytes; the rows of many
/// municipalities are made on every core at once.
struct ComparisonCSVRenderer {
    static let tidyFile = "comparison.csv", ranksFile = "ranks.csv", groupsFile = "groups.csv", wavesFile = "waves.csv"

    /// How many bytes of rows are made before they go to the output.
    var partSize = 1 << 20
    /// How many municipalities' rows are made at once on one core (see `StreamedFile.appendRows`).
    var rowsPerPiece = 1024

    /// Writes the files to the output; `advance` hears of each municipality written to `comparison.csv`.
    package func write(_ comparison: Comparison, to output: ReportOutput, advance: () -> Void = {}) throws {
        try stream(Self.tidyFile, to: output) { try tidy(comparison, into: &$0, advance: advance) }
        try stream(Self.ranksFile, to: output) { try ranks(comparison, into: &$0) }
        if comparison.grouping != nil { try stream(Self.groupsFile, to: output) { try groups(comparison, into: &$0) } }
        if let waves = comparison.waves { try stream(Self.wavesFile, to: output) { try changes(waves, comparison, into: &$0) } }
    }

    /// Writes one file: the rows `body` makes, in parts, then what is left.
    private func stream(_ name: String, to output: ReportOutput, _ body: (inout StreamedFile) throws -> Void) throws {
        var file = StreamedFile(name, to: output, partSize: partSize, rowsPerPiece: rowsPerPiece)
        try body(&file)
        try file.finish()
    }

    /// The id of a measure in CSV and JSON: `total` or the dimension id.
    static func measureID(_ measure: ComparisonMeasure, in questionnaire: Questionnaire) -> String {
        switch measure {
        case .total: "total"
        case .dimension(let index): questionnaire.dimensions[index].id
        }
    }

    /// A row of text cells, each encoded by `CSVWriter.appendText`.
    private static func row(_ values: [String], into file: inout StreamedFile) throws {
        try file.append(atMost: values.reduce(1) { $0 + 1 + CSVWriter.encodedLength($1) }) { row in
            for (index, value) in values.enumerated() {
                if index > 0 { row.append(UInt8(ascii: ",")) }
                CSVWriter.appendText(value, to: &row)
            }
            row.append(UInt8(ascii: "\n"))
        }
    }

    /// The most bytes a number cell takes (an exact or `Double` value with four decimals, or a whole number).
    private static let numberLength = ByteCursor.fixedLength(digits: 4)

    /// An exact value with four decimals; nothing for a missing value (a missing value in pandas and R).
    private static func append(_ value: Fraction?, to row: inout ByteCursor) {
        if let value { row.appendFixed(value, digits: 4) }
    }

    /// A `Double` with four decimals, as `NumberFormat.fixed` writes it; nothing for a missing value.
    private static func append(_ value: Double?, to row: inout ByteCursor) {
        if let value { row.appendFixed(value, digits: 4) }
    }

    /// A whole number; nothing for a missing value.
    private static func append(_ value: Int?, to row: inout ByteCursor) {
        if let value { row.appendInteger(value) }
    }

    /// Bytes written once and copied into many rows.
    private static func bytes(_ body: (inout ByteBuffer) -> Void) -> [UInt8] {
        var buffer = ByteBuffer()
        body(&buffer)
        return buffer.bytes
    }

    private func tidy(_ comparison: Comparison, into file: inout StreamedFile, advance: () -> Void) throws {
        let summary = comparison.summary, respondents = comparison.respondents
        // `name` is the name column's value (else the id): that metadata column is not repeated.
        let otherMetadata = summary.metadataNames.indices.filter { $0 != summary.nameColumn }
        try Self.row(["id", "name"] + otherMetadata.map { summary.metadataNames[$0] }
            + ["measure", "score", "rank", "percentile", "z_score", "cohort_mean", "cohort_median", "group", "group_median", "from_group_median"],
            into: &file)
        // What repeats from row to row is encoded once: the measure's cell, the cohort's mean and
        // median, each group's label and medians.
        let measureCells = comparison.measures.map { measure in
            Self.bytes { CSVWriter.appendText(Self.measureID(measure, in: summary.questionnaire), to: &$0) }
        }
        let cohortCells = comparison.measureSummaries.map { cohort in
            Self.bytes { cells in
                cells.append(atMost: 2 * Self.numberLength + 1) { row in
                    Self.append(cohort.mean, to: &row)
                    row.append(UInt8(ascii: ","))
                    Self.append(cohort.median, to: &row)
                }
            }
        }
        let groupCells = comparison.groups.map { group in
            comparison.measures.indices.map { position in
                Self.bytes { cells in
                    CSVWriter.appendText(group.label, to: &cells)
                    cells.append(UInt8(ascii: ","))
                    if group.isShown, let median = group.medians[position] { cells.appendFixed(median, digits: 4) }
                }
            }
        }
        let noGroup = [UInt8(ascii: ",")]
        // A municipality's rows, one per measure, made on any core.
        try file.appendRows(respondents.count, { index, rows in
            var prefix = ByteBuffer()
            respondents.withID(of: index) { CSVWriter.appendText(utf8: $0, to: &prefix) }
            prefix.append(UInt8(ascii: ","))
            respondents.withName(of: index) { CSVWriter.appendText(utf8: $0, to: &prefix) }
            for column in otherMetadata {
                prefix.append(UInt8(ascii: ","))
                respondents.withMetadata(column, of: index) { CSVWriter.appendText(utf8: $0, to: &prefix) }
            }
            let group = comparison.groupOfRespondent[index]
            for position in comparison.measures.indices {
                let standing = comparison.standings.standing(of: index, on: position)
                let groupCell = group.map { groupCells[$0][position] } ?? noGroup
                let length = prefix.count + measureCells[position].count + cohortCells[position].count + groupCell.count + 5 * (Self.numberLength + 1) + 2
                rows.append(atMost: length) { row in
                    row.append(prefix.bytes)
                    row.append(UInt8(ascii: ","))
                    row.append(measureCells[position])
                    row.append(UInt8(ascii: ","))
                    Self.append(standing.score, to: &row)
                    row.append(UInt8(ascii: ","))
                    Self.append(standing.rank, to: &row)
                    row.append(UInt8(ascii: ","))
                    Self.append(standing.percentile, to: &row)
                    row.append(UInt8(ascii: ","))
                    Self.append(standing.zScore, to: &row)
                    row.append(UInt8(ascii: ","))
                    row.append(cohortCells[position])
                    row.append(UInt8(ascii: ","))
                    row.append(groupCell)
                    row.append(UInt8(ascii: ","))
                    Self.append(standing.fromGroupMedian, to: &row)
                    row.append(UInt8(ascii: "\n"))
                }
            }
        }, written: { _ in advance() })
    }

    /// One row per municipality, in the order chosen with `--rank-by`.
    private func ranks(_ comparison: Comparison, into file: inout StreamedFile) throws {
        let questionnaire = comparison.summary.questionnaire, respondents = comparison.respondents, standings = comparison.standings
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        try Self.row(["id", "name", "total", "band", "rank"] + dimensionPositions.map { "\(Self.measureID(comparison.measures[$0], in: questionnaire))_rank" }
            + ["rank_sum", "rank_sum_rank"], into: &file)
        let order = comparison.order, rankPositions = [0] + dimensionPositions
        try file.appendPieces(order.count) { places, rows in
            // In score order the piece's municipalities lie far apart in memory: each column's
            // values are looked up for all of them first, in loops of independent loads that the
            // processor overlaps (row by row, each load waited for in turn), then the rows written.
            let indices = places.map { order[$0] }
            let totals = indices.map { respondents.score(of: $0, at: 0) }, bands = indices.map { respondents.bandID(of: $0) ?? "" }
            let ranks = rankPositions.map { position in indices.map { standings.rank(of: $0, on: position) } }
            let rankSums = indices.map { comparison.rankSums[$0] }, rankSumRanks = indices.map { comparison.rankSumRanks[$0] }
            for (row, index) in indices.enumerated() {
                respondents.withID(of: index) { CSVWriter.appendText(utf8: $0, to: &rows) }
                rows.append(UInt8(ascii: ","))
                respondents.withName(of: index) { CSVWriter.appendText(utf8: $0, to: &rows) }
                rows.append(UInt8(ascii: ","))
                rows.append(atMost: CSVWriter.encodedLength(bands[row]) + (ranks.count + 3) * (Self.numberLength + 1) + 4) { cells in
                    Self.append(totals[row], to: &cells)
                    cells.append(UInt8(ascii: ","))
                    CSVWriter.appendText(bands[row], to: &cells)
                    for measureRanks in ranks {
                        cells.append(UInt8(ascii: ","))
                        Self.append(measureRanks[row], to: &cells)
                    }
                    cells.append(UInt8(ascii: ","))
                    Self.append(rankSums[row], to: &cells)
                    cells.append(UInt8(ascii: ","))
                    Self.append(rankSumRanks[row], to: &cells)
                    cells.append(UInt8(ascii: "\n"))
                }
            }
        }
    }

    private static func number(_ value: Fraction?) -> String { value?.fixed(digits: 4) ?? "" }
    private static func number(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, digits: 4) } ?? "" }

    /// One row per municipality of the current wave that took part before, and measure, with the
    /// reliable change index and its verdict last.
    private func changes(_ waves: WaveComparison, _ comparison: Comparison, into file: inout StreamedFile) throws {
        let questionnaire = comparison.summary.questionnaire
        try Self.row(["id", "name", "since", "wave", "measure", "before", "after", "change", "band_before", "band_after", "rci", "reliable_change"],
                     into: &file)
        for change in waves.changes {
            for (position, measure) in comparison.measures.enumerated() {
                try Self.row([change.id, change.name, change.since,
                              waves.waves.last?.label ?? "", Self.measureID(measure, in: questionnaire),
                              Self.number(change.before[position]), Self.number(change.after[position]), Self.number(change.change[position]),
                              change.bandBefore ?? "", change.bandAfter ?? "",
                              Self.number(change.reliableChangeIndex[position]), change.reliableChange[position]?.rawValue ?? ""], into: &file)
            }
        }
    }

    private func groups(_ comparison: Comparison, into file: inout StreamedFile) throws {
        let questionnaire = comparison.summary.questionnaire
        try Self.row(["group", "count", "shown", "measure", "median"], into: &file)
        for group in comparison.groups {
            for (position, measure) in comparison.measures.enumerated() {
                try Self.row([group.label, String(group.members.count), group.isShown ? "true" : "false",
                              Self.measureID(measure, in: questionnaire), Self.number(group.isShown ? group.medians[position] : nil)], into: &file)
            }
        }
    }
}
