/// GitHub-flavoured Markdown: one report per respondent and a cohort summary, written from
/// the blocks of `ScoreDocument`.
struct MarkdownReportRenderer: ReportRenderer {
    /// The reports' contents; its radar switch is on when the SVG format is written too.
    var document = ScoreDocument()

    /// The cohort summary's file.
    static let summaryFile = "summary.md"

    init() {}

    /// `summary.md`.
    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        try output.write(MarkdownDocumentWriter.write(document.summaryBlocks(summary, strings)), to: Self.summaryFile)
    }

    /// `municipalities/<id>.md`.
    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        guard let fileName = ranked.fileName else { preconditionFailure("respondents are named for Markdown reports") }
        parts.write(MarkdownDocumentWriter.write(document.respondentBlocks(ranked, summary, strings)), to: RankedRespondent.reportPath(of: fileName, "md"))
    }

    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}
}
