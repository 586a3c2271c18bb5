import XCTest
@testable import SmartCityKit

/// Issue 28, item 1, for reading responses and the runs: every text of `CSVWording`,
/// `WorkbookWording`, `ExportWording`, `AnalysisWording`, `RunWording`, `SheetRowLimitWording` and
/// `SurveyFormWording` - a file's syntax and encoding, a workbook in another format, the survey
/// tool detected and the columns it leaves unmapped, responses for another questionnaire, what `map` drafted, the columns that look coded, what the
/// analyses and runs say when they cannot go on, a sheet cut at its last row, a form's languages -
/// rendered in every language: words, never a Swift value; no English left in Dutch and French;
/// French spacing.
final class ReadingWordingTests: XCTestCase {
    /// Every text of the catalogues in one language, with sample values, as the code puts them together.
    private static func texts(_ code: String) -> [String] {
        let csv = CSVWording.forLanguage(code), book = WorkbookWording.forLanguage(code), export = ExportWording.forLanguage(code)
        let analysis = AnalysisWording.forLanguage(code), run = RunWording.forLanguage(code)
        let syntax: [CSVSyntaxError] = [.unclosedQuote(line: 2), CSVSyntaxError(problem: .firstLineTooLong(megabytes: 64), line: 1),
                                        CSVSyntaxError(problem: .recordTooLong(megabytes: 64), line: 7)]
        let failures: [WorkbookReader.Failure.Problem] = [.legacyOrProtected, .openDocument, .noVisibleSheet, .notAnXLSX(part: "xl/workbook.xml"),
                                                          .missingSheet("Blad2"), .noSheetNamed("Blad9", sheets: ["Blad1", "Blad2"]),
                                                          .templateWithoutID(sheet: "Antwoorden")]
        let reasons: [ColumnPlanner.UnmappedReason] = [.freeText, .otherTool(.qualtrics), .noMatch(questionnaire: "i-monitor"), .noMatch(questionnaire: nil)]
        let evidence: [SurveyDialect.Evidence] = [.columns("submitdate, lastpage"), .importIDRow, .legacyHeaderRows]
        let recodes = [
            AnswerCodingEvidence.Recode(column: "ES01", question: "ES01", values: [], basis: .shiftedLikeTheOthers, nonAnswers: ""),
            AnswerCodingEvidence.Recode(column: "IM01", question: "IM01", values: [], basis: .yesNoNumbers("1, 2, 3"), nonAnswers: "3 = dk"),
            AnswerCodingEvidence.Recode(column: "PO01", question: "PO01", values: [], basis: .qualtricsChoices(count: 4, after: "5, 6"), nonAnswers: "5 = dk, 6 = na"),
            AnswerCodingEvidence.Recode(column: "ES02", question: "ES02", values: [], basis: .scalePositions(numbers: "1, 6", scale: "0..5", points: 6, qualtrics: true),
                                        nonAnswers: ""),
            AnswerCodingEvidence.Recode(column: "ES03", question: "ES03", values: [], basis: .scalePositions(numbers: "1, 6", scale: "0..5", points: 6, qualtrics: false),
                                        nonAnswers: ""),
        ]
        let spillErrors: [SpillError] = [.unwritable(folder: "/var/tmp", POSIXFile.Failure("/var/tmp", .write, errorNumber: ENOSPC)),
                                         .unwritable(folder: "/var/tmp", POSIXFile.Failure("/var/tmp", .createFolder, errorNumber: EACCES)),
                                         .unreadable(POSIXFile.Failure("", .readBackTemporary, errorNumber: EIO)), .damaged]
        let difference = WaveComparison.DimensionDifference(onlyEarlier: ["DI09"], onlyCurrent: ["DI10", "DI11"])
        let csvTexts = [
            csv.noSuchFile, csv.noSuchFileLike("data/responses.csv"), csv.isAFolder, csv.cannotBeRead(csv.system.reason(.inputOutput)), csv.checkPermissions,
            csv.readingFailed(csv.system.reason(.inputOutput)), csv.readingStopped,
            csv.onLine(3, CSVWarning.textAfterClosingQuote.message(csv)), csv.onLine(4, CSVWarning.quoteInUnquotedField.message(csv)),
            syntax[0].message(csv) + csv.restNotRead, csv.wrongFieldCount(3, 4, 5, 4), csv.emptyFile, csv.emptyResponsesFile("id"), csv.emptySheet("gemeente"),
            csv.readAsWindows1252, csv.invalidUTF8Replaced, csv.noRespondentRows, csv.notAnArray(csv.jsonType(.object([])), true), csv.notAnArray(csv.jsonType(.string("x")), false),
            csv.notAnObject(csv.jsonType(.array([]))), csv.notAnObject(csv.jsonType(.number(1))), csv.notAnObject(csv.jsonType(.bool(true))),
            csv.notAnObject(csv.jsonType(.null)), csv.emptyID("id"), csv.controlCharacterInCell, csv.controlCharacterInID, csv.notAnOptionMark("misschien", "intergemeentelijk"),
        ] + syntax.map { $0.message(csv) }
        let exportTexts = [
            export.looksLikeAnother("Qualtrics", "LimeSurvey"), export.oneColumn("Opmerking", reasons[0].text(export)),
            export.severalColumns(5, "\"a\", \"b\", \"c\"" + export.andMore(2), reasons[2].text(export)),
            AnswerCodingEvidence.columnList(Array(recodes.prefix(1)), withQuestions: true, wording: export),
            export.looksCoded(AnswerCodingEvidence.columnList(recodes, withQuestions: true, wording: export), recodes[3].evidence(export), "1 -> 0, 6 -> 5"),
            export.unreadNonAnswer("wn", 12, 40, true), export.unreadNonAnswer("nvt", 3, 9, false),
            export.draftedValueMap(AnswerCodingEvidence.columnList(Array(recodes.prefix(2)), wording: export), recodes[0].evidence(export), "1 -> 0, 2 -> 1"),
            export.draftedNonAnswer("wn", 12, 40, "dk"), export.draftKept((1, 3, 0), (0, ""), 1, 0),
            export.draftKept((4, 1, 2), (5, "\"ES01\", \"ES02\", \"ES03\", ..."), 0, 2),
            export.otherQuestionnaire((2, 30, "i-monitor"), (28, 30, "smart-gov"), "Questionnaires/smart-gov.json", "antwoorden.csv"),
        ] + evidence.map { export.detected("LimeSurvey", $0.text(export)) } + reasons.map { export.oneColumn("x1", $0.text(export)) }
            + recodes.map { $0.evidence(export) }
        let analysisTexts = [
            analysis.withoutMunicipality(1, "gemeente", .scores), analysis.withoutMunicipality(3, "gemeente", .scores),
            analysis.withoutMunicipality(1, "gemeente", .comparison), analysis.withoutMunicipality(3, "gemeente", .comparison),
            analysis.noMunicipalityColumn("gemeente", "gemeenten", ["gemeenten"]), analysis.noMunicipalityColumn("gemeente", nil, ["provincie", "grootte"]),
            analysis.noMunicipalityColumn("gemeente", nil, []),
            analysis.noGroupColumn("regio", "provincie", ["provincie", "grootte"]), analysis.noGroupColumn("regio", nil, []),
            run.otherDimensions("2023", difference.text(analysis)),
        ]
        let runTexts = [
            run.notRanked("gent", "genk"), run.notRanked("gent", nil), run.nothingToCompare,
            run.otherVersion("2023", "i-monitor 2023 (SHA-256 0123456789ab…)", "i-monitor 2024 (SHA-256 ba9876543210…)"),
            run.nothingToDescribe, run.nothingToAnalyse, run.noDimension("DI9", "DI1", "DI1, DI2"), run.noDimension("DI9", nil, "DI1, DI2"),
            run.rowLeftOut("gent", 4), run.answersNotKept("gent"), run.noRespondent, run.noSuchIDLike("gnet", "gent"), run.noSuchID("x", "gent, genk", 0),
            run.noSuchID("x", "gent, genk", 7), run.idsNotChecked(262_144),
            run.tablesCut(["comparison.md"], 1_000, 5_000, ["ranks.csv"], false),
            run.tablesCut(["comparison.md", "comparison.html"], 1_000, 5_000, ["ranks.csv", "waves.csv"], true),
        ] + spillErrors.map { $0.diagnostic(folder: "/var/tmp", wording: run).message }
        let sheet = SheetRowLimitWording.forLanguage(code), form = SurveyFormWording.forLanguage(code)
        let outputTexts = [sheet.cut(1_048_575, .respondents, 2_000_000, "scores.csv"), sheet.cut(1_048_574, .rows, 1_200_000, "comparison-long.csv"),
                           form.noTextsIn("de", "nl, fr, en"), form.noneOfTheLanguages("fr")]
        return csvTexts + failures.map { WorkbookReader.Failure($0).message(book) } + exportTexts + analysisTexts + runTexts + outputTexts
    }

