/// `score --format html`: `summary.html` and `municipalities/<id>.html`, each one
/// self-contained page (style and the municipality's radar inline, no scripts, a print
/// stylesheet for A4) with the same contents as the Markdown reports, and the one-page council
/// summary of each municipality, `municipalities/<id>.council.html` (`CouncilDocument`).
struct HTMLReportRenderer: ReportRenderer {
    /// The cohort summary's page.
    static let summaryFile = "summary.html"

    private let document: ScoreDocument

    /// Pages of a questionnaire's reports (its scoring tells what each answer costs).
    init(questionnaire: Questionnaire, targets: Targets? = nil) {
        document = ScoreDocument(showsRadar: true, engine: ScoringEngine(questionnaire: questionnaire), targets: targets)
    }

    /// `summary.html`.
    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        try output.write(HTMLDocumentWriter.write(document.summaryBlocks(summary, strings), language: strings.languageCode, charts: [:]),
                         to: Self.summaryFile)
    }

    /// `municipalities/<id>.html`, its radar drawn in the page.
    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        guard let fileName = ranked.fileName else { preconditionFailure("respondents are named for HTML reports") }
        let radar = SVGReportRenderer.radar(ranked, summary: summary, strings: strings)
        let page = HTMLDocumentWriter.write(document.respondentBlocks(ranked, summary, strings), language: strings.languageCode,
                                            charts: ["\(fileName).svg": radar])
        parts.write(page, to: RankedRespondent.reportPath(of: fileName, "html"))
        let council = HTMLDocumentWriter.write(CouncilDocument(report: document).blocks(ranked, summary, strings), language: strings.languageCode,
                                               charts: ["\(fileName).svg": radar], extraStyle: CouncilDocument.printStyle)
        parts.write(council, to: FilePath.join(RankedRespondent.reportFolder, CouncilDocument.fileName(fileName)))
    }

    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}
}
