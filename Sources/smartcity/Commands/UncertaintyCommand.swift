import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity uncertainty QUESTIONNAIRE RESPONSES... [--draws N] [--seed S] [--weight-noise P] [--item-weights]
/// [--threshold-noise POINTS] [--methods LIST] [--out DIR] [--format LIST] [--lang L] [--force]`
enum UncertaintyCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "Responses files (CSV, JSON or .xlsx), one row per municipality.", arity: .oneOrMore)
    static let draws = DefaultedOption<Int>("draws", valueName: "n", default: 1000, validation: .atLeast(1), help: "Monte Carlo draws.")
    static let seed = DefaultedOption<UInt64>("seed", valueName: "s", default: 1, help: "The seed: the same seed gives the same numbers, on any number of cores.")
    static let weightNoise = DefaultedOption<Double>(
        "weight-noise", valueName: "p", default: 0.25, validation: .from(0, below: 1),
        help: "Each weight is multiplied by a random factor between 1-P and 1+P, then renormalised.")
    static let itemWeights = Flag("item-weights", help: "Vary each question weight too, not only the dimension weights.")
    static let thresholdNoise = DefaultedOption<Double>(
        "threshold-noise", valueName: "points", default: 0, validation: .from(0, to: 50),
        help: "Move all type boundaries together by a random shift between -POINTS and +POINTS (0: keep them).")
    static let methods = ListOption<UncertaintyMethod>(
        "methods", default: UncertaintyMethod.allCases,
        help: "Comma-separated choices to vary: weights, boundaries, aggregation (arithmetic or geometric mean), coverage (minimum 40, 50 or 60 %), dont-know (missing or lowest answer).")
    static let sensitivitySamples = DefaultedOption<Int>(
        "sensitivity-samples", valueName: "n", default: 1024, validation: .atLeast(0),
        help: "N of the Saltelli design for the sensitivity indices (N x (choices + 2) re-scorings); 0 computes none.")
    static let format = ListOption<UncertaintyFormat>(
        "format", default: UncertaintyFormat.allCases,
        help: "Comma-separated report formats: markdown, csv (uncertainty.csv, sensitivity.csv), json, svg (charts in charts/), html (one self-contained page).")

    static let commandName = "uncertainty"
    static let abstract = "Show how certain each municipality's type and rank are, and which scoring choice drives the changes."
    static let discussion: String? = """
            Scores the responses once, then re-scores every municipality in --draws Monte Carlo draws of the choices a
            reasonable analyst could make differently (--methods): weights multiplied by U(1-P, 1+P) and renormalised,
            type boundaries shifted together by U(-POINTS, +POINTS), arithmetic or geometric mean of the dimensions,
            coverage minimum 40, 50 or 60 %, "don't know" as missing or as the lowest answer. Writes uncertainty.md,
            uncertainty.csv (per municipality the share of draws in each type, rank and total intervals, distance to the
            nearest boundary), sensitivity.csv (first-order and total indices by the Saltelli design with bootstrap
            intervals, for the share of municipalities changing type and the mean absolute rank shift), uncertainty.json,
            uncertainty.html and charts/ into the output folder (default: Reports/<questionnaire-id>/uncertainty/).
            Existing files are kept unless --force is given. Exit status: 0 success, 1 invalid input, 64 usage error.
            """

    /// What `uncertainty` reads from the command line.
    struct Arguments: CommandArguments {
        typealias Declared = ReportRunDeclared<Own>

        /// What `uncertainty` declares of its own.
        enum Own: ReportCommandDeclarations {
            struct Analysis: Declarations {
                let responses = UncertaintyCommand.responses
                let draws = UncertaintyCommand.draws
                let seed = UncertaintyCommand.seed
                let weightNoise = UncertaintyCommand.weightNoise
                let itemWeights = UncertaintyCommand.itemWeights
                let thresholdNoise = UncertaintyCommand.thresholdNoise
                let methods = UncertaintyCommand.methods
                let sensitivitySamples = UncertaintyCommand.sensitivitySamples
            }

            static var format: ListOption<UncertaintyFormat> { UncertaintyCommand.format }
        }

        var run: ReportRunOptions
        var formats: [UncertaintyFormat]
        var settings = UncertaintySettings()
        var responsePaths: [String]
        var color: ColorMode { run.color }

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            run = try ReportRunOptions(arguments)
            formats = try arguments.values(\.format)
            settings.draws = try arguments.value(\.analysis.draws)
            settings.seed = try arguments.value(\.analysis.seed)
            settings.weightNoise = try arguments.value(\.analysis.weightNoise)
            settings.itemWeights = arguments.isSet(\.analysis.itemWeights)
            settings.thresholdNoise = try arguments.value(\.analysis.thresholdNoise)
            settings.methods = Set(try arguments.values(\.analysis.methods))
            settings.sensitivitySamples = try arguments.value(\.analysis.sensitivitySamples)
            responsePaths = arguments.values(\.analysis.responses)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let strict = arguments.run.strict
        guard let setup = try ReportRunSetup.prepare(arguments.run, inputs: arguments.responsePaths, reportSet: .uncertainty,
                                                     defaultFolder: { "Reports/\($0)/uncertainty" }, commandName: commandName, console: console)
        else { return .invalidInput }
        let rows = RowDiagnostics(console: console, strict: strict)
        let progress = WorkProgress.line(shown: ProgressMeter.isShown(stderrIsTerminal: console.stderrIsTerminal, quiet: arguments.run.quiet),
                                         language: setup.language.code, console: console)
        let analysed = UncertaintyRun.analyse(
            questionnaire: setup.questionnaire, questionnaireFile: setup.questionnaireFile, responsePaths: arguments.responsePaths,
            language: setup.language.code, options: setup.readingOptions, settings: arguments.settings,
            temporaryFolder: setup.output.stagingFolder, progress: progress, report: rows.report)
        if progress != nil { console.endProgress() }
        guard let result = setup.value(of: analysed, console: console),
              setup.commit(console: console, { try UncertaintyRun.write(result, formats: arguments.formats, strings: setup.language.strings, output: $0) })
        else { return .invalidInput }
        let failed = rows.failed || setup.failed(strict: strict) || analysed.diagnostics.isFailure(strict: strict)
        console.out(setup.language.messages.analysed(result.count, arguments.settings.draws, result.stableCohortShare, setup.output.writtenCount, setup.folder) + "\n")
        return failed ? .invalidInput : .success
    }
}

extension UncertaintyMethod: OptionValue, OptionChoice {}
extension UncertaintyFormat: OptionValue, OptionChoice {}
