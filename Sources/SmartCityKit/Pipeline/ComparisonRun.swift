import Foundation

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
        /// The metadata column naming each respondent's municipality, when several respondents
        /// answer for one (`--municipality-column`): municipalities are compared on their means.
        package var municipalityColumn: String?
        package var scoring = ScoringRun.Settings()

        package init() {}
    }

    /// Scores the files and compares the result; diagnostics of reading go to `report` as they
    /// are found, problems with the selection or grouping come back with the (missing) comparison.
    /// `progress` hears how far reading each file (of every wave) has got.
    package static func compare(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, settings: Settings, progress: ScoringRun.Progress? = nil, report: ([Diagnostic]) -> Void
    ) -> Checked<Comparison> {
        var notes: [Diagnostic] = []
        let earlierWaves: [WaveComparison.Wave], current: Scored
        do throws(SmartCityError) {
            earlierWaves = try settings.earlierWaves.map { wave throws(SmartCityError) in
                try earlier(wave, current: questionnaire, file: questionnaireFile, language: language, options: options, settings: settings,
                            progress: progress, notes: &notes, report: report)
            }
            current = try scored(responsePaths, with: questionnaire, file: questionnaireFile, isCurrent: true, language: language, options: options,
                                 settings: settings, progress: progress, report: report)
        } catch {
            return Checked(error)
        }
        let (summary, respondents, means) = (current.summary, current.respondents, current.means)
        let location = SourceLocation(file: responsePaths.first ?? "")
        if summary.incompleteCount > 0 {
            notes.append(.note(location, MessageStrings.forLanguage(language).incompleteLeftOut(summary.incompleteCount, .compared)))
        }
        let (words, analysis) = (RunWording.forLanguage(language), AnalysisWording.forLanguage(language))
        if let missing = settings.grouping?.missingColumn(in: summary.metadataNames, location: location, wording: analysis) { return Checked(nil, notes + [missing]) }
        var selected: [Int]?
        if let selection = settings.selection {
            var positions: [Int] = []
            let ids = respondents.indices.map { respondents.id(of: $0) }
            for id in selection {
                guard let position = ids.firstIndex(of: id) else {
                    return Checked(nil, notes + [.error(location, words.notRanked(id, SchemaReader.closest(to: id, in: ids)))])
                }
                if !positions.contains(position) { positions.append(position) }
            }
            selected = positions
        }
        guard !respondents.isEmpty else { return Checked(nil, notes + [.error(location, words.nothingToCompare)]) }
        var comparison = Comparison(summary: summary, cohort: respondents, selected: selected, grouping: settings.grouping,
                                    minimumGroupSize: settings.minimumGroupSize, earlierWaves: earlierWaves, currentWave: settings.currentWave)
        comparison.rankOrder = settings.rankOrder
        comparison.municipalityMeans = means
        if let warning = means?.withoutMunicipalityWarning(at: location, leftOutOf: .comparison, wording: analysis) { notes.append(warning) }
        return Checked(comparison, notes)
    }

    /// A wave scored: its summary, its ranked municipalities, the basis of a reliable change since
    /// it (per measure, aligned with `Comparison.measures`; empty for the current wave), and with
    /// `--municipality-column` how the municipalities' means were made.
    private struct Scored {
        var summary: CohortSummary
        var respondents: ComparedCohort
        var reliability: [ReliableChange.Basis]
        var means: MunicipalityMeans?
    }

    /// An earlier wave scored with its questionnaire, its dimensions put in the current order;
    /// a note in `notes` when it was answered on another version of the questionnaire.
    private static func earlier(
        _ wave: WaveSource, current questionnaire: Questionnaire, file questionnaireFile: SourceFile, language: String, options: ReadingOptions,
        settings: Settings, progress: ScoringRun.Progress?, notes: inout [Diagnostic], report: ([Diagnostic]) -> Void
    ) throws(SmartCityError) -> WaveComparison.Wave {
        let waveQuestionnaire = wave.questionnaire ?? questionnaire, waveFile = wave.questionnaireFile ?? questionnaireFile
        let location = SourceLocation(file: waveFile.path)
        let words = RunWording.forLanguage(language)
        let order: [Int]
        switch WaveComparison.dimensionOrder(of: waveQuestionnaire, matching: questionnaire) {
        case .success(let positions): order = positions
        case .failure(let difference):
            throw SmartCityError(.error(location, words.otherDimensions(wave.label, difference.text(.forLanguage(language)))))
        }
        if waveFile.sha256 != questionnaireFile.sha256 {
            notes.append(.warning(location, words.otherVersion(wave.label,
                "\(waveQuestionnaire.id) \(waveQuestionnaire.version) (SHA-256 \(waveFile.sha256.prefix(12))…)",
                "\(questionnaire.id) \(questionnaire.version) (SHA-256 \(questionnaireFile.sha256.prefix(12))…)")))
        }
        let earlier = try scored(wave.paths, with: waveQuestionnaire, file: waveFile, isCurrent: false, language: language, options: options,
                                 settings: settings, progress: progress, report: report)
        // The total's basis first, then the dimensions' in the current order.
        let reliability = earlier.reliability.isEmpty ? [] : [earlier.reliability[0]] + order.map { earlier.reliability[$0 + 1] }
        return WaveComparison.Wave(label: wave.label, cohort: earlier.respondents.reorderingDimensions(order), files: earlier.summary.responseFiles,
                                   questionnaire: "\(waveQuestionnaire.id) \(waveQuestionnaire.version)", questionnaireFile: waveFile,
                                   reliability: reliability)
    }

    /// Scores files once with a questionnaire and keeps their ranked municipalities; of an
    /// earlier wave also what a reliable change since it rests on, counted as `stats` counts its statistics.
    private static func scored(
        _ paths: [String], with questionnaire: Questionnaire, file: SourceFile, isCurrent: Bool, language: String, options: ReadingOptions,
        settings: Settings, progress: ScoringRun.Progress?, report: ([Diagnostic]) -> Void
    ) throws(SmartCityError) -> Scored {
        var scoring = settings.scoring
        scoring.needsDigests = true
        scoring.keepsAnswers = scoring.keepsAnswers || !isCurrent
        let counting = isCurrent ? nil
            : ScoringRun.StatisticsCounting(empty: ResearchStatisticsAccumulator(questionnaire: questionnaire, countsAllItems: true), grouping: nil)
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: file, responsePaths: paths,
            language: language, options: options, settings: scoring)
            .score(progress: progress, statistics: counting, report: report)
        let reliability = run.statistics.map { counted in
            ReliableChange.Basis.measures(of: counted.finish(text: run.summary.text), allItemsAlpha: counted.allItemsAlpha,
                                          dimensionCount: questionnaire.dimensions.count)
        } ?? []
        guard let column = settings.municipalityColumn else {
            let collected = try collect(run, keepsMetadata: isCurrent, municipalityColumn: nil)
            return Scored(summary: run.summary, respondents: collected.respondents, reliability: reliability)
        }
        if let missing = MunicipalityStatistics.missingColumn(column, in: run.summary.metadataNames, location: SourceLocation(file: paths.first ?? ""),
                                                              wording: .forLanguage(language)) {
            throw SmartCityError(missing)
        }
        let collected = try collect(run, keepsMetadata: isCurrent, municipalityColumn: column)
        let means = MunicipalityMeans(column: column, respondents: collected.respondents, labels: collected.labels, bands: questionnaire.bands)
        return Scored(summary: run.summary, respondents: ComparedCohort(means.municipalities), reliability: reliability, means: means)
    }

    /// The ranked municipalities (or respondents) of a scoring run, in input order (incomplete
    /// responses are not compared), as a finished `ComparedCohort`: only what the comparison
    /// shows of each, read from the spill without the item details; without the metadata when
    /// `keepsMetadata` is off (an earlier wave's: not shown, its names kept instead); with each
    /// one's value in `municipalityColumn`, when given.
    private static func collect(_ run: ScoringRun.Result, keepsMetadata: Bool,
                                municipalityColumn: String?) throws(SmartCityError) -> (respondents: ComparedCohort, labels: [String?]) {
        // The comparison ranks the municipalities itself: the run's rank tables are not needed.
        run.dropRankTables()
        let metadataNames = run.summary.metadataNames
        let names: ComparedCohort.Names = keepsMetadata ? run.summary.nameColumn.map(ComparedCohort.Names.metadata) ?? .ids : .kept
        var respondents = ComparedCohort(metadataCount: keepsMetadata ? metadataNames.count : 0,
                                         dimensionCount: run.summary.questionnaire.dimensions.count, names: names,
                                         expectedCount: run.summary.rankedCount)
        var labels: [String?] = []
        try run.forEachBatch(details: false) { batch in
                for ranked in batch where ranked.respondent.incomplete == nil {
                    let score = ranked.respondent.score
                    if let municipalityColumn {
                        labels.append(PeerGrouping.value(of: municipalityColumn, in: ranked.respondent.metadata, metadataNames: metadataNames))
                    }
                    respondents.append(ComparedRespondent(
                        id: ranked.respondent.id, name: ranked.name, metadata: keepsMetadata ? ranked.respondent.metadata : [],
                        dimensionScores: score.dimensions.map(\.exactScore), total: score.exactTotal, bandID: score.bandID))
                }
        }
        respondents.finish()
        return (respondents, labels)
    }

    /// What the run's summary line says when the charts do not draw every municipality (more than
    /// `ComparisonChartRenderer.drawnLimit`): no radar chart per municipality without `--select`,
    /// with how to get them, and what the cohort charts draw instead; nil otherwise.
    package static func omittedChartsNote(_ comparison: Comparison, formats: [ComparisonFormat], words: MessageStrings) -> String? {
        guard formats.contains(.svg) || formats.contains(.html), comparison.respondents.count > ComparisonChartRenderer.drawnLimit else { return nil }
        let drawn = words.largeCohortCharts(ComparisonChartRenderer.drawnLimit / 2, !comparison.radarsOmitted)
        guard comparison.radarsOmitted else { return drawn }
        return words.radarsOmitted(Comparison.radarLimit) + "; " + drawn
    }

    /// The formats to write: with `xlsx`, `csv` too when a sheet of the workbook cannot hold
    /// every row (a warning says so; `rowLimit` is lowered by tests only); with `markdown` or
    /// `html`, `csv` too when their tables list only the first `ComparisonDocument.listedRows`
    /// municipalities (a warning says so, a note when `csv` was asked).
    package static func formats(_ formats: [ComparisonFormat], of comparison: Comparison) -> Checked<[ComparisonFormat]> {
        self.formats(formats, of: comparison, rowLimit: SheetRowLimit())
    }

    /// `formats(_:of:)` with a sheet of `rowLimit` rows and tables of `listedRows` (tests).
    static func formats(_ formats: [ComparisonFormat], of comparison: Comparison, rowLimit: SheetRowLimit,
                        listedRows: Int = ComparisonDocument.listedRows) -> Checked<[ComparisonFormat]> {
        var checked = Checked(formats)
        // A cut sheet lists one row fewer than a full one: its last says where they all are.
        let words = RunWording.forLanguage(comparison.summary.language)
        if rowLimit.cuts(ComparisonWorkbook.largestSheet(of: comparison)) {
            checked = SheetRowLimit.formats(formats, workbook: .xlsx, csv: .csv, workbookFile: ComparisonWorkbook.file,
                                            csvFile: ComparisonCSVRenderer.tidyFile, count: ComparisonWorkbook.largestSheet(of: comparison),
                                            capacity: rowLimit.rows - 2, unit: .rows, wording: .forLanguage(comparison.summary.language))
        }
        let written = checked.value ?? formats
        let documents = [(ComparisonFormat.markdown, ComparisonDocument.markdownFile), (.html, ComparisonDocument.htmlFile)]
            .filter { written.contains($0.0) }.map(\.1)
        let count = comparison.respondents.count
        guard let first = documents.first, count > listedRows else { return checked }
        let cutWaves = (comparison.waves?.changes.count ?? 0) > listedRows
        let files = [ComparisonCSVRenderer.ranksFile] + (cutWaves ? [ComparisonCSVRenderer.wavesFile] : [])
        let location = SourceLocation(file: first)
        guard !written.contains(.csv) else {
            return Checked(written, checked.diagnostics + [.note(location, words.tablesCut(documents, listedRows, count, files, false))])
        }
        return Checked(written + [.csv], checked.diagnostics + [.warning(location, words.tablesCut(documents, listedRows, count, files, true))])
    }

    /// Writes the comparison's files in the formats, in the language of `strings`; `progress`
    /// hears how many of the municipalities' rows are written, of all (a municipality counts once
    /// in each format but SVG).
    package static func write(_ comparison: Comparison, formats: [ComparisonFormat], strings: ReportStrings, output: ReportOutput,
                              progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws {
        let words = ComparisonStrings.forLanguage(strings.languageCode)
        let counted = formats.filter { $0 != .svg }.count, count = comparison.respondents.count
        var done = 0, formatsDone = 0
        let advance: () -> Void = progress.map { progress in { done += 1; progress(done, counted * count) } } ?? {}
        let charts = formats.contains(.svg) || formats.contains(.html) ? ComparisonChartRenderer().render(comparison, strings: strings, words: words) : []
        let linked = formats.contains(.svg) ? charts.map(\.path) : []
        let document = ComparisonDocument()
        for format in formats {
            defer {
                if format != .svg {
                    formatsDone += 1
                    done = formatsDone * count
                    progress?(done, counted * count)
                }
            }
            switch format {
            case .markdown:
                var markdown = MarkdownDocumentWriter.Stream()
                try writeInParts(ComparisonDocument.markdownFile, to: output) { emit in
                    try document.write(comparison, strings: strings, words: words, charts: linked, advance: advance) { try emit(markdown.text(of: $0)) }
                    try emit(markdown.finish())
                }
            case .html:
                // The title and the table of contents come first: a pass over the blocks finds them.
                var outline = HTMLDocumentWriter.Outline()
                document.write(comparison, strings: strings, words: words, charts: charts.map(\.path)) { outline.add($0) }
                let svg = Dictionary(charts.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
                var page = HTMLDocumentWriter.Stream(outline, language: strings.languageCode, charts: svg)
                try writeInParts(ComparisonDocument.htmlFile, to: output) { emit in
                    try emit(page.start())
                    try document.write(comparison, strings: strings, words: words, charts: charts.map(\.path), advance: advance) { try emit(page.text(of: $0)) }
                    try emit(page.finish())
                }
                let council = ComparisonCouncilDocument().blocks(comparison, strings: strings, words: words, charts: charts.map(\.path))
                try output.write(HTMLDocumentWriter.write(council, language: strings.languageCode, charts: svg, extraStyle: CouncilDocument.printStyle),
                                 to: ComparisonCouncilDocument.htmlFile)
            case .svg:
                for chart in charts { try output.write(chart.contents, to: chart.path) }
            case .csv:
                try ComparisonCSVRenderer().write(comparison, to: output, advance: advance)
            case .json:
                try ComparisonJSONRenderer().write(comparison, to: output, advance: advance)
            case .xlsx:
                // Its sheets are staged beside the output's files (or in the system's temporary folder).
                try ComparisonWorkbook(comparison: comparison, strings: strings, words: words)
                    .write(temporaryFolder: (output as? FileReportOutput)?.stagingFolder ?? NSTemporaryDirectory(), advance: advance) {
                        try output.append(bytes: $0, to: ComparisonWorkbook.file)
                    }
            }
        }
    }

    /// Writes a text file in parts of about a megabyte: `body` hands its text on piece by piece.
    private static func writeInParts(_ file: String, to output: ReportOutput, _ body: (_ emit: (String) throws -> Void) throws -> Void) throws {
        var part = ""
        try body { text in
            part += text
            if part.utf8.count >= 1 << 20 {
                try output.append(part, to: file)
                part = ""
            }
        }
        try output.append(part, to: file)
    }
}
