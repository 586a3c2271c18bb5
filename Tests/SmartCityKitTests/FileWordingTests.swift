import Foundation
import XCTest
@testable import SmartCityKit

/// Issue 28, item 1, for the files a run reads and writes: what is said about a questionnaire that
/// breaks a rule, a targets file, a single output file, and why the system refused a file (errno),
/// in every language - words, never a Swift value, no English left in Dutch or French, French
/// spacing - and the language they are in when the questionnaire itself fails to load.
final class FileWordingTests: XCTestCase {
    /// Every text of the file wordings in one language, with sample values.
    private static func messages(_ code: String) -> [String] {
        systemMessages(code) + outputFileMessages(code) + questionnaireMessages(code) + targetsMessages(code) + jsonMessages(code) + schemaMessages(code) + mappingMessages(code)
    }

    /// Everything said about a mapping file beyond its JSON and structure, in one language.
    private static func mappingMessages(_ code: String) -> [String] {
        let mapping = MappingWording.forLanguage(code), object = mapping.schema.type(.object)
        let kinds = ["dont-know", "not-applicable"]
        let problems: [MappingWording.Problem] = [
            .unsupportedFormat("2"), .unknownTool("surveymonky", tools: "qualtrics, surveymonkey"), .columnTargetType(found: object),
            .columnsType(found: object), .labelsType(found: object), .answersType(found: object), .unknownNonAnswerKind("n/a", kinds: kinds),
            .nonAnswersType(kinds: kinds, found: object), .otherQuestionnaire("i-monitor", "barometer"), .notAQuestion("NOPE", questionnaire: "i-monitor"),
            .notAnOption("x", question: "PO02"),
        ]
        return problems.map { "columns.X" + mapping.schema.colon + mapping.problem($0) }
    }

    /// Everything said about a questionnaire's structure, in one language, as the reader puts it together.
    private static func schemaMessages(_ code: String) -> [String] {
        let schema = SchemaWording.forLanguage(code)
        let expected: [SchemaWording.Expected] = [
            .string, .number, .trueOrFalse, .array, .textPerLanguage, .textObject, .declaredLanguage, .shortID, .version, .totalBands,
            .dimensions, .questions, .languageCodes, .share, .nonAnswerCode, .scalePoints, .boundary, .bands, .bandID, .lowerBound, .upperBound,
            .dimensionID, .sectionID, .factorID, .positiveNumber, .columnName, .questionCode, .questionType, .scale, .options, .optionCode,
            .scoreTo100, .rule, .cappedTotal, .thresholds, .bandTexts, .doneWhen, .answerCodeOrValue, .labelledValues, .namedScales,
        ]
        let problems: [SchemaWording.Problem] = [
            .unsupportedFormat(found: "2", supported: 1), .defaultNotDeclared("de", languages: "nl, en"), .duplicateLanguage("nl"), .noLanguage,
            .unknownNonAnswerKind("unknown"), .unknownBoundary("upper"), .lowerNotBelowUpper(lower: "50", upper: "20"),
            .unknownMetadataKind("text", kinds: "category, number"), .valuesOnlyForCategory, .neitherDimensionNorSection, .dimensionAndSection,
            .scoredSectionQuestion, .unknownQuestionType("scale"), .notTakenByType("likert", "options"), .unknownScale("five", known: "agree"),
            .unknownScale("five", known: nil), .shareTakesNoMaximum, .unknownRule("sum"), .undeclaredLanguage("de"), .missingText("fr"),
        ]
        let kinds: [JSONNode.Kind] = [.null, .boolean, .number, .string, .array, .object]
        return expected.map { "questions[0].text" + schema.colon + schema.missing("text", schema.expected($0)) }
            + kinds.map { schema.theDocument + schema.colon + schema.expectedFound(schema.expected(.textObject), schema.type($0)) }
            + problems.map { "questions[0]" + schema.colon + schema.problem($0) } + [
                schema.unknownMember("wieght", "weight", "id, weight"), schema.unknownMember("x", nil, "id, weight"), schema.invalidID("a b"),
                schema.notPositive("0"), schema.outOfRange("120", "0", "100"),
            ]
    }

