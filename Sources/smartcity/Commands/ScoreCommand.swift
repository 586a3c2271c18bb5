import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity score QUESTIONNAIRE RESPONSES... [--out DIR] [--format LIST] [--lang L] [--force]`
enum ScoreCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "Responses files (CSV, JSON or .xlsx), one row per respondent.", arity: .oneOrMore)
    static let format = ListOption<OutputFormat>(
        "format", default: [.markdown, .csv, .json],
        help: "Comma-separated report formats: markdown, csv, json, svg (a radar per municipality), html (self-contained pages), items (item-scores.csv), xlsx (scores.xlsx for Excel and Calc).")
    static let minimumGroup = DefaultedOption<Int>(
        "min-group", valueName: "n", default: 5, validation: .atLeast(1),
        help: "The fewest ranked respondents for which each report shows the cohort median and its percentile per dimension.")
    static let rankingLimit = DefaultedOption<Int>(
        "ranking-limit", valueName: "n", default: 50, validation: .atLeast(2),
        help: "The most respondents summary.md ranks: beyond, the top and bottom halves with a line for the rest (scores.csv has all).")
    static let targets = ValueOption<String>(
        "targets", valueName: "file",
        help: "Targets per dimension (JSON: {\"targets\": {\"policy\": {\"band\": \"type-3\"}, \"total\": {\"score\": 60}}}), or target answers (a responses file: each municipality's own): each report shows the gaps and a roadmap.")
    static let previous = ValueOption<String>(
        "previous", valueName: "file", help: "The previous assessment's responses: each report shows what changed since, per dimension and answer (repeatable).")

    static let commandName = "score"
    static let abstract = "Score responses and write Markdown, CSV, JSON, SVG and HTML reports."
    static let discussion: String? = """
            Writes one Markdown report per respondent (municipalities/<id>.md), summary.md, scores.csv,
            scores-long.csv, scores.json and, when the questionnaire has descriptive questions, descriptive.csv
            into the output folder (default: Reports/<questionnaire-id>/). With --format svg each report links
            a radar chart (municipalities/<id>.svg); with html, summary.html, municipalities/<id>.html and the
            one-page council summary municipalities/<id>.council.html are self-contained pages (radar and style
            inline, no scripts) that print to A4; with items, item-scores.csv has one row per respondent and scored
            question (answer as read, its decoded code, item score 0-100, status); with xlsx, scores.xlsx holds
            the wide and long scores and the summary tables. With --municipality-column COLUMN
            (several respondents per municipality) every report is a municipality's, scored as the exact mean of
            its complete respondents' scores; agreement.csv and municipalities.csv give their agreement (ICC) and
            spread, and respondents/ the respondents' own scores.csv, scores-long.csv and item-scores.csv.
            Existing files are kept unless --force is given. Rows with errors are reported; the reports list
            the rows left out. Exit status: 0 success, 1 invalid input (reports are still written for the
            rows that could be scored), 64 usage error.
            """

    /// What `score` reads from the command line.
    struct Arguments: CommandArguments {
        typealias Declared = ReportRunDeclared<Own>

        /// What `score` declares of its own.
        enum Own: ReportCommandDeclarations {
            struct Analysis: Declarations {
                let responses = ScoreCommand.responses
            }

            struct AfterLanguage: Declarations {
                let minimumGroup = ScoreCommand.minimumGroup
                let rankingLimit = ScoreCommand.rankingLimit
                let targets = ScoreCommand.targets
                let previous = ScoreCommand.previous
            }

            struct AfterScoring: Declarations {
                let municipality = MunicipalityOptions.Declared()
            }

            static var format: ListOption<OutputFormat> { ScoreCommand.format }
        }

        var run: ReportRunOptions
        var responsePaths: [String]
        var formats: [OutputFormat]
        var contextMinimum: Int
        var rankingLimit: Int
        var previousPaths: [String]
        var targetPath: String?
        var municipality: MunicipalityOptions
        var color: ColorMode { run.color }

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            run = try ReportRunOptions(arguments)
            formats = try arguments.values(\.format)
            contextMinimum = try arguments.value(\.afterLanguage.minimumGroup)
            rankingLimit = try arguments.value(\.afterLanguage.rankingLimit)
            responsePaths = arguments.values(\.analysis.responses)
            previousPaths = try arguments.values(\.afterLanguage.previous)
            targetPath = try arguments.value(\.afterLanguage.targets)
            municipality = try arguments.group(\.afterScoring.municipality)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (formats, responsePaths, previousPaths, targetPath) = (arguments.formats, arguments.responsePaths, arguments.previousPaths, arguments.targetPath)
        guard let setup = try ReportRunSetup.prepare(arguments.municipality.keepingColumn(arguments.run), inputs: responsePaths + previousPaths + (targetPath.map { [$0] } ?? []), reportSet: .scores,
                                                     defaultFolder: { "Reports/\($0)" }, commandName: commandName, console: console)
        else { return .invalidInput }
        let (questionnaire, output, folder, language) = (setup.questionnaire, setup.output, setup.folder, setup.language)
        let showsProgress = ProgressMeter.isShown(stderrIsTerminal: console.stderrIsTerminal, quiet: arguments.run.quiet)
        var meter = ProgressMeter(strings: ProgressStrings.forLanguage(language.code), started: Console.now)
        let progress: ScoringRun.Progress? = showsProgress ? { if let line = meter.reading($0, at: Console.now) { console.progress(line) } } : nil
        let rows = RowDiagnostics(console: console, strict: arguments.run.strict)
        var targets: Targets?
        if let targetPath, targetPath.lowercased().hasSuffix(".json") {
            guard let value = setup.value(of: TargetsLoader.load(path: targetPath, questionnaire: questionnaire, wording: .forLanguage(language.code)), console: console) else { return .invalidInput }
            targets = value
        }
        // Other formats show nothing of them: the files are then only read for their diagnostics.
        let showsEarlier = formats.contains(where: \.showsEarlierAssessments)
        let targetAnswers = setup.scoredByID(targets == nil ? targetPath.map { [$0] } ?? [] : [], keeping: showsEarlier ? .scores : .nothing,
                                             report: rows.report, console: console)
        let previous = setup.scoredByID(previousPaths, keeping: showsEarlier ? .scoresAndAnswers : .nothing, report: rows.report, console: console)
        var settings = ScoringRun.Settings()
        settings.contextMinimum = arguments.contextMinimum
        settings.rankingLimit = arguments.rankingLimit
        settings.needsDigests = formats.contains(where: \.showsDetails)
        settings.keepsAnswers = formats.contains(where: \.usesAnswers)
        settings.keepsAnswerTexts = formats.contains(where: \.usesAnswerTexts)
        settings.temporaryFolder = output.stagingFolder
        settings.onlyScoresCSV = Set(formats) == [.csv] && arguments.municipality.column == nil
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: setup.questionnaireFile, responsePaths: responsePaths,
            language: language.code, options: setup.readingOptions, settings: settings)
            // scores-long.csv needs no rank: written as the responses are scored (not for municipalities' reports).
            .score(progress: progress, longScoresTo: formats.contains(.csv) && arguments.municipality.column == nil ? output : nil, report: rows.report)
        if showsProgress { console.endProgress() }
        console.reportSuppressed(language.messages)
        let failed = rows.failed || setup.failed(strict: arguments.run.strict)
        let summary = run.summary
        guard !summary.responseFiles.isEmpty else {
            output.discard()
            return .invalidInput
        }
        console.report(ReportGeneration.formats(formats, for: summary).diagnostics)
        // With several respondents per municipality, the reports are the municipalities'.
        var municipalities: ScoringRun.Result?
        if let column = arguments.municipality.column {
            guard let grouped = setup.value(of: MunicipalityRun.group(run, column: column, settings: settings), console: console) else { return .invalidInput }
            municipalities = grouped
        }
        let written: ((Int, Int) -> Void)? = showsProgress ? { if let line = meter.writing($0, of: $1, at: Console.now) { console.progress(line) } } : nil
        let committed = setup.commit(console: console) { output in
            if let municipalities {
                try ReportGeneration.render(municipalities: municipalities, respondents: run, formats: formats, strings: language.strings, output: output,
                                            previous: previous, targets: targets, targetAnswers: targetAnswers, written: written)
            } else {
                try ReportGeneration.render(run, formats: formats, strings: language.strings, output: output, previous: previous, targets: targets,
                                            targetAnswers: targetAnswers, written: written)
            }
        }
        if showsProgress { console.endProgress() }
        guard committed else { return .invalidInput }
        let left = summary.excluded.count
        console.out(language.messages.scored(summary.respondentCount, municipalities?.summary.respondentCount, left, output.writtenCount, folder) + "\n")
        return failed ? .invalidInput : .success
    }
}

extension OutputFormat: OptionValue, OptionChoice {}
