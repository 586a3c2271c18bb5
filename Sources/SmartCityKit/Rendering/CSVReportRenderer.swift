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

    /// A row of `scores.csv` and one row per dimension of `scores-long.csv`, in input order.
    public func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let respondent = ranked.respondent
        let score = respondent.score
        let showLevels = summary.questionnaire.hasLevels
        let prefix = [CSVWriter.text(respondent.id)] + respondent.metadata.map(CSVWriter.text)
        var writer = CSVWriter()
        writer.row(
            prefix + score.dimensions.map { CSVWriter.number($0.score) }
                + [CSVWriter.number(score.total), CSVWriter.text(score.bandID ?? ""), CSVWriter.number(score.coverage),
                   ranked.summary.rank.map(String.init) ?? ""]
                + (showLevels ? score.dimensions.map { $0.level.map(NumberFormat.plain) ?? "" } : []))
        try output.append(writer.flush(), to: Self.wideFile)
        for result in score.dimensions {
            // The band and dimension ids are questionnaire ids, validated free of quotes and commas.
            writer.row(prefix + [
                CSVWriter.text(result.dimensionID), CSVWriter.number(result.score), CSVWriter.text(result.bandID ?? ""),
                CSVWriter.number(result.coverage), String(result.answered), String(result.questions),
            ] + (showLevels ? [result.level.map(NumberFormat.plain) ?? ""] : []))
        }
        try output.append(writer.flush(), to: Self.longFile)
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
                writer.row(prefix + [CSVWriter.text(count.code), String(count.count), CSVWriter.number(count.share), String(summary.answered), ""])
            }
            if let statistics = summary.statistics, !question.kind.isLevel {
                for (name, value) in [("mean", statistics.mean), ("median", statistics.median), ("min", statistics.minimum), ("max", statistics.maximum)] {
                    writer.row(prefix + [name, "", "", String(summary.answered), CSVWriter.number(value)])
                }
            }
        }
        return writer.text
    }
}

/// Builds CSV text. Kept next to the renderer that needs its escaping.
public struct CSVWriter: Sendable {
    public init() {}

    public private(set) var text = ""

    /// Empties the text written so far (to stream it out in parts).
    public mutating func flush() -> String {
        defer { text = "" }
        return text
    }

    /// Appends a row of already-encoded cells.
    public mutating func row(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text += "," }
            text += cell
        }
        text += "\n"
    }

    /// A number with four decimals, or an empty cell (a missing value in pandas and R).
    static func number(_ value: Double?) -> String {
        value.map(ReportNumbers.precise) ?? ""
    }

    /// User-supplied text: neutralises spreadsheet formulas (a leading `=`, `+`, `-`, `@`,
    /// tab or carriage return gets a `'` in front) and quotes what RFC 4180 requires.
    /// Works on UTF-8 bytes: it runs for every cell of a large cohort.
    public static func text(_ value: String) -> String {
        let bytes = value.utf8
        guard let first = bytes.first else { return value }
        let formula = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first)
            && !isNegativeNumber(bytes)
        let cell = formula ? "'" + value : value
        let needsQuotes = first == 0x20 || bytes.last == 0x20
            || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        return needsQuotes ? "\"" + cell.replacingQuotes + "\"" : cell
    }
}

/// "-3", "-2.5" or "-2,5": a negative number is data, not a formula.
private func isNegativeNumber(_ bytes: String.UTF8View) -> Bool {
    guard bytes.first == UInt8(ascii: "-"), bytes.count > 1 else { return false }
    var separators = 0
    for byte in bytes.dropFirst() {
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
            separators += 1
        } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
            return false
        }
    }
    return separators <= 1 && bytes.last != UInt8(ascii: ".") && bytes.last != UInt8(ascii: ",")
}

extension String {
    /// Doubles every `"` (CSV quoting).
    fileprivate var replacingQuotes: String {
        guard utf8.contains(UInt8(ascii: "\"")) else { return self }
        return split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}