    /// Every reason bytes are not JSON, in one language, as a diagnostic says it.
    private static func jsonMessages(_ code: String) -> [String] {
        let json = JSONWording.forLanguage(code)
        let problems: [JSONProblem] = [
            .afterEnd(.character("x")), .valueMissing, .expectedValue(.byte(0xFF)), .expectedMemberName(.endOfFile),
            .duplicateMember("format", line: 1, column: 2), .expectedColon(.character("1"), member: "id"), .tooDeep(512),
            .endInside(close: "}"), .endInside(close: "]"), .trailingComma(close: "]"), .expectedCommaOrClose(.character("\""), close: "}", .afterMember("version")),
            .expectedCommaOrClose(.character("2"), close: "]", .inArray), .expectedLiteral(.character("}"), "true"), .digitsAfterMinus, .leadingZeros,
            .digitsAfterPoint, .digitsInExponent, .numberOutOfRange("1e999"), .endInsideString, .lineBreakInString, .controlCharacterInString,
            .endInEscape, .loneHighSurrogate, .invalidLowSurrogate, .invalidUnicodeEscape, .shortUnicodeEscape, .invalidEscape("x"),
        ]
        return problems.map { json.invalidJSON + json.problem($0) }
    }

    /// Every reason the system gives (one it has no wording for too) and every action, in one language.
    private static func systemMessages(_ code: String) -> [String] {
        let system = FileSystemWording.forLanguage(code)
        let reasons = (SystemReason.allNamed + [.other(EOPNOTSUPP)]).map(system.reason)
        let failures = POSIXFile.Action.allCases.map { system.message(POSIXFile.Failure("reports", $0, errorNumber: EACCES)) }
        return reasons + failures + [system.missingInput, system.folderAsInput, system.unreadableInput]
    }

    private static func outputFileMessages(_ code: String) -> [String] {
        let file = OutputFileWording.forLanguage(code), reason = file.system.reason(.noSpace)
        return [file.emptyName, file.isAFolder, file.linkLoop, file.cannotBeOpened(reason), file.alreadyExists,
                file.cannotBeCreated(file.system.message(POSIXFile.Failure("a.csv", .create, errorNumber: EACCES))), file.standardOutputFailed(reason),
                file.system.message(POSIXFile.Failure("a.csv", .write, errorNumber: ENOSPC)) + file.incomplete,
                file.system.message(POSIXFile.Failure("a.csv", .write, errorNumber: EDQUOT)) + file.notChanged,
                file.cannotBeWritten(reason), file.chooseAnother("--answers")]
    }

