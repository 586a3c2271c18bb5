import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity compare QUESTIONNAIRE RESPONSES... [--select IDS] [--group-by COLUMN] [--bins COLUMN=EDGES] [--out DIR]`
enum CompareCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "Responses files (CSV, JSON or .xlsx), one row per municipality (or give --wave).", arity: .zeroOrMore)
    static let select = ValueOption<String>("select", valueName: "ids", help: "Comma-separated ids of the municipalities shown side by side (default: all).")
    static let minimumGroup = DefaultedOption<Int>("min-group", valueName: "n", default: 5, validation: .atLeast(1),
                                                   help: "The smallest group that gets group statistics.")
    static let rankBy = DefaultedOption<RankOrder>("rank-by", valueName: "order", default: .score,
                                          help: "Order the rank tables by total score or by the sum of the dimension ranks (rank-sum).")
    static let wave = ValueOption<String>(
        "wave", valueName: "label=file",
        help: "A wave (survey round) and its responses file, oldest first, given two or more times; the last is compared side by side (repeatable).")
    static let waveQuestionnaire = ValueOption<String>(
        "wave-questionnaire", valueName: "label=file",
        help: "The questionnaire an earlier wave was answered on, when it is another version than the current one (repeatable).")
    static let format = ListOption<ComparisonFormat>(
        "format", default: [.markdown, .csv, .json, .svg, .html],
        help: "Comma-separated report formats: markdown, csv, json, svg (charts in charts/), html (one self-contained page), xlsx (comparison.xlsx).")

    static let commandName = "compare"
    static let abstract = "Compare municipalities side by side: ranks, percentiles, rank sums and peer groups."
    static let discussion: String? = """
            Scores the responses and writes comparison.md, comparison.csv (one row per municipality and
            measure), ranks.csv, comparison.json, comparison.html (one page, charts inline), council.html (a
            one-page summary for a council meeting, printing on one A4 page), SVG charts in charts/ (ranking,
            heat map, type distribution, strips per dimension, a radar per selected municipality - without
            --select, per municipality up to 50 -, change between waves) and, with --group-by or --bins,
            groups.csv into the output folder (default: Reports/<questionnaire-id>/compare/). Ranks are
            competition ranks on the exact scores (ties share a rank); the rank sum adds each municipality's
            dimension ranks, lowest first. Groups smaller than --min-group get no group statistics. With
            --wave LABEL=FILE given two or more times (instead of responses files), municipalities are matched
            by id and waves.csv holds each one's change since the previous wave; an earlier wave answered on
            another version of the questionnaire is scored with that version (--wave-questionnaire LABEL=FILE),
            with a warning, and must have the same dimensions. Existing files are kept unless --force is given.
            Exit status: 0 success, 1 invalid input, 64 usage error.
            """

    /// What `compare` reads from the command line.
    struct Arguments: CommandArguments {
        typealias Declared = ReportRunDeclared<Own>

        /// What `compare` declares of its own.
        enum Own: ReportCommandDeclarations {
            struct Analysis: Declarations {
                let responses = CompareCommand.responses
                let select = CompareCommand.select
                let grouping = GroupingOptions.Declared()
                let municipality = MunicipalityOptions.Declared()
                let minimumGroup = CompareCommand.minimumGroup
                let rankBy = CompareCommand.rankBy
                let wave = CompareCommand.wave
                let waveQuestionnaire = CompareCommand.waveQuestionnaire
            }

            static var format: ListOption<ComparisonFormat> { CompareCommand.format }
        }

        var run: ReportRunOptions
        var municipality: MunicipalityOptions
        var formats: [ComparisonFormat]
        var settings = ComparisonRun.Settings()
        var responsePaths: [String]
        var waves: [String]
        var waveQuestionnaires: [String]
        var color: ColorMode { run.color }

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            run = try ReportRunOptions(arguments)
            formats = try arguments.values(\.format)
            settings.selection = try arguments.value(\.analysis.select).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            settings.minimumGroupSize = try arguments.value(\.analysis.minimumGroup)
            settings.rankOrder = try arguments.value(\.analysis.rankBy)
            settings.grouping = try arguments.group(\.analysis.grouping, as: GroupingOptions.self).grouping
            municipality = try arguments.group(\.analysis.municipality)
            settings.municipalityColumn = municipality.column
            responsePaths = arguments.values(\.analysis.responses)
            waves = try arguments.values(\.analysis.wave)
            waveQuestionnaires = try arguments.values(\.analysis.waveQuestionnaire)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (formats, strict) = (arguments.formats, arguments.run.strict)
        var settings = arguments.settings
        var responsePaths = arguments.responsePaths
        let waves = try parseWaves(arguments.waves)
        if !waves.isEmpty {
            guard responsePaths.isEmpty else {
                throw UsageError(CommandProblem.filesAndWaves, commandName: commandName)
            }
            guard waves.count >= 2 else {
                throw UsageError(CommandProblem.tooFewWaves, commandName: commandName)
            }
            responsePaths = waves[waves.count - 1].paths
            settings.earlierWaves = waves.dropLast().map { WaveSource(label: $0.label, paths: $0.paths) }
            settings.currentWave = waves[waves.count - 1].label
        }
        let waveQuestionnaires = try parseWaveQuestionnaires(arguments.waveQuestionnaires, earlier: settings.earlierWaves.map(\.label),
                                                             current: settings.currentWave)
        guard !responsePaths.isEmpty else {
            throw UsageError(CommandProblem.noResponses, commandName: commandName)
        }
        guard let setup = try ReportRunSetup.prepare(arguments.municipality.keepingColumn(arguments.run), inputs: responsePaths + waves.flatMap(\.paths) + waveQuestionnaires.map(\.path), reportSet: .comparison,
                                                     defaultFolder: { "Reports/\($0)/compare" }, commandName: commandName, console: console)
        else { return .invalidInput }
        let (output, folder, language) = (setup.output, setup.folder, setup.language)
        var waveQuestionnairesFailed = false
        for (label, path) in waveQuestionnaires {
            let loaded = QuestionnaireLoader.load(path: path, wording: .forLanguage(language.code))
            console.report(loaded.diagnostics)
            waveQuestionnairesFailed = waveQuestionnairesFailed || loaded.diagnostics.isFailure(strict: strict)
            guard let questionnaire = loaded.questionnaire, let index = settings.earlierWaves.firstIndex(where: { $0.label == label }) else {
                output.discard()
                return .invalidInput
            }
            settings.earlierWaves[index].questionnaire = questionnaire
            settings.earlierWaves[index].questionnaireFile = SourceFile(path: path, sha256: loaded.sha256)
        }
        settings.scoring.temporaryFolder = output.stagingFolder
        let rows = RowDiagnostics(console: console, strict: strict)
        let showsProgress = ProgressMeter.isShown(stderrIsTerminal: console.stderrIsTerminal, quiet: arguments.run.quiet)
        var meter = ProgressMeter(strings: ProgressStrings.forLanguage(language.code), started: Console.now)
        let compared = ComparisonRun.compare(
            questionnaire: setup.questionnaire, questionnaireFile: setup.questionnaireFile,
            responsePaths: responsePaths, language: language.code, options: setup.readingOptions, settings: settings,
            progress: showsProgress ? { if let line = meter.reading($0, at: Console.now) { console.progress(line) } } : nil, report: rows.report)
        if showsProgress { console.endProgress() }
        guard let comparison = setup.value(of: compared, console: console) else { return .invalidInput }
        let writing = ComparisonRun.formats(formats, of: comparison)
        console.report(writing.diagnostics)
        let written: ((Int, Int) -> Void)? = showsProgress ? { if let line = meter.writing($0, of: $1, at: Console.now) { console.progress(line) } } : nil
        let committed = setup.commit(console: console) { output in
            try ComparisonRun.write(comparison, formats: writing.value ?? formats, strings: language.strings, output: output, progress: written)
        }
        if showsProgress { console.endProgress() }
        guard committed else { return .invalidInput }
        let failed = rows.failed || waveQuestionnairesFailed || setup.failed(strict: strict) || compared.diagnostics.isFailure(strict: strict)
        let words = language.messages
        let charts = ComparisonRun.omittedChartsNote(comparison, formats: formats, words: words).map { "; \($0)" } ?? ""
        console.out(words.compared(comparison.respondents.count, comparison.grouping == nil ? nil : comparison.groups.count, comparison.waves?.waves.count,
                                   output.writtenCount, folder) + charts + "\n")
        return failed ? .invalidInput : .success
    }

    /// `--wave-questionnaire LABEL=FILE` values: each label must be an earlier wave's, given once.
    static func parseWaveQuestionnaires(_ values: [String], earlier: [String], current: String?) throws(UsageError) -> [(label: String, path: String)] {
        var pairs: [(label: String, path: String)] = []
        for value in values {
            guard let equals = value.firstIndex(of: "="), case let label = value[..<equals].trimmingCharacters(in: .whitespaces), !label.isEmpty,
                  case let path = String(value[value.index(after: equals)...]), !path.isEmpty else {
                throw UsageError(CommandProblem.invalidWaveQuestionnaire(value), commandName: commandName)
            }
            if label == current {
                throw UsageError(CommandProblem.waveIsCurrent(label), commandName: commandName)
            }
            guard earlier.contains(label) else { throw UsageError(CommandProblem.unknownWave(label, earlier: earlier), commandName: commandName) }
            guard !pairs.contains(where: { $0.label == label }) else {
                throw UsageError(CommandProblem.waveQuestionnaireTwice(label), commandName: commandName)
            }
            pairs.append((label, path))
        }
        return pairs
    }

    /// `--wave LABEL=FILE` values, grouped by label in order of first appearance (a label given
    /// twice gets both files).
    static func parseWaves(_ values: [String]) throws(UsageError) -> [(label: String, paths: [String])] {
        var waves: [(label: String, paths: [String])] = []
        for value in values {
            guard let equals = value.firstIndex(of: "="), case let label = value[..<equals].trimmingCharacters(in: .whitespaces), !label.isEmpty,
                  case let path = String(value[value.index(after: equals)...]), !path.isEmpty else {
                throw UsageError(CommandProblem.invalidWave(value), commandName: commandName)
            }
            if let index = waves.firstIndex(where: { $0.label == label }) { waves[index].paths.append(path) } else { waves.append((label, [path])) }
        }
        return waves
    }
}

extension RankOrder: OptionValue, OptionChoice {}
extension ComparisonFormat: OptionValue, OptionChoice {}
