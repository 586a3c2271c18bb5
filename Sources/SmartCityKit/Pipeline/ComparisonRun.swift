/// The formats `smartcity compare --format` writes.
package enum ComparisonFormat: String, Sendable, CaseIterable {
    case markdown, csv, json, svg, html, xlsx
}

/// An earlier wave to compare: its label, its responses files, and the questionnaire it was
/// answered on when that is not the current one (an earlier version).
package struct WaveSource: Sendable {
    package var label: String
    var paths: [String]
    package var questionnaire: Questionnaire?
    package var questionnaireFile: SourceFile?

    package init(label: String, paths: [String], questionnaire: Questionnaire? = nil, questionnaireFile: SourceFile? = nil) {
        self.label = label
        self.paths = paths
        self.questionnaire = questionnaire
        self.questionnaireFile = questionnaireFile
    }
}

/// Scores responses files once and compares the ranked municipalities (`smartcity compare`):
/// the scoring run's exact scores become `ComparedRespondent`s, which `Comparison` ranks and groups.
package enum ComparisonRun {
    /// What to compare and how.
    package struct Settings: Sendable {
        /// Ids of the municipalities shown side by side; nil for all.
        package var selection: [String]?
        package var grouping: PeerGrouping?
        /// Groups smaller than this get no group statistics (anonymity).
        package var minimumGroupSize = 5
        package var rankOrder = RankOrder.score
        /// Earlier waves, oldest first. The files given to `compare` are the current wave,
        /// labelled `currentWave`.
        package var earlierWaves: [WaveSource] = []
        package var currentWave: String?
        package var scoring = ScoringRun.Settings()

        package init() {}
    }

    /// Scores the files and compares the result; diagnostics of reading go to `report` as they
    /// are found, problems with the selection or grouping come back with the (missing) comparison.
    package static func compare(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, settings: Settings, report: ([Diagnostic]) -> Void
    ) -> Checked<Comparison> {
        var scoring = settings.scoring
        scoring.needsDigests = true
        /// Scores files once with a questionnaire and keeps their ranked municipalities.
        func scored(_ paths: [String], with questionnaire: Questionnaire, file: SourceFile, isCurrent: Bool)
            -> Swift.Result<(summary: CohortSummary, respondents: [ComparedRespondent]), Diagnostic> {
            let run = ScoringRun.score(questionnaire: questionnaire, questionnaireFile: file, responsePaths: paths,
                                       language: language, options: options, settings: scoring, report: report)
            return collect(run, keepsMetadata: isCurrent, scratch: settings.scoring.temporaryFolder).map { (run.summary, $0) }
        }
        var notes: [Diagnostic] = []
        var earlierWaves: [WaveComparison.Wave] = []
        for wave in settings.earlierWaves {
            let waveQuestionnaire = wave.questionnaire ?? questionnaire, waveFile = wave.questionnaireFile ?? questionnaireFile
            let location = SourceLocation(file: waveFile.path)
            let order: [Int]
            switch WaveComparison.dimensionOrder(of: waveQuestionnaire, matching: questionnaire) {
            case .success(let positions): order = positions
            case .failure(let difference):
                return .failure(.error(location, "the questionnaire of wave \(wave.label) has other dimensions than the current one (\(difference)); "
                    + "waves can only be compared on the same dimensions: score each wave with a questionnaire of the same dimension set"))
            }
            if waveFile.sha256 != questionnaireFile.sha256 {
                notes.append(.warning(location, "wave \(wave.label) was answered on \(waveQuestionnaire.id) \(waveQuestionnaire.version) "
                    + "(SHA-256 \(waveFile.sha256.prefix(12))…), the current wave on \(questionnaire.id) \(questionnaire.version) "
                    + "(SHA-256 \(questionnaireFile.sha256.prefix(12))…); questions or weights may differ, so part of a change can come from "
                    + "the questionnaire: compare the two versions before reading the changes"))
            }
            switch scored(wave.paths, with: waveQuestionnaire, file: waveFile, isCurrent: false) {
            case .success(let earlier):
                let respondents = earlier.respondents.map { respondent in
                    var reordered = respondent
                    reordered.dimensionScores = order.map { respondent.dimensionScores[$0] }
                    return reordered
                }
                earlierWaves.append(WaveComparison.Wave(label: wave.label, respondents: respondents, files: earlier.summary.responseFiles,
                                                        questionnaire: "\(waveQuestionnaire.id) \(waveQuestionnaire.version)",
                                                        questionnaireFile: waveFile))
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        let summary: CohortSummary, respondents: [ComparedRespondent]
        switch scored(responsePaths, with: questionnaire, file: questionnaireFile, isCurrent: true) {
        case .success(let current): (summary, respondents) = current
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let location = SourceLocation(file: responsePaths.first ?? "")
        if summary.incompleteCount > 0 {
            notes.append(.note(location,
                               "\(summary.incompleteCount) incomplete \(summary.incompleteCount == 1 ? "response is" : "responses are") not compared; --include-incomplete takes them in"))
        }
        if let missing = settings.grouping?.missingColumn(in: summary.metadataNames, location: location) { return Checked(nil, notes + [missing]) }
        var selected: [Int]?
        if let selection = settings.selection {
            var positions: [Int] = []
            let ids = respondents.map(\.id)
            for id in selection {
                guard let position = ids.firstIndex(of: id) else {
                    let hint = SchemaReader.closest(to: id, in: ids).map { "; did you mean \"\($0)\"?" } ?? ""
                    return Checked(nil, notes + [.error(location, "no ranked municipality has the id \"\(id)\" given to --select\(hint)")])
                }
                if !positions.contains(position) { positions.append(position) }
            }
            selected = positions
        }
        guard !respondents.isEmpty else { return Checked(nil, notes + [.error(location, "no municipality could be scored and ranked; nothing to compare")]) }
        var comparison = Comparison(summary: summary, respondents: respondents, selected: selected, grouping: settings.grouping,
                                    minimumGroupSize: settings.minimumGroupSize, earlierWaves: earlierWaves, currentWave: settings.currentWave)
        comparison.rankOrder = settings.rankOrder
        return Checked(comparison, notes)
    }

    /// The ranked municipalities of a scoring run, in input order (incomplete responses are not
    /// compared): only what the comparison shows of each, read from the spill without the item
    /// details; without the metadata when `keepsMetadata` is off (an earlier wave's: not shown).
    private static func collect(_ run: ScoringRun.Result, keepsMetadata: Bool, scratch: String) -> Swift.Result<[ComparedRespondent], Diagnostic> {
        var respondents: [ComparedRespondent] = []
        respondents.reserveCapacity(run.summary.rankedCount)
        do {
            try run.forEachBatch(namingFiles: false, details: false) { batch in
                for ranked in batch where ranked.respondent.incomplete == nil {
                    let score = ranked.respondent.score
                    respondents.append(ComparedRespondent(
                        id: ranked.respondent.id, name: ranked.name, metadata: keepsMetadata ? ranked.respondent.metadata : [],
                        dimensionScores: score.dimensions.map(\.exactScore), total: score.exactTotal, bandID: score.bandID))
                }
            }
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(.error(SourceLocation(file: scratch), "\(error)"))
        }
        return .success(respondents)
    }

    /// What the run's summary line says when the municipalities got no radar chart of their own
    /// (more than `Comparison.radarLimit` and no `--select`), with how to get them; nil otherwise.
    package static func omittedChartsNote(_ comparison: Comparison, formats: [ComparisonFormat]) -> String? {
        guard comparison.radarsOmitted, formats.contains(.svg) || formats.contains(.html) else { return nil }
        return "no radar chart per municipality for more than \(Comparison.radarLimit) municipalities; "
            + "--select ID,ID,... draws one for each municipality named"
    }

    /// Writes the comparison's files in the formats, in the language of `strings`.
    package static func write(_ comparison: Comparison, formats: [ComparisonFormat], strings: ReportStrings, output: ReportOutput) throws {
        let words = ComparisonStrings.forLanguage(strings.languageCode)
        let charts = formats.contains(.svg) || formats.contains(.html) ? ComparisonChartRenderer().render(comparison, strings: strings, words: words) : []
        let linked = formats.contains(.svg) ? charts.map(\.path) : []
        for format in formats {
            switch format {
            case .markdown:
                let blocks = ComparisonDocument().blocks(comparison, strings: strings, words: words, charts: linked)
                try output.write(MarkdownDocumentWriter.write(blocks), to: ComparisonDocument.markdownFile)
            case .html:
                let blocks = ComparisonDocument().blocks(comparison, strings: strings, words: words, charts: charts.map(\.path))
                let svg = Dictionary(charts.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
                try output.write(HTMLDocumentWriter.write(blocks, language: strings.languageCode, charts: svg), to: ComparisonDocument.htmlFile)
            case .svg:
                for chart in charts { try output.write(chart.contents, to: chart.path) }
            case .csv:
                try ComparisonCSVRenderer().write(comparison, to: output)
            case .json:
                try ComparisonJSONRenderer().write(comparison, to: output)
            case .xlsx:
                try output.write(bytes: ComparisonWorkbook(comparison: comparison, strings: strings, words: words).bytes(), to: ComparisonWorkbook.file)
            }
        }
    }
}
