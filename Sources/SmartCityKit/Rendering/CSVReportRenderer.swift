/// `scores.csv` (one row per respondent, in input order, with its rank) and `scores-long.csv`
/// (one row per respondent and dimension), RFC 4180 with `,` and `\n` line ends, safe to open in
/// a spreadsheet. Column names are ids, never translated, so scripts work in every language.
public struct CSVReportRenderer: ReportRenderer {
    public init() {}

    static let wideFile = "scores.csv", longFile = "scores-long.csv", descriptiveFile = "descriptive.csv"

    /// The headers of `scores.csv` and `scores-long.csv`, and `descriptive.csv` when the
    /// questionnaire has descriptive questions.
    public func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let dimensions = summary.questionnaire.dimensions.map(\.id)
        let levels = summary.questionnaire.hasLevels ? dimensions.map { "\($0)_level" } : []
        var writer = CSVWriter()
        writer.row((["id"] + summary.metadataNames + dimensions + ["total", "type", "coverage", "rank"] + levels).map(CSVWriter.text))
        try output.append(writer.flush(), to: Self.wideFile)
        writer.row((["id"] + summary.metadataNames + ["dimension", "score", "band", "coverage", "answered", "questions"]
            + (summary.questionnaire.hasLevels ? ["level"] : [])).map(CSVWriter.text))
        try output.append(writer.flush(), to: Self.longFile)
        if !summary.descriptiveSummaries.isEmpty {
            try output.write(descriptive(summary), to: Self.descriptiveFile)
        }
    }

    /// A row of `scores.csv` and one row per dimension of `scores-long.csv`, in input order,
    /// written as bytes with numbers straight from their exact values.
    public func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        let respondent = ranked.respondent
        let score = respondent.score
        // A level is written as the number it was answered with (`NumberFormat.plain`).
        let levels = summary.questionnaire.hasLevels ? score.dimensions.map { $0.level.map(NumberFormat.plain) ?? "" } : nil
        // The id and metadata cells start the wide row and every long row: written once, then copied.
        var prefix: ArraySlice<UInt8> = []
        parts.appending(to: Self.wideFile) { wide in
            let start = wide.count
            var prefixLength = 0
            let numbers = score.dimensions.count + 2
            let length = Self.prefixLength(respondent) + numbers * Self.numberLength + 1 + (score.bandID?.utf8.count ?? 0)
                + 1 + ByteCursor.integerLength + (levels?.reduce(0) { $0 + 1 + $1.utf8.count } ?? 0) + 1
            wide.append(atMost: length) { row in
                CSVWriter.appendText(respondent.id, to: &row)
                for value in respondent.metadata {
                    row.append(UInt8(ascii: ","))
                    CSVWriter.appendText(value, to: &row)
                }
                prefixLength = row.count
                for dimension in score.dimensions { Self.appendNumber(dimension.exactScore, to: &row) }
                Self.appendNumber(score.exactTotal, to: &row)
                row.append(UInt8(ascii: ","))
                row.append(score.bandID ?? "")
                Self.appendNumber(score.exactCoverage, to: &row)
                row.append(UInt8(ascii: ","))
                if let rank = ranked.rank { row.appendInteger(rank) }
                for level in levels ?? [] {
                    row.append(UInt8(ascii: ","))
                    row.append(level)
                }
                row.append(UInt8(ascii: "\n"))
            }
            // Taken last: the wide bytes are not changed while the slice shares them.
            prefix = wide.bytes[start..<start + prefixLength]
        }
        parts.appending(to: Self.longFile) { long in Self.appendLongRows(score, prefix: prefix, levels: levels, to: &long) }
    }

    /// The most bytes the id and metadata cells take.
    private static func prefixLength(_ respondent: ScoredRespondent) -> Int {
        respondent.metadata.reduce(CSVWriter.encodedLength(respondent.id)) { $0 + 1 + CSVWriter.encodedLength($1) }
    }

    /// The most bytes `appendNumber` writes.
    private static let numberLength = 1 + ByteCursor.fixedLength(digits: 4)

    /// The rows of `scores-long.csv` of one respondent: one per dimension, each after `prefix`,
    /// with its level when the questionnaire has levels.
    private static func appendLongRows(_ score: RespondentScore, prefix: ArraySlice<UInt8>, levels: [String]?, to long: inout ByteBuffer) {
        let length = score.dimensions.indices.reduce(0) { length, position in
            let result = score.dimensions[position]
            return length + prefix.count + 1 + result.dimensionID.utf8.count + 2 * numberLength + 1 + (result.bandID?.utf8.count ?? 0)
                + 2 * (1 + ByteCursor.integerLength) + (levels.map { 1 + $0[position].utf8.count } ?? 0) + 1
        }
        long.append(atMost: length) { row in
            // Field by field: a copy of a whole result would retain its ids and factors.
            for position in score.dimensions.indices {
                // The band and dimension ids are questionnaire ids, validated free of quotes and commas.
                row.append(prefix)
                row.append(UInt8(ascii: ","))
                row.append(score.dimensions[position].dimensionID)
                appendNumber(score.dimensions[position].exactScore, to: &row)
                row.append(UInt8(ascii: ","))
                row.append(score.dimensions[position].bandID ?? "")
                appendNumber(score.dimensions[position].exactCoverage, to: &row)
                row.append(UInt8(ascii: ","))
                row.appendInteger(score.dimensions[position].answered)
                row.append(UInt8(ascii: ","))
                row.appendInteger(score.dimensions[position].questions)
                if let levels {
                    row.append(UInt8(ascii: ","))
                    row.append(levels[position])
                }
                row.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// `,` and an exact value with four decimals, or `,` alone (a missing value in pandas and R).
    private static func appendNumber(_ value: Fraction?, to row: inout ByteCursor) {
        row.append(UInt8(ascii: ","))
        if let value { row.appendFixed(value, digits: 4) }
    }

    public func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}

    /// The descriptive questions, tidy: a row per question and answer with its count and share of
    /// the respondents who answered; numeric questions get rows for their statistics in `value`.
    func descriptive(_ report: CohortSummary) -> String {
        var writer = CSVWriter()
        writer.row(["question", "group", "answer", "count", "share", "answered", "value"])
        for summary in report.descriptiveSummaries {
            let question = report.questionnaire.questions[summary.questionIndex]
            let prefix = [CSVWriter.text(question.id), CSVWriter.text(question.groupID)]
            for count in summary.counts {
                writer.row(prefix + [CSVWriter.text(count.code), String(count.count), count.exactShare.fixed(digits: 4), String(summary.answered), ""])
            }
            if let statistics = summary.statistics, !question.kind.isLevel {
                for (name, value) in [("mean", statistics.mean), ("median", statistics.median), ("min", statistics.minimum), ("max", statistics.maximum)] {
                    writer.row(prefix + [name, "", "", String(summary.answered), NumberFormat.fixed(value, digits: 4)])
                }
            }
        }
        return writer.text
    }
}