    func testEveryTextInEveryLanguageIsWordsNotSwiftValues() {
        XCTAssertGreaterThan(Self.texts("en").count, 70)
        WordingChecks(texts: Self.texts).assertWordsNotSwiftValues(["(message:", "Optional(", "nil", "Problem", "Failure", "UnmappedReason", "Evidence", "[\"", "\\(",
                                                                    "CSVSyntaxError"])
    }

    /// Words of the English texts that are neither Dutch nor French: a Dutch or French text holds
    /// one only when left untranslated.
    private static let englishWords: Set<String> = [
        "the", "and", "not", "with", "for", "to", "file", "files", "row", "rows", "column", "columns", "sheet", "workbook", "read", "found",
        "line", "empty", "which", "that", "has", "have", "holds", "could", "cannot", "scored", "municipality", "municipalities", "answers",
        "answer", "there", "nothing", "unknown", "header", "each", "more", "than", "after", "quote", "field", "fields", "save", "use", "give",
        "check", "wave", "damaged", "temporary", "run", "command", "again", "draft", "review", "pass", "looks", "like", "coded", "written",
        "only", "numbers", "scale", "choices", "follow", "them", "they", "but", "if", "it", "its", "be", "was", "are", "by", "no", "or",
        "chosen", "left", "out", "mean", "did", "you", "error", "above", "free", "text", "other", "comment", "kept", "matches",
        "respondents", "rank", "ranked", "compared", "describe", "analyse", "current", "space", "disk", "folder", "reading", "failed",
    ]

