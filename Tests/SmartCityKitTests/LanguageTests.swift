import XCTest
@testable import SmartCityKit

/// Issue 28, items 1, 2 and 6: which language a run is in (`--lang`, then the environment's locale
/// as POSIX orders it, then the questionnaire's default; tags fall back to their language), what
/// it says about that, every message worded (no Swift value), and French spacing.
final class LanguageTests: XCTestCase {
    /// A questionnaire in Dutch, French and English whose default is French, as the barometer.
    private var trilingual: Questionnaire {
        var questionnaire = Fixtures.mini
        questionnaire.languages = ["nl", "fr", "en"]
        questionnaire.defaultLanguage = "fr"
        return questionnaire
    }

    private func resolve(_ requested: String?, _ environment: [String: String] = [:]) -> ReportLanguage {
        ReportLanguage.resolve(requested: requested, environment: environment, questionnaire: trilingual, file: "q.json")
    }

    func testLanguageTagsFallBackToTheirLanguageAsBCP47AndPOSIXLocaleNames() {
        let table: [(tag: String, language: String?)] = [
            ("nl", "nl"), ("NL", "nl"), ("nl-BE", "nl"), ("nl-be", "nl"), ("nl_BE.UTF-8", "nl"), ("nl_NL", "nl"),
            ("fr-BE", "fr"), ("fr-CH", "fr"), ("fr_CH.UTF-8@euro", "fr"), ("FR_be", "fr"),
            ("en-GB", "en"), ("en-US", "en"), ("en-Latn-US", "en"), ("en_IE.ISO8859-15", "en"),
            ("de-DE", nil), ("de_BE.UTF-8", nil), ("C", nil), ("C.UTF-8", nil), ("POSIX", nil), ("", nil), ("n1-BE", nil),
        ]
        for (tag, language) in table {
            XCTAssertEqual(ReportLanguage.match(tag, in: ["nl", "fr", "en"]), language, tag)
        }
    }

    func testLangBeatsLCALLWhichBeatsLCMESSAGESWhichBeatsLANGWhichBeatTheDefault() {
        let all = ["LC_ALL": "nl_BE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8", "LANG": "fr_BE.UTF-8"]
        XCTAssertEqual(resolve("en-GB", all).code, "en", "--lang first")
        XCTAssertEqual(resolve(nil, all).code, "nl", "then LC_ALL")
        XCTAssertEqual(resolve(nil, all.merging(["LC_ALL": ""]) { $1 }).code, "en", "an empty LC_ALL is not set: then LC_MESSAGES")
        XCTAssertEqual(resolve(nil, ["LANG": "nl_BE.UTF-8"]).code, "nl", "then LANG")
        XCTAssertEqual(resolve(nil).code, "fr", "then the questionnaire's default")
        XCTAssertEqual(resolve(nil, ["LC_ALL": "C.UTF-8", "LANG": "nl_BE.UTF-8"]).code, "fr", "LC_ALL=C rules, and names no language")
        XCTAssertEqual(resolve(nil, ["LANG": "de_DE.UTF-8"]).code, "fr", "a language the questionnaire has not: its default")
        XCTAssertEqual(resolve("de", ["LANG": "nl_BE.UTF-8"]).code, "fr", "a --lang it has not gives the default, as before")
        XCTAssertEqual(resolve("nl-BE").strings.languageCode, "nl", "the fixed wording follows")
    }

    func testWhatIsInferredIsSaidOnStderrInTheRunsLanguage() {
        XCTAssertEqual(resolve(nil, ["LANG": "nl_BE.UTF-8"]).diagnostics.map(\.description), [
            "q.json: note: de teksten zijn in het Nederlands (nl), zoals LANG=nl_BE.UTF-8 vraagt; --lang kiest een andere taal",
        ])
        XCTAssertEqual(resolve("en-GB", ["LANG": "nl_BE.UTF-8"]).diagnostics.map(\.description), ["q.json: note: --lang en-GB is read as English (en)"])
        XCTAssertEqual(resolve(nil, ["LANG": "de_DE.UTF-8"]).diagnostics.map(\.description), [
            "q.json: note: LANG=de_DE.UTF-8 désigne une langue dans laquelle le questionnaire n’a pas de textes (il en a en nl, fr, en)\u{202F}; "
                + "les textes sont dans sa langue par défaut «\u{202F}fr\u{202F}»",
        ])
        XCTAssertEqual(resolve("de").diagnostics.map(\.severity), [.warning], "a language asked for and missing is a warning")
        XCTAssertEqual(resolve(nil, ["LANG": "fr_BE.UTF-8"]).diagnostics, [], "the default language: nothing to say")
        XCTAssertEqual(resolve("en").diagnostics, [])
        XCTAssertEqual(resolve(nil, ["LC_ALL": "C"]).diagnostics, [])
        XCTAssertTrue(ReportLanguage.messages(requested: nil, environment: ["LC_MESSAGES": "nl_BE.UTF-8"]).noQuestionnaires
                          .hasPrefix("hier is geen vragenlijst gevonden"))
        XCTAssertTrue(ReportLanguage.messages(requested: "fr-CH", environment: ["LANG": "nl_BE"]).noQuestionnaires.hasPrefix("aucun questionnaire trouvé ici"))
    }

