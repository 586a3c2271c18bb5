/// `scores.csv` (one row per respondent) and `scores-long.csv` (one row per respondent and
/// dimension), RFC 4180 with `,` and CRLF-free `\n` line ends, safe to open in a spreadsheet.
/// Column names are ids, never translated, so scripts work in every language.
public struct CSVReportRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: CohortReport, strings: ReportStrings) -> [RenderedFile] {
        [RenderedFile(relativePath: "scores.csv", contents: wide(report)),
         RenderedFile(relativePath: "scores-long.csv", contents: long(report))]
    }

    func wide(_ report: CohortReport) -> String {
        var writer = CSVWriter()
        let dimensions = report.questionnaire.dimensions.map(\.id)
        writer.row((["id"] + report.metadataNames + dimensions + ["total", "type", "coverage"]).map(CSVWriter.text))
        for respondent in report.respondents {
            let score = respondent.score
            writer.row(
                [CSVWriter.text(respondent.id)] + respondent.metadata.map(CSVWriter.text)
                    + score.dimensions.map { CSVWriter.number($0.score) }
                    + [CSVWriter.number(score.total), CSVWriter.text(score.bandID ?? ""), CSVWriter.number(score.coverage)])
        }
        return writer.text
    }

    func long(_ report: CohortReport) -> String {
        var writer = CSVWriter()
        writer.row((["id"] + report.metadataNames + ["dimension", "score", "band", "coverage", "answered", "questions"]).map(CSVWriter.text))
        for respondent in report.respondents {
            let prefix = [CSVWriter.text(respondent.id)] + respondent.metadata.map(CSVWriter.text)
            for result in respondent.score.dimensions {
                writer.row(prefix + [
                    CSVWriter.text(result.dimensionID), CSVWriter.number(result.score), CSVWriter.text(result.bandID ?? ""),
                    CSVWriter.number(result.coverage), String(result.answered), String(result.questions),
                ])
            }
        }
        return writer.text
    }
}

/// Builds CSV text. Kept next to the renderer that needs its escaping.
struct CSVWriter {
    private(set) var text = ""

    /// Appends a row of already-encoded cells.
    mutating func row(_ cells: [String]) {
        text += cells.joined(separator: ",")
        text += "\n"
    }

    /// A number with four decimals, or an empty cell (a missing value in pandas and R).
    static func number(_ value: Double?) -> String {
        value.map(ReportNumbers.precise) ?? ""
    }

    /// User-supplied text: neutralises spreadsheet formulas (a leading `=`, `+`, `-`, `@`,
    /// tab or carriage return gets a `'` in front) and quotes what RFC 4180 requires.
    static func text(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || cell.hasPrefix(" ") || cell.hasSuffix(" ")
        {
            return "\"" + cell.replacingQuotes + "\""
        }
        return cell
    }
}

extension String {
    /// Doubles every `"` (CSV quoting).
    fileprivate var replacingQuotes: String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