    private static func questionnaireMessages(_ code: String) -> [String] {
        let rules = QuestionnaireWording.forLanguage(code)
        let elements: [QuestionnaireWording.Element] = [.dimension, .question, .section, .band, .factor(dimension: "e-services")]
        return elements.map { rules.duplicate($0, "ES01", 12) } + [
            rules.foundArray + rules.looksLikeResponses, "dimensions[0]" + rules.colon + rules.sectionWithoutQuestions("context"),
            rules.unsafeID("../x", 128), rules.duplicateNonAnswerCode, rules.sectionIsDimension("policy"),
            rules.dimensionNeverScored("policy"), rules.levelQuestionElsewhere("ES14", "policy"), rules.levelQuestionOfType("ES14", "likert"),
            rules.factorWithoutQuestions("f1"), rules.recommendationForUnknownBand("type-9", "type-1, type-2"),
            rules.recommendationOnUnknownQuestion("type-1", "ES99"), rules.recommendationOnOtherDimension("type-1", "policy", "ES01"),
            rules.recommendationProblem("type-1", "ES01"), rules.noRecommendation("type-2"), rules.reservedQuestionID, rules.noDimensions,
            rules.nothingScored, rules.unknownSection("CX01", "kontext", "context"), rules.unknownSection("CX01", "kontext", nil),
            rules.factorInSection("CX01"), rules.unknownDimension("ES01", "e-service", "e-services, policy"),
            rules.unknownFactor("ES01", "f9", "e-services", "f1, f2"), rules.unknownFactor("ES01", "f9", "e-services", nil),
            rules.missingFactor("ES01", "e-services", "f1, f2"), rules.shareWithoutScore, rules.nonAnswerIsYesNo("ja"), rules.scaleTooShort,
            rules.duplicateScaleValue("2"), rules.tooFewOptions("PO01"), rules.tooManyOptions("PO02", 70, 64), rules.duplicateOptionCode("a"),
            rules.optionIsNonAnswer("dk"), rules.noThreshold, rules.firstThresholdAboveMinimum("5", "0"), rules.thresholdsMustRise("3", "5"),
            rules.maximumBelowMinimum("1", "5"), rules.noBands, rules.bandsStart("5"), rules.bandsEnd("95"),
            rules.bandsOverlap("type-2", "20-45", "type-1", "0-25", "25"), rules.bandsGap("type-1", "20", "type-2", "25"), rules.sharesOver100,
        ] + exactness.map(rules.exactness) + mismatches.map { rules.recommendationProblem("type-1", rules.mismatch($0)) }
    }

    /// Every reason a questionnaire cannot be scored exactly, and every recommendation's answer that does not fit.
    private static let exactness: [ExactWeights.Problem] = [.commonUnitTooFine, .weightsTooFine, .dimensionWeightsTooFine("policy")]
        + [ExactWeights.Quantity.weight, .factorWeight, .minimumCoverage, .optionScore, .thresholdScore, .maximum, .scaleValue].map { .tooManyDigits($0, "0.1234567890123") }
    private static let mismatches: [Recommendation.Mismatch] = [
        .notAnOption("z", question: "PO01", codes: "a, b"), .notYesNo(question: "IM01"), .notANumber(question: "CA01", "veel"),
    ]

    private static func targetsMessages(_ code: String) -> [String] {
        let targets = TargetsWording.forLanguage(code)
        return [targets.notTargets, targets.unknownDimension("e-service", "e-services", "e-services, policy"),
                targets.unknownDimension("x", nil, "e-services, policy"), targets.notATarget("policy"), targets.unknownBand("policy", "type-1, type-2")]
    }