    /// The words of a text in lower case, without option names (`--keep-column`), file names and
    /// what is written in backticks (a command, a mapping file's member such as `answers`).
    private static func words(_ text: String) -> [String] {
        let prose = text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element)
        return prose.joined(separator: " ").split(separator: " ").filter { !$0.hasPrefix("--") && !$0.contains(".") }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    func testNoEnglishWordIsLeftInTheDutchAndFrenchTexts() {
        WordingChecks(texts: Self.texts).assertNoEnglishWordLeft(Self.englishWords, words: Self.words)
    }

    func testTheFrenchTextsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        WordingChecks(texts: Self.texts).assertFrenchSpacing(spacedInMoreThan: 50)
    }

    func testTheLocatedErrorsReadAsAUserMeetsThem() {
        let row = PieceRow(outcome: .excluded(ExcludedRow(row: 3, respondentID: "gent", reason: .wrongFieldCount(found: 5, expected: 4))), row: 3, line: 3, problems: [])
        XCTAssertEqual(row.diagnostics(file: "r.csv", wording: .french).map(\.description), [
            "r.csv:3: error: la ligne 3 (ligne de texte 3) a 5 champs, mais l’en-tête en a 4\u{202F}; cherchez un séparateur manquant ou en trop, "
                + "ou un séparateur dans une valeur sans guillemets. La ligne est écartée.",
        ])
        XCTAssertEqual(row.diagnostics(file: "r.csv", wording: .english).map(\.message), [
            "row 3 (line 3) has 5 fields but the header has 4; check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out.",
        ])
        let detected = SurveyDialect.detectionNote((.limesurvey, .columns("submitdate, lastpage")), file: "x.csv", wording: .dutch)
        XCTAssertEqual(detected.description, "x.csv: note: gelezen als een export van LimeSurvey (gevonden: submitdate, lastpage); kies met --from een ander programma")
        XCTAssertEqual(SurveyDialect.detectionNote((.qualtrics, .importIDRow), file: "x.csv").message,
                       "read as an export of Qualtrics (found ImportId header row); use --from to choose another tool", "English by default (a mapping draft)")
    }

    func testAResponsesFileIsReadInTheRunsLanguage() throws {
        let path = Fixtures.write("id,A1\nm1,1\nm2,1,2\n", name: "fields.csv")
        var options = ReadingOptions(cellWording: .dutch)
        var found: [Diagnostic] = []
        let opened = ResponseSource.open(path: path, questionnaire: Fixtures.mini, options: options, hashing: false)
        let source = try XCTUnwrap(opened.value, "\(opened.diagnostics)")
        ConvertingConsumer.read(source, report: { found += $0 }) { _ in }
        XCTAssertTrue(found.contains { $0.message.hasPrefix("rij 3 (regel 3) heeft 3 velden, maar de kopregel heeft er 2; ") }, "\(found)")
        options.cellWording = .french
        let missing = ResponseSource.open(path: path + ".absent", questionnaire: Fixtures.mini, options: options)
        XCTAssertEqual(missing.diagnostics.map(\.message), ["ce fichier n’existe pas\u{202F}; vérifiez le chemin"])
        let questionnaire = Fixtures.write(#"{"format": "smartcity-questionnaire"}"#, name: "swapped.json")
        XCTAssertEqual(ResponseSource.open(path: questionnaire, questionnaire: Fixtures.mini, options: options).diagnostics.first?.message.hasPrefix("attendu\u{202F}: "), true)
        let broken = Fixtures.write(#"[{"id": "m1",]"#, name: "broken.json")
        XCTAssertEqual(ResponseSource.open(path: broken, questionnaire: Fixtures.mini, options: options).diagnostics.first?.message.hasPrefix("JSON invalide\u{202F}: "),
                       true, "JSON responses that are not JSON, in the run's language")
    }
}
