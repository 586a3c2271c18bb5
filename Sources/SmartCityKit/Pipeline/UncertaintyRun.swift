/// The formats `smartcity uncertainty --format` writes.
package enum UncertaintyFormat: String, Sendable, CaseIterable {
    case markdown, csv, json, svg, html
}

/// `smartcity uncertainty`: scores the responses once, keeps each ranked municipality's item
/// scores in an `UncertaintyModel`, and runs the Monte Carlo draws and the sensitivity design over it.
package enum UncertaintyRun {
    /// The analysis with the cohort it was run on.
    package struct Result: Sendable {
        let analysis: UncertaintyAnalysis
        let summary: CohortSummary

        /// How many municipalities were analysed.
        package var count: Int { analysis.rows.count }
        /// The share of municipalities whose type holds in at least 90 % of the draws.
        package var stableCohortShare: Double { analysis.stableCohortShare }
    }

    /// Scores the files and analyses the ranked municipalities; diagnostics of reading go to
    /// `report` as they are found, the draws and the sensitivity design's rows are counted in `progress`.
    package static func analyse(questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
                                options: ReadingOptions, settings: UncertaintySettings, temporaryFolder: String, progress: WorkProgress? = nil,
                                report: ([Diagnostic]) -> Void) -> Checked<Result> {
        var scoring = ScoringRun.Settings()
        scoring.keepsAnswers = true
        scoring.temporaryFolder = temporaryFolder
        var model = UncertaintyModel(engine: ScoringEngine(questionnaire: questionnaire))
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: responsePaths,
            language: language, options: options, settings: scoring)
            .score(observe: { respondent, metadataNames in
                       guard respondent.incomplete == nil else { return }
                       model.add(respondent, name: respondent.name(column: CohortSummary.nameColumn(in: metadataNames)))
                   }, report: report)
        guard !run.summary.responseFiles.isEmpty else { return Checked(nil, []) }
        let location = SourceLocation(file: responsePaths.first ?? "")
        var notes: [Diagnostic] = []
        if run.summary.incompleteCount > 0 {
            notes.append(.note(location, MessageStrings.forLanguage(language).incompleteLeftOut(run.summary.incompleteCount, .analysed)))
        }
        guard model.count > 0 else { return Checked(nil, notes + [.error(location, RunWording.forLanguage(language).nothingToAnalyse)]) }
        return Checked(Result(analysis: UncertaintyAnalysis(model: model, settings: settings, progress: progress), summary: run.summary), notes)
    }

    /// Writes the analysis's files in the formats, in the language of `strings`.
    package static func write(_ result: Result, formats: [UncertaintyFormat], strings: ReportStrings, output: ReportOutput) throws {
        let words = UncertaintyStrings.forLanguage(strings.languageCode)
        let (analysis, summary) = (result.analysis, result.summary)
        let charts = formats.contains(.svg) || formats.contains(.html)
            ? UncertaintyChartRenderer().render(analysis, summary: summary, strings: strings, words: words) : []
        let document = UncertaintyDocument(strings: strings, words: words)
        let shown = charts.map { (path: $0.path, description: $0.title) }
        for format in formats {
            switch format {
            case .markdown:
                let blocks = document.blocks(analysis, summary: summary, charts: formats.contains(.svg) ? shown : [])
                try output.write(MarkdownDocumentWriter.write(blocks), to: UncertaintyDocument.markdownFile)
            case .html:
                let svg = Dictionary(charts.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
                try output.write(HTMLDocumentWriter.write(document.blocks(analysis, summary: summary, charts: shown),
                                                          language: strings.languageCode, charts: svg), to: UncertaintyDocument.htmlFile)
            case .svg:
                for chart in charts { try output.write(chart.contents, to: chart.path) }
            case .csv:
                for file in UncertaintyCSVRenderer().render(analysis) { try output.write(file.contents, to: file.name) }
            case .json:
                try output.write(UncertaintyJSONRenderer().render(analysis), to: UncertaintyJSONRenderer.file)
            }
        }
    }
}
