import ArgumentParsing
import Foundation
import SmartCityKit
import XCTest
@testable import smartcity

/// Issue 28: usage errors (exit 64) in the language of the command line - `--lang`, else
/// `LC_ALL`, `LC_MESSAGES` or `LANG`, else English - from the parser's typed problems and the
/// commands' own, worded by `UsageWording`.
final class UsageLanguageEndToEndTests: XCTestCase {
    private static let option = OptionName(long: "count", valueName: "n")

    /// One of every problem the parser reports.
    private static let parsingProblems: [UsageProblem] = [
        .unknownCommand("scroe", suggestion: "score", commands: ["assess", "score"]),
        .unknownOption("--froce", suggestion: "--force"),
        .unknownFlagLetter("x", argument: "-fx"),
        .flagTakesNoValue(OptionName(long: "force", valueName: nil)),
        .missingValue(option),
        .missingOption(option),
        .missingArgument("responses", repeats: true),
        .unexpectedArgument("extra.csv"),
        .invalidValue("many", option: option, expected: .wholeNumberAtLeast(0)),
        .unknownListValue("pdf", option: OptionName(long: "format", valueName: "list"), choices: ["markdown", "csv"]),
        .emptyList(OptionName(long: "format", valueName: "list")),
    ]

    /// One of every value an option can expect.
    private static let expectations: [ExpectedValue] = [
        .text, .wholeNumber, .wholeNumberAtLeast(1), .number, .numberBelow(from: 0, below: 1), .numberBetween(0, 50), .oneOf(["auto", "never"]),
    ]

    /// One of every problem of a command's own rules.
    private static let commandProblems: [CommandProblem] = [
        .invalidID("my id"), .inputIsReplacedReport("r.md"), .outputIsInput("r.csv"), .emptyOutput(option: "out", namesFolder: true),
        .questionnaireNotInCatalog("x"), .workbookNeedsFile, .filesAndWaves, .tooFewWaves, .noResponses, .invalidWave("2024"),
        .invalidWaveQuestionnaire("2023"), .waveIsCurrent("2024"), .unknownWave("2022", earlier: ["2023"]), .waveQuestionnaireTwice("2023"),
        .notAQuestionnaire("r.csv"), .explainNeedsID, .notAFolder("x.txt"), .invalidBins("population=5,1", .notIncreasing([5, 1])),
    ]

    /// The case of a parser problem, so that a new case without a sample does not compile.
    private static func kind(_ problem: UsageProblem) -> Int {
        switch problem {
        case .unknownCommand: 0
        case .unknownOption: 1
        case .unknownFlagLetter: 2
        case .flagTakesNoValue: 3
        case .missingValue: 4
        case .missingOption: 5
        case .missingArgument: 6
        case .unexpectedArgument: 7
        case .invalidValue: 8
        case .unknownListValue: 9
        case .emptyList: 10
        }
    }

    /// The case of a command problem, likewise.
    private static func kind(_ problem: CommandProblem) -> Int {
        switch problem {
        case .invalidID: 0
        case .inputIsReplacedReport: 1
        case .outputIsInput: 2
        case .emptyOutput: 3
        case .questionnaireNotInCatalog: 4
        case .workbookNeedsFile: 5
        case .filesAndWaves: 6
        case .tooFewWaves: 7
        case .noResponses: 8
        case .invalidWave: 9
        case .invalidWaveQuestionnaire: 10
        case .waveIsCurrent: 11
        case .unknownWave: 12
        case .waveQuestionnaireTwice: 13
        case .notAQuestionnaire: 14
        case .explainNeedsID: 15
        case .notAFolder: 16
        case .invalidBins: 17
        }
    }

    /// Every problem as the given language words it.
    private static func messages(_ code: String) -> [String] {
        let language = UsageLanguage(arguments: ["--lang", code], environment: [:])
        XCTAssertEqual(language.code, code)
        return parsingProblems.map { language.message(.parsing($0)) }
            + expectations.map { language.message(.parsing(.invalidValue("x", option: option, expected: $0))) }
            + commandProblems.map { language.message(.command($0)) }
    }