    /// A text without what stays as written in every language: quoted names and codes, JSON
    /// examples in brackets, the member `languages` a questionnaire declares and the kinds of non-answer.
    private static func prose(_ text: String) -> String {
        var result = "", depth = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if character == "[" || character == "{" { depth += 1 }
            if depth == 0 && !quoted { result.append(character) }
            if character == "]" || character == "}" { depth = max(0, depth - 1) }
        }
        return ["languages", "not-applicable", "dont-know"].reduce(result) { $0.replacingOccurrences(of: $1, with: "") }
    }

    /// The checks of every file diagnostic, in one language.
    private static var checks: WordingChecks { WordingChecks(texts: messages) }

    /// A text holds English words to translate (not only codes: the targets' JSON shape keeps its keys).
    private static func holdsEnglish(_ text: String) -> Bool { LanguageTests.words(text).contains(where: LanguageTests.englishWords.contains) }

    func testEveryFileDiagnosticInEveryLanguageIsWordsNotSwiftValues() {
        XCTAssertGreaterThan(Self.messages("en").count, 150)
        Self.checks.assertWordsNotSwiftValues(["(message:", "Optional(", "Failure(", "SystemReason", "Action", ".other", "cause:", "nil", "\\("],
                                              mustBeTranslated: Self.holdsEnglish)
    }

    /// No English word is left in a Dutch or French file diagnostic (codes, paths and JSON aside).
    func testEveryDutchAndFrenchFileDiagnosticIsTranslated() {
        Self.checks.assertNoEnglishWordLeft(LanguageTests.englishWords, words: { LanguageTests.words(Self.prose($0)) }, foundInMoreThan: 40)
    }

    func testFrenchFileDiagnosticsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        Self.checks.assertFrenchSpacing(prose: Self.prose, spacedInMoreThan: 40)
        XCTAssertEqual(FileSystemWording.french.message(POSIXFile.Failure("r", .write, errorNumber: EACCES)), "ne peut pas être écrit\u{202F}: permission refusée")
    }

    /// The reasons a user meets are worded; any other is its number and symbolic name, never the system's English.
    func testTheSystemsReasonIsWordedAndAnUnknownOneIsItsNumberAndName() {
        XCTAssertEqual(SystemReason(errorNumber: EACCES), .permissionDenied)
        XCTAssertEqual(SystemReason(errorNumber: EROFS).errorNumber, EROFS)
        XCTAssertEqual(FileSystemWording.dutch.reason(SystemReason(errorNumber: EACCES)), "toegang geweigerd")
        XCTAssertEqual(FileSystemWording.english.reason(SystemReason(errorNumber: ENOSPC)), "No space left on device", "English as the system says it")
        XCTAssertEqual(FileSystemWording.dutch.reason(SystemReason(errorNumber: EOPNOTSUPP)), "fout \(EOPNOTSUPP) (EOPNOTSUPP)")
        XCTAssertEqual(FileSystemWording.french.reason(SystemReason(errorNumber: EOPNOTSUPP)), "erreur \(EOPNOTSUPP) (EOPNOTSUPP)")
        XCTAssertEqual(FileSystemWording.english.message(POSIXFile.Failure("r", .replace, errorNumber: EBUSY)), "cannot be replaced: Device or resource busy")
        XCTAssertEqual(Set(SystemReason.allNamed.map(\.errorNumber)).count, SystemReason.allNamed.count, "one value per reason")
    }

    /// A questionnaire with a rule broken, read with Dutch wording: located as before, in Dutch.
    func testAQuestionnairesRulesAreSaidInTheLanguageGiven() {
        let text = Fixtures.replacing(#""id": "B1""#, with: #""id": "A1""#)
        let dutch = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "q.json", wording: .dutch)
        XCTAssertNil(dutch.questionnaire)
        let english = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "q.json")
        XCTAssertEqual(dutch.diagnostics.map(\.location), english.diagnostics.map(\.location))
        XCTAssertTrue(english.diagnostics.contains { $0.message.contains("duplicate question id \"A1\" (first declared at line") }, "\(english.diagnostics)")
        let duplicate = dutch.diagnostics.first { $0.message.contains("vraag-id \"A1\" komt twee keer voor (eerst op regel ") }
        XCTAssertNotNil(duplicate, "\(dutch.diagnostics)")
        XCTAssertTrue(duplicate?.message.hasSuffix("; geef elk een eigen id") ?? false)
        let array = QuestionnaireLoader.load(bytes: Array("[1]".utf8), path: "q.json", wording: .french)
        XCTAssertEqual(array.diagnostics.map(\.description), [
            "q.json:1:1: error: attendu un questionnaire (un objet JSON), trouvé un tableau\u{202F}; ceci ressemble à un fichier de réponses, "
                + "pas à un questionnaire - les avez-vous inversés\u{202F}? Donnez d’abord le questionnaire (JSON), puis les fichiers de réponses",
        ])
    }

    /// A JSON syntax error of a questionnaire in the language given, located as in English.
    func testAJSONSyntaxErrorIsSaidInTheLanguageGiven() {
        let broken = Fixtures.replacing(#""id": "mini","#, with: #""id": "mini""#)
        let english = QuestionnaireLoader.load(bytes: Array(broken.utf8), path: "q.json").diagnostics.map(\.description)
        XCTAssertEqual(english, [#"q.json:4:3: error: invalid JSON: unexpected character '"'; expected ',' or '}' after the member "id""#])
        let french = QuestionnaireLoader.load(bytes: Array(broken.utf8), path: "q.json", wording: .french).diagnostics.map(\.description)
        XCTAssertEqual(french, ["q.json:4:3: error: JSON invalide\u{202F}: caractère '\"' inattendu\u{202F}; attendu ',' ou '}' après le membre «\u{202F}id\u{202F}»"])
        let targets = Fixtures.write(#"{"targets": {"alpha": {"band": "high"}, "alpha": {"score": 1}}}"#, name: "targets.json")
        XCTAssertEqual(TargetsLoader.load(path: targets, questionnaire: Fixtures.mini, wording: .dutch).diagnostics.map(\.message),
                       [#"ongeldige JSON: het lid "alpha" staat twee keer in dit object (eerst op regel 1, kolom 14); houd er één"#])
    }

    /// A questionnaire whose structure is wrong, in French: the JSON path, then what is wrong, with the fix.
    func testAQuestionnairesStructureIsSaidInTheLanguageGiven() {
        let text = Fixtures.replacing(#""weight": 3,"#, with: #""wieght": 3,"#)
        let english = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "q.json").diagnostics.map(\.message)
        XCTAssertTrue(english.contains(#"dimensions[0].wieght: unknown member "wieght"; did you mean "weight"?"#), "\(english)")
        XCTAssertTrue(english.contains(#"dimensions[0].weight: missing; add "weight": a positive number"#), "\(english)")
        let french = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "q.json", wording: .french).diagnostics.map(\.message)
        XCTAssertEqual(french.count, english.count)
        XCTAssertTrue(french.contains("dimensions[0].wieght\u{202F}: membre inconnu «\u{202F}wieght\u{202F}»\u{202F}; vouliez-vous dire «\u{202F}weight\u{202F}»\u{202F}?"),
                      "\(french)")
        XCTAssertTrue(french.contains("dimensions[0].weight\u{202F}: manquant\u{202F}; ajoutez \"weight\": un nombre positif"), "\(french)")
    }

    /// A mapping file read with Dutch wording: its kinds joined by the language's "or", its targets checked in Dutch.
    func testAMappingFileIsCheckedInTheRunsLanguage() throws {
        let path = Fixtures.write(#"{"format": 1, "columns": {"X": "NOPE"}, "nonAnswers": {"NVT": "n/a"}}"#, name: "mapping.json")
        XCTAssertEqual(ResponseMapping.load(path: path, wording: .dutch).diagnostics.map(\.message),
                       [#"nonAnswers.NVT: "n/a" is geen soort niet-antwoord; gebruik "dont-know" of "not-applicable""#])
        let valid = Fixtures.write(#"{"format": 1, "columns": {"X": "NOPE"}}"#, name: "mapping.json")
        let mapping = try XCTUnwrap(ResponseMapping.load(path: valid, wording: .french).value)
        XCTAssertEqual(mapping.diagnostics(against: Fixtures.mini, file: valid, wording: .french).map(\.message),
                       ["columns.X\u{202F}: «\u{202F}NOPE\u{202F}» n’est pas une question de mini"])
    }

    /// A questionnaire's errors are in the language of --lang, else of the environment, else
    /// English (it has no default language yet); the warnings of one that loads, in the run's language.
    func testAQuestionnairesDiagnosticsFollowTheLanguageItCanHave() throws {
        let dutchDefault = Fixtures.replacing(#""defaultLanguage": "en","#, with: #""defaultLanguage": "nl","#)
        let warned = Fixtures.write(Fixtures.replacing(#""text": {"en": "A1?", "nl": "A1?"}"#, with: #""text": {"en": "A1?"}"#, in: dutchDefault), name: "q.json")
        let byDefault = ReportLanguage.loadQuestionnaire(path: warned, requested: nil, environment: [:])
        XCTAssertEqual(byDefault.language?.code, "nl")
        XCTAssertEqual(byDefault.loaded.diagnostics.map(\.message), [#"questions[0].text: geen tekst in "nl", een gedeclareerde taal; voeg "nl": "..." toe"#])
        let asked = ReportLanguage.loadQuestionnaire(path: warned, requested: "en", environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(asked.loaded.diagnostics.map(\.message), [#"questions[0].text: no text in "nl", a declared language; add "nl": "...""#])
        let broken = Fixtures.write(Fixtures.replacing(#""id": "B1""#, with: #""id": "A1""#, in: dutchDefault), name: "q.json")
        let failed = ReportLanguage.loadQuestionnaire(path: broken, requested: nil, environment: [:])
        XCTAssertNil(failed.language)
        XCTAssertTrue(failed.loaded.diagnostics.contains { $0.message.hasPrefix("questions[3]: duplicate question id \"A1\"") }, "no default yet: English")
        let fromEnvironment = ReportLanguage.loadQuestionnaire(path: broken, requested: nil, environment: ["LC_ALL": "fr_BE.UTF-8"])
        XCTAssertTrue(fromEnvironment.loaded.diagnostics.contains { $0.message.hasPrefix("questions[3]\u{202F}: identifiant de question «\u{202F}A1\u{202F}» en double") },
                      "\(fromEnvironment.loaded.diagnostics)")
    }

    func testATargetsFileIsCheckedInTheRunsLanguage() {
        let bad = Fixtures.write(#"{"targets": {"alpah": {"band": "high"}, "beta": {"band": "top"}, "total": {"score": 120}}}"#, name: "targets.json")
        let french = TargetsLoader.load(path: bad, questionnaire: Fixtures.mini, wording: .french).diagnostics.map(\.message)
        XCTAssertEqual(french.first, "aucune dimension «\u{202F}alpah\u{202F}»\u{202F}; vouliez-vous dire «\u{202F}alpha\u{202F}»\u{202F}? les dimensions sont alpha, beta, et total")
        XCTAssertTrue(french.contains("la bande visée pour «\u{202F}beta\u{202F}» doit être l’une de low, high"), "\(french)")
        XCTAssertTrue(french.contains("l’objectif de «\u{202F}total\u{202F}» est {\"band\": \"<id de bande>\"} ou {\"score\": <0-100>}"), "\(french)")
        let dutch = TargetsLoader.load(path: bad, questionnaire: Fixtures.mini, wording: .dutch).diagnostics.map(\.message)
        XCTAssertEqual(dutch.first, "geen dimensie \"alpah\"; bedoelt u \"alpha\"? de dimensies zijn alpha, beta, en total")
    }

    /// A report folder whose parent cannot be written: the system's reason in Dutch. Skipped
    /// where chmod cannot deny (as root).
    func testAReportFolderThatCannotBeWrittenSaysWhyInTheRunsLanguage() throws {
        let parent = Fixtures.temporaryDirectory().appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o555)
        defer { chmod(parent.path, 0o755) }
        try XCTSkipIf(access(parent.path, W_OK) == 0, "chmod cannot deny writing here (running as root)")
        let opened = FileReportOutput.open(folder: parent.appendingPathComponent("reports").path, force: false, wording: .dutch)
        XCTAssertNil(opened.value)
        XCTAssertEqual(opened.diagnostics.map(\.description), ["\(parent.path): error: kan niet geschreven worden: toegang geweigerd; kies een andere --out"])
    }

    /// An answers file that cannot be put in place says so in the session's language.
    func testAnOutputFileThatCannotBeWrittenSaysWhyInTheRunsLanguage() throws {
        let folder = Fixtures.temporaryDirectory()
        let opened = TextOutput.open(path: folder.path, force: true, wording: .french)
        XCTAssertEqual(opened.diagnostics.map(\.message), ["est un dossier\u{202F}; nommez un fichier"])
        let missing = folder.appendingPathComponent("no/such/answers.csv").path
        XCTAssertEqual(TextOutput.open(path: missing, force: true, wording: .dutch).diagnostics.map(\.message), [
            "kan niet geschreven worden (kan niet aangemaakt worden: bestand of map bestaat niet); controleer of de map bestaat en beschrijfbaar is",
        ])
    }
}
