/// A scoring run: responses files scored against a questionnaire, read once. Each file's plan
/// is compiled from its header, its records are read by a `BlockReader` into a
/// `ScoringConsumer` - large files in pieces on every core, cut at record boundaries and merged
/// back in input order - and each respondent is spilled for the renderers while the cohort
/// summary accumulates. Diagnostics are reported once, in file order.
package struct ScoringRun {
    /// Progress callback: how far reading a file has got, after each block.
    package typealias Progress = (ReadingProgress) -> Void
    /// Called with every scored respondent, in input order, and the cohort's metadata columns.
    package typealias Observer = (_ respondent: ScoredRespondent, _ metadataNames: [String]) -> Void

    package var questionnaire: Questionnaire
    package var questionnaireFile: SourceFile
    package var responsePaths: [String]
    /// The report language's code.
    package var language: String
    package var options: ReadingOptions
    package var settings: Settings

    package init(questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
                 options: ReadingOptions, settings: Settings = Settings()) {
        self.questionnaire = questionnaire
        self.questionnaireFile = questionnaireFile
        self.responsePaths = responsePaths
        self.language = language
        self.options = options
        self.settings = settings
    }

    /// Scores the files, counting `statistics` (in the result) when given and handing the
    /// scored respondents `settings.observed` says to `observe`. Diagnostics go to `report` as they are found, in file order.
    /// With `longScoresTo`, the output of a run that writes `scores.csv`, `scores-long.csv` is
    /// written there as the file is scored when it can be (`LongScoresStream`; the result says so),
    /// and with `settings.onlyScoresCSV` the `scores.csv` rows are kept instead of the respondents.
    package func score(progress: Progress? = nil, observe: Observer? = nil, statistics counting: StatisticsCounting? = nil,
                       longScoresTo output: ReportOutput? = nil, report: ([Diagnostic]) -> Void) -> Result {
        let keepsAnswers = settings.keepsAnswers || settings.keepsAnswerTexts
        let layout = SpillLayout(questionnaire, keepsScoredAnswers: keepsAnswers, keepsAnswerTexts: settings.keepsAnswerTexts)
        let spill = settings.spills ? RespondentSpill(layout: layout, folder: settings.temporaryFolder, memoryLimit: settings.spillMemoryLimit) : nil
        let context = ScoringConsumer.Context(engine: ScoringEngine(questionnaire: questionnaire), layout: layout, settings: settings, spill: spill,
                                              counting: counting, files: responsePaths, progress: progress, observe: observe)
        var tally = ScoringConsumer.Tally(self, counting: counting)
        var ids = RespondentIDTable()
        var files: [SourceFile] = []
        var longScores: LongScoresStream?
        var scoresRows: RespondentSpill?
        for (fileIndex, path) in responsePaths.enumerated() {
            let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: settings.needsDigests)
            report(opened.diagnostics)
            guard let source = opened.value else {
                tally.accumulator.excluded.append(ExcludedEntry(file: path, row: ExcludedRow(row: 1, respondentID: nil, reason: .unreadable)))
                continue
            }
            var fileContext = context
            if let output, responsePaths.count == 1, spill != nil,
               let stream = LongScoresStream(output: output, questionnaire: questionnaire, plan: source.plan) {
                longScores = stream
                fileContext.longScores = stream
                if settings.onlyScoresCSV {
                    scoresRows = RespondentSpill(layout: layout, folder: settings.temporaryFolder, memoryLimit: settings.spillMemoryLimit)
                    fileContext.scoresRows = scoresRows
                }
            }
            var consumer = ScoringConsumer(tally: consume tally, source: source, fileIndex: fileIndex, context: fileContext)
            // Rows rendered as they are scored take about three times a block's bytes until it is
            // merged: blocks of half the size then hold no more while two are in flight.
            let blockSize = longScores == nil ? settings.blockSize : max(1, settings.blockSize / 2)
            BlockReader(source: source, files: responsePaths, fileIndex: fileIndex, blockSize: blockSize)
                .read(into: &consumer, ids: &ids, report: report)
            longScores?.finish()
            if let failure = consumer.spillFailure { report([failure.diagnostic(folder: settings.temporaryFolder, wording: .forLanguage(language))]) }
            tally = (consume consumer).tally
            files.append(SourceFile(path: path, sha256: source.sha256))
        }
        // The id table is freed once the files are read, before finishing sorts the cohort's
        // values: at a million ids it held 30 MB beside that sort, the run's peak.
        _ = consume ids
        tally.statistics?.compact()
        let summary = tally.accumulator.finish(questionnaireFile: questionnaireFile, responseFiles: files, language: language,
                                               metadataNames: tally.metadataNames)
        return Result(summary: summary, spill: scoresRows == nil ? spill : nil, layout: layout, statistics: tally.statistics,
                      longScores: longScores, scoresRows: scoresRows)
    }
}
