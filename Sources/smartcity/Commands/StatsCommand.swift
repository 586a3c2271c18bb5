import ArgumentParsing
import SmartCityKit

/// `smartcity stats QUESTIONNAIRE RESPONSES... [--group-by COLUMN] [--bins COLUMN=EDGES] [--bootstrap N] [--seed S] [--out DIR] [--format LIST] [--lang L]`
enum StatsCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "Responses files (CSV, JSON or .xlsx), one row per respondent.", arity: .oneOrMore)
    static let format = ListOption<StatisticsFormat>("format", default: [.markdown, .csv, .json],
                                                     help: "Comma-separated formats: markdown, csv, json.")
    static let bootstrap = DefaultedOption<Int>(
        "bootstrap", valueName: "n", default: 0, validation: .atLeast(0),
        help: "Bootstrap resamples of the respondents for the intervals of the reliability coefficients (e.g. 1000; 0: none, Feldt's interval of alpha only).")
    static let seed = DefaultedOption<UInt64>("seed", valueName: "s", default: 1, help: "The bootstrap's seed: the same seed gives the same intervals, on any number of cores.")

    static let commandName = "stats"
    static let abstract = "Research statistics: distributions by group, maturity types tested, reliability, correlations, items."
    static let discussion: String? = """
            Scores the responses once and writes statistics.md, statistics.json and tidy CSV files into the output
            folder (default: Reports/<questionnaire-id>/stats/): statistics.csv (n, mean, SD, SE, 95 % t interval,
            type-7 quartiles, shares at 0 and 100, per measure and group), types.csv and type-tests.csv (maturity
            types against the reference shares, chi-square goodness of fit), reliability.csv and item-reliability.csv
            (Cronbach's alpha with Feldt's interval, item-total correlations, alpha if deleted, listwise; Guttman's lambda 6,
            McDonald's omega total; the same pairwise complete), reliability-intervals.csv (Feldt's interval of alpha and
            percentile bootstrap intervals of every coefficient, --bootstrap resamples, --seed), correlations.csv (Pearson and Spearman between dimensions,
            pairwise complete, with p-values adjusted by Holm and Benjamini-Hochberg), group-tests.csv and pairwise-tests.csv
            (with --group-by: Welch's ANOVA, Kruskal-Wallis, Games-Howell and Dunn), items.csv, item-answers.csv (answers
            per status and value) and left-out.csv (the rows not counted, and why). With --municipality-column (several
            respondents per municipality): municipalities.csv (each municipality's mean score per measure with its
            respondents' number and spread) and agreement.csv (ICC(1) and ICC(1,k) between respondents of a municipality,
            with 95 % intervals). Only complete respondents are counted unless --include-incomplete is given.
            Existing files are kept unless --force is given. Exit status: 0 success, 1 invalid input, 64 usage error.
            """

    /// What `stats` reads from the command line.
    struct Arguments: CommandArguments {
        typealias Declared = ReportRunDeclared<Own>

        /// What `stats` declares of its own.
        enum Own: ReportCommandDeclarations {
            struct Analysis: Declarations {
                let responses = StatsCommand.responses
                let grouping = GroupingOptions.Declared()
                let municipality = MunicipalityOptions.Declared()
                let bootstrap = StatsCommand.bootstrap
                let seed = StatsCommand.seed
            }

            static var format: ListOption<StatisticsFormat> { StatsCommand.format }
        }

        var run: ReportRunOptions
        var formats: [StatisticsFormat]
        var grouping: PeerGrouping?
        var municipality: MunicipalityOptions
        var responsePaths: [String]
        var bootstrap: ReliabilityBootstrap.Settings
        var color: ColorMode { run.color }

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            run = try ReportRunOptions(arguments)
            formats = try arguments.values(\.format)
            grouping = try arguments.group(\.analysis.grouping, as: GroupingOptions.self).grouping
            municipality = try arguments.group(\.analysis.municipality)
            responsePaths = arguments.values(\.analysis.responses)
            bootstrap = ReliabilityBootstrap.Settings(replicates: try arguments.value(\.analysis.bootstrap), seed: try arguments.value(\.analysis.seed))
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (formats, responsePaths, strict) = (arguments.formats, arguments.responsePaths, arguments.run.strict)
        var settings = StatisticsRun.Settings()
        settings.grouping = arguments.grouping
        settings.municipalityColumn = arguments.municipality.column
        settings.bootstrap = arguments.bootstrap
        settings.scoring.needsDigests = formats.contains { $0.showsDigests }
        guard let setup = try ReportRunSetup.prepare(arguments.municipality.keepingColumn(arguments.run), inputs: responsePaths, reportSet: .statistics,
                                                     defaultFolder: { "Reports/\($0)/stats" }, commandName: commandName, console: console)
        else { return .invalidInput }
        let (output, folder, language) = (setup.output, setup.folder, setup.language)
        settings.scoring.temporaryFolder = output.stagingFolder
        let progress = WorkProgress.line(shown: ProgressMeter.isShown(stderrIsTerminal: console.stderrIsTerminal, quiet: arguments.run.quiet),
                                         language: language.code, console: console)
        settings.bootstrap?.progress = progress
        let rows = RowDiagnostics(console: console, strict: strict)
        let analysed = StatisticsRun.analyse(
            questionnaire: setup.questionnaire, questionnaireFile: setup.questionnaireFile, responsePaths: responsePaths,
            language: language.code, options: setup.readingOptions, settings: settings, report: rows.report)
        if progress != nil { console.endProgress() }
        guard let result = setup.value(of: analysed, console: console),
              setup.commit(console: console, { try StatisticsRun.write(result, formats: formats, strings: language.strings, output: $0) })
        else { return .invalidInput }
        let groups = result.statistics.groupLabels
        console.out(language.messages.described(result.statistics.respondentCount, result.municipalityCount, groups.isEmpty ? nil : groups.count, output.writtenCount, folder) + "\n")
        let failed = rows.failed || setup.failed(strict: strict) || analysed.diagnostics.isFailure(strict: strict)
        return failed ? .invalidInput : .success
    }
}

extension StatisticsFormat: OptionValue, OptionChoice {}
