/// The formats `smartcity stats --format` writes.
package enum StatisticsFormat: String, Sendable, CaseIterable {
    case markdown, csv, json

    /// Whether the format shows the files' SHA-256 (the CSV files do not): a run writing no
    /// such format does not hash its input.
    package var showsDigests: Bool { self != .csv }
}

/// Scores responses files once, counting every complete respondent's scores and answers in a
/// `ResearchStatisticsAccumulator` where its piece is scored (`smartcity stats`); nothing is
/// spilled, since nothing is read twice.
package enum StatisticsRun {
    /// How to group and score.
    package struct Settings: Sendable {
        package var grouping: PeerGrouping?
        /// The metadata column naming each respondent's municipality, when several respondents
        /// answer for one (`--municipality-column`).
        package var municipalityColumn: String?
        /// How to score; `scoring.needsDigests` says whether the files are hashed (for the
        /// formats that show their SHA-256, `StatisticsFormat.showsDigests`).
        package var scoring = ScoringRun.Settings()
        /// The bootstrap of the reliability coefficients (`--bootstrap`, `--seed`); nil: none.
        package var bootstrap: ReliabilityBootstrap.Settings?

        package init() {}
    }

    /// Scores the files and computes the statistics; diagnostics of reading go to `report` as
    /// they are found, a grouping column that is not there comes back as the error.
    package static func analyse(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, settings: Settings, report: ([Diagnostic]) -> Void
    ) -> Checked<StatisticsResult> {
        var scoring = settings.scoring
        scoring.keepsAnswers = true
        scoring.spills = false
        scoring.ranks = false
        scoring.observed = .incomplete
        // Every incomplete response, for the statistics files (the cohort summary lists only the first few).
        var incomplete: [LeftOutRow] = []
        let counting = ScoringRun.StatisticsCounting(
            empty: ResearchStatisticsAccumulator(questionnaire: questionnaire, municipalityColumn: settings.municipalityColumn,
                                                 bootstrap: settings.bootstrap),
            grouping: settings.grouping, municipalityColumn: settings.municipalityColumn)
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: responsePaths,
            language: language, options: options, settings: scoring)
            .score(observe: { respondent, _ in
                       if let reason = respondent.incomplete {
                           incomplete.append(LeftOutRow(file: respondent.file, row: respondent.row, respondentID: respondent.id, reason: .incomplete(reason)))
                       }
                   },
                   statistics: counting, report: report)
        let summary = run.summary
        let location = SourceLocation(file: responsePaths.first ?? "")
        let wording = AnalysisWording.forLanguage(language)
        if let missing = settings.grouping?.missingColumn(in: summary.metadataNames, location: location, wording: wording) { return Checked(nil, [missing]) }
        if let column = settings.municipalityColumn,
           let missing = MunicipalityStatistics.missingColumn(column, in: summary.metadataNames, location: location, wording: wording) {
            return Checked(nil, [missing])
        }
        var notes: [Diagnostic] = []
        if summary.incompleteCount > 0 {
            notes.append(.note(location, MessageStrings.forLanguage(language).incompleteLeftOut(summary.incompleteCount, .counted)))
        }
        let grouping = settings.grouping
        let statistics = (run.takeStatistics() ?? counting.empty).finish(text: summary.text, order: { grouping?.precedes($0, $1) ?? $0.lexicographicallyPrecedes($1) })
        guard statistics.respondentCount > 0 else {
            return Checked(nil, notes + [.error(location, RunWording.forLanguage(language).nothingToDescribe)])
        }
        let leftOut = LeftOutRow.ordered(excluded: summary.excluded, incomplete: incomplete, files: responsePaths)
        return Checked(StatisticsResult(summary: summary, statistics: statistics, grouping: grouping, leftOut: leftOut), notes)
    }

    /// Writes the statistics' files in the formats, in the language of `strings`.
    package static func write(_ result: StatisticsResult, formats: [StatisticsFormat], strings: ReportStrings, output: ReportOutput) throws {
        for format in formats {
            switch format {
            case .markdown:
                let words = StatisticsStrings.forLanguage(strings.languageCode)
                try output.write(MarkdownDocumentWriter.write(StatisticsDocument().blocks(result, strings: strings, words: words)), to: StatisticsDocument.file)
            case .csv:
                for file in StatisticsCSVRenderer().render(result) { try output.write(file.contents, to: file.name) }
            case .json:
                try output.write(StatisticsJSONRenderer().render(result), to: StatisticsJSONRenderer.file)
            }
        }
    }
}