    /// Every message kind, in every language, with sample values: words only, never a Swift
    /// value such as `AnswerProblem(message: ...)` or `Optional("...")`.
    func testEveryMessageInEveryLanguageIsWordsNotSwiftValues() {
        for code in ReportStrings.availableLanguages {
            let texts = Self.messages(code)
            XCTAssertGreaterThan(texts.count, 20)
            for text in texts {
                for swiftValue in ["(message:", "Optional(", "AnswerProblem", "notAChoice", "typed:", "nil", "[\"", "\\("] {
                    XCTAssertFalse(text.contains(swiftValue), "\(code): \(text)")
                }
                XCTAssertFalse(text.isEmpty)
            }
        }
        XCTAssertEqual(AnswerProblem.notAChoice(typed: "7", keys: ["0", "1", "2", "dk"]).text(.dutch),
                       "\"7\" is geen van de keuzes; typ een van 0, 1, 2, dk")
        XCTAssertEqual(AnswerProblem.outOfRange(typed: "120", minimum: 0, maximum: 100).text(.english), "120 is out of range; type a number from 0 to 100")
        XCTAssertEqual(AnswerProblem.outOfRange(typed: "-1", minimum: 0, maximum: nil).text(.french),
                       "-1 est hors de l’intervalle\u{202F}; tapez un nombre de 0 ou plus")
    }

