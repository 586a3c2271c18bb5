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
        let showLevels = summary.questionnaire.hasLevels
        var prefix = ByteBuffer()
        CSVWriter.appendText(respondent.id, to: &prefix)
        for value in respondent.metadata {
            prefix.append(UInt8(ascii: ","))
            CSVWriter.appendText(value, to: &prefix)
        }
        parts.appending(to: Self.wideFile) { wide in
            wide.append(prefix)
            for dimension in score.dimensions { Self.appendNumber(dimension.exactScore, to: &wide) }
            Self.appendNumber(score.exactTotal, to: &wide)
            wide.append(UInt8(ascii: ","))
            wide.append(score.bandID ?? "")
            Self.appendNumber(score.exactCoverage, to: &wide)
            wide.append(UInt8(ascii: ","))
            if let rank = ranked.rank { wide.appendInteger(rank) }
            if showLevels {
                for dimension in score.dimensions {
                    wide.append(UInt8(ascii: ","))
                    if let level = dimension.level { wide.append(NumberFormat.plain(level)) }
                }
            }
            wide.append(UInt8(ascii: "\n"))
        }
        parts.appending(to: Self.longFile) { long in Self.appendLongRows(score, prefix: prefix, showLevels: showLevels, to: &long) }
    }

    /// The rows of `scores-long.csv` of one respondent: one per dimension, each after `prefix`.
    private static func appendLongRows(_ score: RespondentScore, prefix: ByteBuffer, showLevels: Bool, to long: inout ByteBuffer) {
        for result in score.dimensions {
            // The band and dimension ids are questionnaire ids, validated free of quotes and commas.
            long.append(prefix)
            long.append(UInt8(ascii: ","))
            long.append(result.dimensionID)
            appendNumber(result.exactScore, to: &long)
            long.append(UInt8(ascii: ","))
            long.append(result.bandID ?? "")
            appendNumber(result.exactCoverage, to: &long)
            long.append(UInt8(ascii: ","))
            long.appendInteger(result.answered)
            long.append(UInt8(ascii: ","))
            long.appendInteger(result.questions)
            if showLevels {
                long.append(UInt8(ascii: ","))
                if let level = result.level { long.append(NumberFormat.plain(level)) }
            }
            long.append(UInt8(ascii: "\n"))
        }
    }

    /// `,` and an exact value with four decimals, or `,` alone (a missing value in pandas and R).
    private static func appendNumber(_ value: Fraction?, to buffer: inout ByteBuffer) {
        buffer.append(UInt8(ascii: ","))
        if let value { buffer.appendFixed(value, digits: 4) }
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
                writer.row(prefix + [CSVWriter.text(count.code), String(count.count), NumberFormat.fixed(count.share, digits: 4), String(summary.answered), ""])
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