    func testEveryUsageProblemIsWordedInEveryLanguageWithItsParts() {
        XCTAssertEqual(Set(Self.parsingProblems.map(Self.kind)).count, 11, "a sample of every problem of the parser")
        XCTAssertEqual(Set(Self.commandProblems.map(Self.kind)).count, 18, "and of every command's")
        let english = Self.messages("en"), dutch = Self.messages("nl"), french = Self.messages("fr")
        for (index, text) in english.enumerated() {
            XCTAssertNotEqual(dutch[index], text)
            XCTAssertNotEqual(french[index], text)
            for (code, worded) in [("en", text), ("nl", dutch[index]), ("fr", french[index])] {
                for swiftValue in ["(message:", "Optional(", "OptionName", "long:", "valueName", "wholeNumber", "notIncreasing", "CommandProblem"] {
                    XCTAssertFalse(worded.contains(swiftValue), "\(code): \(worded)")
                }
            }
        }
        XCTAssertEqual(english[0], "Unknown command 'scroe'. Did you mean 'score'? Commands: assess, score.")
        XCTAssertEqual(english[2], "Unknown option '-x' in '-fx'.")
        XCTAssertEqual(english[8], "The value 'many' is invalid for '--count <n>'; give a whole number, 0 or more.")
        XCTAssertEqual(dutch[8], "De waarde 'many' is ongeldig voor '--count <n>'; geef een geheel getal, 0 of meer.")
        XCTAssertEqual(french[9], "Valeur inconnue «\u{202F}pdf\u{202F}» pour --format. Choisissez parmi\u{202F}: markdown, csv.")
        XCTAssertEqual(english[11 + 4], "The value 'x' is invalid for '--count <n>'; give a number from 0 up to (not including) 1.")
        XCTAssertEqual(english[11 + 6], "The value 'x' is invalid for '--count <n>'. Choose one of: auto, never.")
        XCTAssertEqual(dutch.last, "De waarde 'population=5,1' is ongeldig voor '--bins <column=edges>': de klassengrenzen moeten stijgen: 5,1.")
    }

    /// A plain or no-break space before French high punctuation or inside « » (the key `?` after
    /// a `;` is a key, not punctuation).
    private static let plainFrenchSpace = "[\\p{L}\\p{N})»][ \u{00A0}][:;?!]|«[ \u{00A0}]|[ \u{00A0}]»"

    func testAssessHasHelpInDutchAndFrenchForEveryArgumentAndOption() {
        let spec = AssessCommand.spec
        let named = Set(spec.positionals.map(\.name) + spec.options.map(\.long))
        for code in ["nl", "fr"] {
            guard let texts = AssessCommand.texts(inLanguage: code) else { return XCTFail("assess has no help in \(code)") }
            XCTAssertEqual(Set(texts.help.keys), named, "\(code): a text for every argument and option, and none for what is not declared")
            let described = spec.described(by: texts)
            XCTAssertNotEqual(described.abstract, spec.abstract)
            XCTAssertNotEqual(described.discussion, spec.discussion)
            for (option, english) in zip(described.options, spec.options) { XCTAssertNotEqual(option.help, english.help, "\(code): --\(option.long)") }
            for text in [texts.abstract, texts.discussion ?? ""] + Array(texts.help.values) where code == "fr" {
                XCTAssertNil(text.range(of: Self.plainFrenchSpace, options: .regularExpression), "French spacing: \(text)")
            }
        }
        XCTAssertNotNil("Score : 12 ; « oui »".range(of: Self.plainFrenchSpace, options: .regularExpression), "the check finds a plain space")
        XCTAssertNil(AssessCommand.texts(inLanguage: "en"), "English is the declarations' own")
        let english = spec.described(by: AssessHelpWording.english.texts)
        XCTAssertEqual([english.abstract, english.discussion] + english.positionals.map(\.help) + english.options.map(\.help),
                       [spec.abstract, spec.discussion] + spec.positionals.map(\.help) + spec.options.map(\.help),
                       "the English help of the catalogue is the declarations', the shared ones' too")
        XCTAssertNil(ScoreCommand.texts(inLanguage: "nl"), "score's help stays in English")
    }

