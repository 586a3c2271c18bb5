import XCTest
@testable import SmartCityKit

/// Usage errors (exit 64) are worded in the language of the command line: every text of the
/// catalogue in Dutch and French is translated, words only, with French spacing.
final class UsageWordingTests: XCTestCase {
    /// Every text of the catalogue in one language, once each, with sample parts as typed.
    private static func texts(_ code: String) -> [String] {
        let wording = UsageWording.forLanguage(code)
        return [
            wording.errorText("problem", "smartcity score <questionnaire>", "smartcity score --help"),
            wording.unknownCommand("scroe", "score", ["assess", "score"]),
            wording.unknownOption("--froce", "--force"),
            wording.unknownFlagLetter("-x", "-fx"),
            wording.flagTakesNoValue("--force"),
            wording.missingValue("--out <dir>"),
            wording.missingOption("--count <n>"),
            wording.missingArgument("responses", true),
            wording.unexpectedArgument("extra.csv"),
            wording.invalidValue("many", "--count <n>", wording.expectedWholeNumber),
            wording.notAChoice("sometimes", "--color <when>", ["auto", "always", "never"]),
            wording.unknownListValue("pdf", "--format", ["markdown", "csv"]),
            wording.emptyList("--format"),
            wording.expectedText,
            wording.expectedWholeNumber,
            wording.expectedWholeNumberAtLeast("1"),
            wording.expectedNumber,
            wording.expectedNumberBelow("0", "1"),
            wording.expectedNumberBetween("0", "50"),
            wording.expectedOneOf(["auto", "never"]),
            wording.invalidID("my id"),
            wording.inputIsReplacedReport("Reports/x/summary.md"),
            wording.outputIsInput("responses.csv"),
            wording.emptyOutput("--out", true),
            wording.questionnaireNotInCatalog("barometer"),
            wording.workbookNeedsFile,
            wording.filesAndWaves,
            wording.tooFewWaves,
            wording.noResponses,
            wording.invalidWave("2024"),
            wording.invalidWaveQuestionnaire("2023"),
            wording.waveIsCurrent("2024"),
            wording.unknownWave("2022", ["2023"]),
            wording.waveQuestionnaireTwice("2023"),
            wording.notAQuestionnaire("responses.csv"),
            wording.explainNeedsID,
            wording.notAFolder("list.txt"),
            wording.invalidBins("population", .noEquals),
            wording.helpOverview, wording.helpUsage, wording.helpArguments, wording.helpOptions,
            wording.helpValues, wording.helpDefault, wording.helpShowHelp,
        ]
    }

    /// The texts that vary by their parts: every reason of `--bins`, choices and none.
    private static func variants(_ code: String) -> [String] {
        let wording = UsageWording.forLanguage(code)
        return [
            wording.unknownCommand("zzz", nil, ["score"]),
            wording.unknownOption("--zzz", nil),
            wording.missingArgument("questionnaire", false),
            wording.emptyOutput("--output", false),
            wording.unknownWave("2022", []),
            wording.invalidBins("=1,2", .noColumn),
            wording.invalidBins("population=1,x", .notANumber("x")),
            wording.invalidBins("population=5,1", .notIncreasing([5, 1])),
        ]
    }

    /// Words of the English texts that are neither Dutch nor French.
    private static let englishWords: Set<String> = [
        "the", "not", "with", "which", "for", "and", "to", "unknown", "did", "you", "mean", "commands", "missing", "expected",
        "value", "give", "choose", "from", "one", "whole", "number", "more", "name", "are", "error", "usage", "see",
        "information", "input", "output", "file", "folder", "write", "wave", "waves", "earlier", "twice", "once",
        "flag", "does", "take", "alone", "text", "use", "digits", "first", "most", "reports", "this", "would",
        "replace", "copy", "elsewhere", "another", "mapping", "pass", "workbook", "responses", "both", "least",
        "times", "given", "current", "scored", "labelled", "municipality", "explain", "holds",
        "column", "class", "edges", "must", "increase", "separated", "by", "commas", "before", "invalid", "empty", "unexpected",
        "including", "up", "or", "its", "it", "compare", "overview", "show", "help", "values", "default",
    ]

    /// The words of a text in lower case, without option names, placeholders and file names.
    private static func words(_ text: String) -> [String] {
        text.split(separator: " ")
            .filter { !$0.contains("--") && !$0.contains(".") && !$0.contains("<") && !$0.contains(">") && !$0.contains("=") && !$0.contains("/") }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    /// The checks of every text and variant, in one language.
    private static var checks: WordingChecks { WordingChecks { texts($0) + variants($0) } }

    func testEveryTextOfTheCatalogueIsRenderedInEveryLanguage() {
        let fields = Mirror(reflecting: UsageWording.english).children.count
        for code in ["en", "nl", "fr"] {
            XCTAssertEqual(Self.texts(code).count, fields, "\(code): one sample per text of the catalogue")
        }
        Self.checks.assertWordsNotSwiftValues(["(message:", "Optional(", "nil", "[\"", "\\(", "noEquals", "notANumber", "notIncreasing", "BinsError"])
    }

    func testTheEnglishTextsAreTheOnesUsersKnow() {
        let english = UsageWording.english
        XCTAssertEqual(english.errorText("Unknown option '--bogus'.", "smartcity score <questionnaire>", "smartcity score --help"),
                       "Error: Unknown option '--bogus'.\nUsage: smartcity score <questionnaire>\n  See 'smartcity score --help' for more information.\n")
        XCTAssertEqual(english.unknownCommand("scroe", "score", ["assess", "score"]), "Unknown command 'scroe'. Did you mean 'score'? Commands: assess, score.")
        XCTAssertEqual(english.invalidValue("many", "--count <n>", english.expectedWholeNumberAtLeast("0")),
                       "The value 'many' is invalid for '--count <n>'; give a whole number, 0 or more.")
        XCTAssertEqual(english.invalidBins("population=5,1", .notIncreasing([5, 1])),
                       "The value 'population=5,1' is invalid for '--bins <column=edges>': the class edges must increase: 5,1.")
    }

    func testDutchAndFrenchTextsHaveNoEnglishWord() {
        // `ARGUMENTS:` and `OPTIONS:` are French too.
        Self.checks.assertNoEnglishWordLeft(Self.englishWords, words: Self.words, foundInMoreThan: 35)
        XCTAssertEqual(UsageWording.dutch.unknownOption("--anwsers", "--answers"), "Onbekende optie '--anwsers'. Bedoelt u '--answers'?")
        XCTAssertEqual(UsageWording.dutch.errorText("x", "smartcity assess", "smartcity assess --help"),
                       "Fout: x\nGebruik: smartcity assess\n  Zie 'smartcity assess --help' voor meer uitleg.\n")
    }

    func testFrenchTextsSpaceHighPunctuationAndGuillemetsWithANarrowNoBreakSpace() {
        Self.checks.assertFrenchSpacing(spacedInMoreThan: 25)
        for text in Self.texts("fr") + Self.variants("fr") {
            XCTAssertFalse(text.contains("'"), "French quotes with « », not apostrophes: \(text)")
        }
        XCTAssertEqual(UsageWording.french.unknownOption("--froce", "--force"),
                       "Option inconnue «\u{202F}--froce\u{202F}». Vouliez-vous dire «\u{202F}--force\u{202F}»\u{202F}?")
    }
}