    /// Every French text of the catalogues has a narrow no-break space before `:`, `;`, `?` and `!`
    /// and inside « », and never a plain or no-break one there.
    func testFrenchTextsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        let catalogues: [Any] = [ReportStrings.french, AssessmentStrings.french, ComparisonStrings.french, ExplanationStrings.french,
                                 StatisticsStrings.french, MessageStrings.french, AssessmentMessages.french, MunicipalityStrings.french,
                                 UncertaintyStrings.french, CouncilStrings.french, ProgressStrings.french,
                                 OutputFolderWording.french, ResponseFileWording.french]
        let template = TemplateStrings.forLanguage("fr")
        let texts = (catalogues + [template]).flatMap { Mirror(reflecting: $0).children.compactMap { $0.value as? String } }
            + template.workbookSteps + Self.messages("fr") + [ProgressStrings.french.writing(8192, 300_000)]
        XCTAssertGreaterThan(texts.count, 150)
        var spaced = 0
        for text in texts {
            XCTAssertEqual(Self.frenchSpacingProblems(text), [], text)
            spaced += text.contains("\u{202F}") ? 1 : 0
        }
        XCTAssertGreaterThan(spaced, 30, "the French texts with high punctuation have narrow spaces")
        XCTAssertEqual(ReportStrings.french.colon, "\u{202F}: ")
        XCTAssertEqual(Self.frenchSpacingProblems("Score : 12 ; « oui » ?"), [" :", " ;", "« ", " »", " ?"], "the check finds each")
        XCTAssertEqual(Self.frenchSpacingProblems("https://x.be 12:30 · ? aide"), [], "URLs, times and a key after a middle dot are not punctuation")
    }

    /// The places in `text` where French high punctuation or guillemets have a plain or no-break
    /// space instead of a narrow no-break one.
    static func frenchSpacingProblems(_ text: String) -> [String] {
        var problems: [String] = []
        let characters = Array(text)
        for index in characters.indices {
            let character = characters[index]
            let isSpace = character == " " || character == "\u{00A0}"
            if isSpace, index > 0, characters[index - 1] == "«" { problems.append("« ") }
            guard isSpace, index + 1 < characters.count else { continue }
            let next = characters[index + 1]
            let previous = index > 0 ? characters[index - 1] : " "
            if next == "»" { problems.append(" »") }
            if ":;?!".contains(next), previous.isLetter || previous.isNumber || ")»]%’".contains(previous) { problems.append(" \(next)") }
        }
        return problems
    }

    /// Every message the terminal shows about a run and every answer problem, in one language.
    private static func messages(_ code: String) -> [String] {
        let words = MessageStrings.forLanguage(code), assessment = AssessmentStrings.forLanguage(code), files = AssessmentMessages.forLanguage(code)
        let problems: [AnswerProblem] = [
            .notAChoice(typed: "7", keys: ["1", "2", "dk"]), .notANumber(typed: "veel"),
            .outOfRange(typed: "120", minimum: 0, maximum: 100), .outOfRange(typed: "-1", minimum: 0, maximum: nil),
        ]
        return problems.map { $0.text(assessment) } + [
            words.tagRead("--lang nl-BE", "nl"), words.languageMissing("de", ["nl", "fr"], "fr"), words.languageFromEnvironment("LANG=nl_BE.UTF-8", "nl"),
            words.environmentLanguageMissing("LANG=de_DE", ["nl", "en"], "nl"), words.noWording("de", ["en", "nl", "fr"]),
            words.scored(1, nil, 0, 5, "Reports/x"), words.scored(12, nil, 2, 30, "Reports/x"), words.scored(15, 5, 1, 14, "Reports/x"),
            words.scored(2, 1, 0, 14, "Reports/x"), words.scored(12, nil, 0, 1, "Reports/x"),
            words.compared(1, nil, nil, 4, "out"), words.compared(12, 3, 2, 40, "out"), words.radarsOmitted(50),
            words.described(1, nil, nil, 9, "stats"), words.described(12, nil, 2, 9, "stats"), words.described(15, 5, nil, 16, "stats"), words.noQuestionnaires,
            assessment.progress(3, 48, "E-services", 3, 14, 10), assessment.stopped("answers.csv"), assessment.notAllAnswered(1),
            assessment.notAllAnswered(3), assessment.reportWritten("Kempenrode", "Reports/x.md"), assessment.tiedGain("Alpha, Beta"),
            assessment.outOfReach("54,20"), assessment.unknownQuestion + assessment.didYouMean("ES04"),
            files.workbookTakenOver("answers.csv", "x.xlsx"), files.reportsExist(0), files.reportsExist(3), files.anotherMunicipality("a", "b"),
            files.notInStartingFile("a", "r.csv"), files.answersFileGoesOn("r.csv", "a.csv"), files.idList(["a", "b"], 0), files.idList(["a"], 9),
            files.startFromIt("r.csv", true), files.severalRespondents(12, "ids a", "fix"), files.foreignColumns("\"x\"", "fix"),
            files.chooseRespondent(2, "ids a, b"), files.noSuchRespondent("c", "ids a, b"), files.noSuchRespondentLike("gnet", "gent"), files.noTargetAnswers("a"),
            words.invalidListed, words.verdict("q.json", true, 0, 0), words.verdict("r.csv", false, 1, 2), words.verdict("r.csv", false, 3, 1),
            words.skipped("r.csv"), words.analysed(1, 1, 1, 7, "out"), words.analysed(12, 1000, 0.8333, 7, "out"),
            words.notShown(.column("ES01"), 10, true), words.notShown(.column("ES01"), 1, false), words.notShown(.rows, 3, false),
            words.otherSpelling("output", "out", true), words.otherSpelling("out", "output", false),
        ] + MessageStrings.Pass.allCases.flatMap { [words.incompleteLeftOut(1, $0), words.incompleteLeftOut(4, $0)] } + words.listingHeader.dropFirst()
            + cellMessages(code) + fileMessages(code) + folderMessages(code)
    }

    /// Everything said about the folder the reports go to, in one language.
    private static func folderMessages(_ code: String) -> [String] {
        let folder = OutputFolderWording.forLanguage(code)
        return [folder.emptyName, folder.isAFile, folder.danglingLink, folder.namesNoFolder, folder.alreadyExists(0), folder.alreadyExists(3),
                folder.busy, folder.cannotBeWritten("Permission denied"), folder.leftBehindRemoved(4242),
                folder.reportsCannotBeWritten + folder.noReportChanged]
    }

    /// Everything a responses file's structure says about itself (header, metadata columns, ids), in one language.
    private static func fileMessages(_ code: String) -> [String] {
        let file = ResponseFileWording.forLanguage(code)
        return [
            file.duplicateColumn("ES01"), file.unknownColumnLikeQuestion("es01", "ES01"), file.unknownColumnLikeCode("ES99", "i-monitor"),
            file.singleAndOptionColumns("PO02"), file.noIDColumn("id"), file.notAMultiQuestion("ES01", "level"), file.notAnOption("z", "PO02", "a, b"),
            file.nothingMatches("i-monitor", file.nameColumnsByID("ES01, ES02, ES03")), file.nothingMatches("i-monitor", file.mapTheExport("Qualtrics", true)),
            file.mapTheExport(nil, false), file.unanswered(1, "ES01", 0), file.unanswered(14, "ES01, ES02", 4),
            file.personalDataKept("Email"), file.personalDataLeftOut("Email, IP Address"), file.undeclaredLeftOut("i-monitor", "Collector ID"),
            file.noSuchKeptColumn("gone"), file.noIDColumnNote, file.duplicateID("m1", 2), file.duplicateAcrossFiles("m1", "a.csv", 3),
            file.twin("Gent", "gent", nil, 2, false), file.twin("Liège", "Lie\u{0300}ge", "a.csv", 2, true),
        ]
    }

    /// Every reason a cell is not an answer, in one language, as the decoder puts it together.
    private static func cellMessages(_ code: String) -> [String] {
        let cells = AnswerCellWording.forLanguage(code), hint = cells.orNonAnswers("\"dk\" / \"na\"")
        return [
            cells.notANumberOnScale("x7", "ES03", "0, 1, 2") + hint + cells.emptyCellNotScored, cells.offScale("7", "ES03", "0, 1, 2") + hint + cells.nullValueNotScored,
            cells.percentageNotTaken("4%", "CA01", "FTE"), cells.percentageNotTaken("4%", "CA01", nil), cells.notANumber("veel", "CA02"),
            cells.outOfRange("120", "CA03", "0", "100"), cells.outOfRange("-1", "CA03", "0", nil), cells.unknownOption("z", "PO01", "a, b"),
            cells.unknownCode("z", "PO01", "a, b") + cells.notScored, cells.unknownOptions("z", "PO02", "a, b"), cells.notYesNo("misschien", "IM01"),
            cells.notACode("PO02", "an object"), cells.wrongType("ES01", "likert", "an array") + hint + cells.orNullNotScored,
        ]
    }

    /// Words of the English messages that are neither Dutch nor French: a Dutch or French message
    /// holds one only when left untranslated.
    static let englishWords: Set<String> = [
        "the", "are", "not", "with", "which", "for", "and", "to", "wrote", "files", "has", "holds", "scored", "compared", "described",
        "analysed", "respondents", "municipality", "municipalities", "valid", "invalid", "error", "errors", "warning",
        "warnings", "skipped", "incomplete", "response", "responses", "title", "languages", "path", "draws", "run",
    ]

    /// The words of a text in lower case, without option names (`--include-incomplete`) and file names.
    static func words(_ text: String) -> [String] {
        text.split(separator: " ").filter { !$0.hasPrefix("--") && !$0.contains(".") }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    /// Every message of the terminal in Dutch and French is translated: no English word in it
    /// (values, option and file names aside).
    func testEveryDutchAndFrenchMessageIsTranslated() {
        let english = Self.messages("en")
        XCTAssertGreaterThan(english.filter { !Self.englishWords.isDisjoint(with: Self.words($0)) }.count, 30, "the check finds English")
        for code in ["nl", "fr"] {
            let texts = Self.messages(code)
            XCTAssertEqual(texts.count, english.count)
            for text in texts {
                let leftovers = Self.words(text).filter(Self.englishWords.contains)
                XCTAssertEqual(leftovers, [], "\(code): \(text)")
            }
        }
    }

    func testOneFileWrittenIsSaidInTheSingular() {
        XCTAssertEqual(MessageStrings.english.scored(12, nil, 0, 1, "out"), "Scored 12 respondents; wrote 1 file to out/")
        XCTAssertEqual(MessageStrings.forLanguage("nl").scored(12, nil, 0, 1, "out"), "12 respondenten gescoord; 1 bestand geschreven in out/")
        XCTAssertEqual(MessageStrings.forLanguage("fr").compared(12, nil, nil, 1, "out"), "12 communes comparées\u{202F}; 1 fichier écrit dans out/")
        XCTAssertEqual(MessageStrings.english.described(12, nil, nil, 2, "out"), "Described 12 respondents; wrote 2 files to out/")
    }

    func testStatsWithAMunicipalityColumnCountsTheMunicipalitiesItsRespondentsMake() {
        XCTAssertEqual(MessageStrings.english.described(15, 5, nil, 16, "out"), "Described 15 respondents of 5 municipalities; wrote 16 files to out/")
        XCTAssertEqual(MessageStrings.forLanguage("nl").described(15, 5, 2, 16, "out"), "15 respondenten van 5 gemeenten beschreven in 2 groepen; 16 bestanden geschreven in out/")
        XCTAssertEqual(MessageStrings.forLanguage("fr").described(15, 5, nil, 16, "out"), "15 répondants décrits de 5 communes\u{202F}; 16 fichiers écrits dans out/")
    }

    func testTheFrenchProgressLineAgreesTheAnsweredCountWithItsNumber() {
        let progress = AssessmentStrings.french.progress
        XCTAssertEqual(progress(1, 39, "Répondant", 1, 1, 0), "Question 1 sur 39 · Répondant 1/1 · 0 répondue")
        XCTAssertEqual(progress(2, 39, "Interprétation", 1, 4, 1), "Question 2 sur 39 · Interprétation 1/4 · 1 répondue")
        XCTAssertEqual(progress(3, 39, "Interprétation", 2, 4, 2), "Question 3 sur 39 · Interprétation 2/4 · 2 répondues")
    }
}
