import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity score QUESTIONNAIRE RESPONSES... [--out DIR] [--format LIST] [--lang L] [--force]`
enum ScoreCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "Responses files (CSV, JSON or .xlsx), one row per respondent.", arity: .oneOrMore)
    static let format = ValueOption<String>(
        "format", valueName: "list", defaultValue: "markdown,csv,json",
        help: "Comma-separated report formats: markdown, csv, json, svg (a radar per municipality), html (self-contained pages), items (item-scores.csv), xlsx (scores.xlsx for Excel and Calc).")
    static let minimumGroup = ValueOption<Int>(
        "min-group", valueName: "n", defaultValue: "5",
        help: "The fewest ranked respondents for which each report shows the cohort median and its percentile per dimension.")
    static let rankingLimit = ValueOption<Int>(
        "ranking-limit", valueName: "n", defaultValue: "50",
        help: "The most respondents summary.md ranks: beyond, the top and bottom halves with a line for the rest (scores.csv has all).")
    static let targets = ValueOption<String>(
        "targets", valueName: "file",
        help: "Targets per dimension (JSON: {\"targets\": {\"policy\": {\"band\": \"type-3\"}, \"total\": {\"score\": 60}}}), or target answers (a responses file: each municipality's own): each report shows the gaps and a roadmap.")
    static let previous = ValueOption<String>(
        "previous", valueName: "file", help: "The previous assessment's responses: each report shows what changed since, per dimension and answer (repeatable).")

    static let spec = CommandSpec(
        name: "score",
        abstract: "Score responses and write Markdown, CSV, JSON, SVG and HTML reports.",
        discussion: """
            Writes one Markdown report per respondent (municipalities/<id>.md), summary.md, scores.csv,
            scores-long.csv, scores.json and, when the questionnaire has descriptive questions, descriptive.csv
            into the output folder (default: Reports/<questionnaire-id>/). With --format svg each report links
            a radar chart (municipalities/<id>.svg); with html, summary.html and municipalities/<id>.html are
            self-contained pages (radar and style inline, no scripts) that print to A4; with items, item-scores.csv
            has one row per respondent and scored question (answer as read, its decoded code, item score 0-100, status); with xlsx,
            scores.xlsx holds the wide and long scores and the summary tables.
            Existing files are kept unless --force is given. Rows with errors are reported; the reports list
            the rows left out. Exit status: 0 success, 1 invalid input (reports are still written for the
            rows that could be scored), 64 usage error.
            """,
        positionals: [CommonArguments.questionnaire, responses],
        options: [CommonArguments.out, format, SharedOptions.language, minimumGroup, rankingLimit, targets, previous, CommonArguments.forceReports]
            + ResponseOptions.reading + ResponseOptions.scoring + [SharedOptions.strict, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = try SharedOptions(arguments, console: console)
        try OutputPathCheck.requireNonBlank(arguments, CommonArguments.out, commandName: spec.name)
        let formats: [OutputFormat] = try parseFormats(arguments.value(format) ?? "", commandName: spec.name)
        let contextMinimum = try minimumGroupSize(arguments, minimumGroup)
        let rankingLimit = try arguments.value(Self.rankingLimit) ?? 50
        guard rankingLimit >= 2 else {
            throw UsageError("The value '\(rankingLimit)' is invalid for '--ranking-limit <n>'; give a whole number, 2 or more.", commandName: spec.name)
        }
        let responsePaths = arguments.values(responses)
        let previousPaths = try arguments.values(previous)
        let targetPath = try arguments.value(targets)
        guard let setup = try ReportRunSetup.prepare(arguments, shared: shared, inputs: responsePaths + previousPaths + (targetPath.map { [$0] } ?? []), reportSet: .scores,
                                                     defaultFolder: { "Reports/\($0)" }, commandName: spec.name, console: console)
        else { return .invalidInput }
        let (questionnaire, output, folder, language) = (setup.questionnaire, setup.output, setup.folder, setup.language)
        let progress: ScoringRun.Progress? = console.stderrIsTerminal ? { file, rows in console.err("\r\(TerminalText.escaped(file)): \(rows) rows read") } : nil
        let rows = RowDiagnostics(console: console, strict: shared.strict)
        /// Other responses files scored by id (target answers, previous assessments); nil after reporting errors.
        func scoredByID(_ paths: [String], keepsAnswers: Bool) -> AssessmentsByID? {
            guard !paths.isEmpty else { return AssessmentsByID() }
            return setup.value(of: AssessmentsByID.score(questionnaire: questionnaire, questionnaireFile: setup.questionnaireFile, paths: paths,
                                                         language: language.code, options: setup.readingOptions,
                                                         temporaryFolder: output.stagingFolder, keepsAnswers: keepsAnswers, report: rows.report), console: console)
        }
        var targets: Targets?
        if let targetPath, targetPath.lowercased().hasSuffix(".json") {
            guard let value = setup.value(of: TargetsLoader.load(path: targetPath, questionnaire: questionnaire), console: console) else { return .invalidInput }
            targets = value
        }
        guard let targetAnswers = scoredByID(targets == nil ? targetPath.map { [$0] } ?? [] : [], keepsAnswers: false),
              let previous = scoredByID(previousPaths, keepsAnswers: true) else { return .invalidInput }
        var settings = ScoringRun.Settings()
        settings.contextMinimum = contextMinimum
        settings.rankingLimit = rankingLimit
        settings.needsDigests = formats.contains(where: \.showsDetails)
        settings.keepsAnswers = formats.contains(where: \.usesAnswers)
        settings.keepsAnswerTexts = formats.contains(where: \.usesAnswerTexts)
        settings.temporaryFolder = output.stagingFolder
        let run = ScoringRun.score(
            questionnaire: questionnaire, questionnaireFile: setup.questionnaireFile,
            responsePaths: responsePaths, language: language.code,
            options: setup.readingOptions, settings: settings, progress: progress, report: rows.report)
        if progress != nil { console.err("\r\u{1B}[K") }
        console.reportSuppressed()
        let failed = rows.failed || setup.failed(strict: shared.strict)
        let summary = run.summary
        guard !summary.responseFiles.isEmpty else {
            output.discard()
            return .invalidInput
        }
        guard setup.commit(console: console, { try ReportGeneration.render(run, formats: formats, strings: language.strings, output: $0, previous: previous, targets: targets, targetAnswers: targetAnswers) })
        else { return .invalidInput }
        let left = summary.excluded.count
        console.out(
            "Scored \(summary.respondentCount) \(summary.respondentCount == 1 ? "respondent" : "respondents")"
                + (left > 0 ? " (\(left) \(left == 1 ? "row" : "rows") left out)" : "")
                + "; wrote \(output.writtenCount) files to \(folder)/\n")
        return failed ? .invalidInput : .success
    }

    /// A failure to write the reports, located at the file that could not be written.
    static func diagnostic(for error: any Error, folder: String) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        if let failure = error as? DiagnosticConvertible {
            var diagnostic = failure.diagnostic
            diagnostic.message += "; no report was changed"
            return diagnostic
        }
        return .error(SourceLocation(file: folder), "reports cannot be written: \(error.localizedDescription); no report was changed")
    }

    /// `--min-group`: a whole number, 1 or more.
    static func minimumGroupSize(_ arguments: ParsedArguments, _ option: ValueOption<Int>) throws(UsageError) -> Int {
        let minimum = try arguments.value(option) ?? 5
        guard minimum >= 1 else {
            throw UsageError("The value '\(minimum)' is invalid for '--min-group <n>'; give a whole number, 1 or more.", commandName: arguments.commandName)
        }
        return minimum
    }

    /// The formats of a comma-separated `--format` list.
    static func parseFormats<Format: RawRepresentable & CaseIterable & Equatable>(_ list: String, commandName: String) throws(UsageError) -> [Format]
        where Format.RawValue == String {
        var formats: [Format] = []
        for name in list.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let format = Format(rawValue: name) else {
                throw UsageError("Unknown format '\(name)'. Choose from: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", commandName: commandName)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw UsageError("Name at least one format with --format.", commandName: commandName) }
        return formats
    }
}