    func testAssessHelpIsInTheLanguageOfTheEnvironmentOrOfLangWithTheUsageLineAsTyped() throws {
        let dutch = try EndToEndTests.runBinary(["assess", "--help"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(dutch.status, 0)
        XCTAssertTrue(dutch.stdout.hasPrefix("OVERZICHT: Beoordeel uw gemeente: beantwoord de vragenlijst in de terminal en krijg het rapport.\n"), dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains("\nGEBRUIK: smartcity assess <questionnaire> [--answers <file>] [--start-from <file>]"), dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains("Kleur voor de meldingen op stderr. (waarden: auto, always, never) (standaard: auto)\n"), dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains("  -h, --help           Toon de hulp.\n"), dutch.stdout)
        let french = try EndToEndTests.runBinary(["assess", "--lang", "fr-BE", "--help"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertTrue(french.stdout.hasPrefix("APERÇU\u{202F}: Évaluez votre commune\u{202F}:"), french.stdout)
        XCTAssertTrue(french.stdout.contains("\nOPTIONS\u{202F}:\n"), french.stdout)
        let english = try EndToEndTests.runBinary(["assess", "--help"])
        XCTAssertTrue(english.stdout.hasPrefix("OVERVIEW: Assess your municipality"), english.stdout)
        let score = try EndToEndTests.runBinary(["score", "--help"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertTrue(score.stdout.hasPrefix("OVERVIEW: Score responses"), "a command without texts in Dutch keeps its help in English, headings too: \(score.stdout)")
    }

    func testTheLanguageComesFromLangThenTheEnvironmentThenEnglish() {
        func code(_ arguments: [String], _ environment: [String: String] = [:]) -> String {
            UsageLanguage(arguments: arguments, environment: environment).code
        }
        XCTAssertEqual(code(["score", "q", "--lang", "fr"], ["LANG": "nl_BE.UTF-8"]), "fr", "--lang beats LANG")
        XCTAssertEqual(code(["score", "--lang=fr-BE"]), "fr")
        XCTAssertEqual(code(["score", "--lang", "nl-BE"]), "nl", "resolved as the run resolves it")
        XCTAssertEqual(code(["score"], ["LANG": "nl_BE.UTF-8"]), "nl")
        XCTAssertEqual(code(["score"], ["LC_MESSAGES": "fr_BE", "LANG": "nl_BE.UTF-8"]), "fr", "LC_MESSAGES before LANG")
        XCTAssertEqual(code(["score"], ["LC_ALL": "C", "LANG": "nl_BE.UTF-8"]), "en", "LC_ALL=C names no language")
        XCTAssertEqual(code(["score"], ["LANG": "de_DE.UTF-8"]), "en", "no wording in German")
        XCTAssertEqual(code(["score"]), "en")
        XCTAssertEqual(code(["score", "--", "--lang", "nl"]), "en", "after -- it is a file name")
        XCTAssertEqual(code(["score", "--lang", "nl", "--lang", "fr"]), "fr", "the last one given, as the run reads it")
        XCTAssertNil(UsageLanguage.requested(in: ["score", "--lang"]), "--lang without its value")
        XCTAssertEqual(code(["score", "--lang", "--format", "pdf"], ["LANG": "nl_BE.UTF-8"]), "nl", "an option is not the value of --lang")
    }

    func testADutchEnvironmentGivesADutchUsageErrorWithTheOptionMeant() throws {
        let result = try EndToEndTests.runBinary(["assess", EndToEndTests.questionnaire, "--anwsers", "a.csv"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("Fout: Onbekende optie '--anwsers'. Bedoelt u '--answers'?\nGebruik: smartcity assess <questionnaire>"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("  Zie 'smartcity assess --help' voor meer uitleg.\n"), result.stderr)
        let english = try EndToEndTests.runBinary(["assess", EndToEndTests.questionnaire, "--anwsers", "a.csv"], environment: ["LC_ALL": "C", "LANG": "nl_BE.UTF-8"])
        XCTAssertTrue(english.stderr.hasPrefix("Error: Unknown option '--anwsers'. Did you mean '--answers'?\nUsage: smartcity assess"), english.stderr)
    }

    func testLangGivesAFrenchUsageErrorOverADutchEnvironment() throws {
        let result = try EndToEndTests.runBinary(["score", EndToEndTests.questionnaire, EndToEndTests.sample, "--lang", "fr", "--format", "pdf"],
                                                 environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.hasPrefix("Erreur\u{202F}: Valeur inconnue «\u{202F}pdf\u{202F}» pour --format. Choisissez parmi\u{202F}: markdown, csv,"),
                      result.stderr)
        XCTAssertTrue(result.stderr.contains("\nUtilisation\u{202F}: smartcity score <questionnaire> <responses> ..."), result.stderr)
    }

    func testACommandsOwnRuleIsWordedInTheLanguageOfTheCommandLine() throws {
        let explain = try EndToEndTests.runBinary(["explain", EndToEndTests.questionnaire, EndToEndTests.sample], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(explain.status, 64)
        XCTAssertTrue(explain.stderr.hasPrefix("Fout: Noem de gemeente die uitgelegd moet worden met --id ID.\nGebruik: smartcity explain"), explain.stderr)
        let bins = try EndToEndTests.runBinary(["stats", EndToEndTests.questionnaire, EndToEndTests.sample, "--bins", "population=5,1", "--lang", "fr"])
        XCTAssertEqual(bins.status, 64)
        XCTAssertTrue(bins.stderr.hasPrefix("Erreur\u{202F}: La valeur «\u{202F}population=5,1\u{202F}» n’est pas valable pour «\u{202F}--bins <column=edges>\u{202F}»\u{202F}: "
                                            + "les bornes des classes doivent croître\u{202F}: 5,1."), bins.stderr)
    }
}
