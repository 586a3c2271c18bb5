import XCTest
@testable import SmartCityKit

/// The compact store of earlier assessments (`--previous`, `--targets` with a responses file)
/// gives back exactly what was put in, found by id as a dictionary keyed by the id would find it.
final class AssessmentsByIDTests: XCTestCase {
    private func assessment(total: Int, answers: [Answer]?) -> EarlierAssessment {
        EarlierAssessment(score: EarlierAssessment.Scores(dimensions: [Fraction(7, 3), nil, Fraction(Int128(1) << 100, 7)], total: Fraction(total),
                                                          bandID: total > 50 ? "high" : "low"),
                          answers: answers)
    }

    func testEveryKindOfAnswerComesBackAsItWasKept() {
        let answers: [Answer] = [.blank, .notShown, .invalid, .nonAnswer(.dontKnow), .nonAnswer(.notApplicable), .number(0), .number(3), .number(127),
                                 .number(128), .number(2.5), .number(-1), .number(-0.0), .choice(0), .choice(117), .choice(118), .choice(5000),
                                 .choices(OptionSelection([0, 3, 63])), .choices(OptionSelection()), .yesNo(true), .yesNo(false)]
        var store = AssessmentsByID()
        store.add(assessment(total: 60, answers: answers), id: "a")
        store.add(assessment(total: 10, answers: nil), id: "b")
        XCTAssertEqual(store.count, 2)
        let a = store.respondent("a")
        XCTAssertEqual(a, assessment(total: 60, answers: answers))
        guard case .number(let negativeZero)? = a?.answers?[11] else { return XCTFail("-0.0 is a number") }
        XCTAssertEqual(negativeZero.sign, .minus, "-0.0 keeps its sign")
        XCTAssertEqual(store.respondent("b"), assessment(total: 10, answers: nil))
        XCTAssertNil(store.respondent("c"))
    }

    func testIdsAreFoundByTheirTextNotTheirNormalisationButLetterCaseCounts() {
        var store = AssessmentsByID()
        store.add(assessment(total: 70, answers: [.number(4)]), id: "Li\u{E8}ge")
        XCTAssertEqual(store.respondent("Lie\u{300}ge")?.score.total, 70, "decomposed è finds the composed one")
        XCTAssertEqual(store.respondent("Li\u{E8}ge")?.score.bandID, "high")
        XCTAssertNil(store.respondent("li\u{E8}ge"))
        XCTAssertNil(store.respondent("LI\u{C8}GE"))
    }

    func testThousandsOfRecordsOverSeveralPagesAreEachFoundByTheirID() {
        var store = AssessmentsByID()
        let answers = (0..<300).map { Answer.number(Double($0) / 4) }
        for index in 0..<1500 { store.add(assessment(total: index, answers: index % 2 == 0 ? answers : nil), id: "R\(index)") }
        XCTAssertEqual(store.count, 1500)
        for index in [0, 1, 700, 1499] {
            XCTAssertEqual(store.respondent("R\(index)"), assessment(total: index, answers: index % 2 == 0 ? answers : nil), "R\(index)")
        }
    }

    func testASecondRecordWithTheSameIDKeepsTheFirst() {
        var store = AssessmentsByID()
        store.add(assessment(total: 1, answers: nil), id: "x")
        store.add(assessment(total: 2, answers: nil), id: "x")
        XCTAssertEqual(store.count, 1)
        XCTAssertEqual(store.respondent("x")?.score.total, 1)
    }

    // MARK: Read from responses files

    private let questionnaire: Questionnaire = {
        var questionnaire = Fixtures.iMonitor
        // Some generated respondents fall below this: incomplete respondents are kept too.
        questionnaire.minimumTotalCoverage = 0.9
        return questionnaire
    }()

    /// Blocks of 160 KB, each cut into pieces.
    private let blockSize = 160 << 10

    /// Two files: 6,000 generated rows (several blocks) repeating two ids of their own, then a
    /// second file of 300 rows whose first 100 repeat ids of the first.
    private func earlierFiles() -> [String] {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 12)
        let header = generator.header()
        var first = [header], second = [header]
        for number in 1...6_000 {
            let line = generator.nextRow()
            first.append(line)
            if number == 1_999 || number == 4_321 { first.append(line) }
            if number <= 100 { second.append(line) }
        }
        for _ in 1...200 { second.append(generator.nextRow()) }
        func text(_ lines: [String]) -> String { lines.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined() }
        XCTAssertGreaterThan(text(first).utf8.count, 3 * blockSize, "the first file spans several blocks")
        return [Fixtures.write(text(first), name: "earlier-1.csv"), Fixtures.write(text(second), name: "earlier-2.csv")]
    }

    func testRespondentsReadFromSeveralFilesInPiecesAreWhatAScoringRunOfThemGives() throws {
        let paths = earlierFiles()
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.blockSize = blockSize
        var expectedDiagnostics: [Diagnostic] = []
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: paths,
                             language: "en", options: ReadingOptions(), settings: settings)
            .score { expectedDiagnostics += $0 }
        var diagnostics: [Diagnostic] = []
        let store = AssessmentsByID.score(questionnaire: questionnaire, paths: paths, options: ReadingOptions(), keeping: .scoresAndAnswers,
                                          blockSize: blockSize) { diagnostics += $0 }
        XCTAssertEqual(diagnostics, expectedDiagnostics, "the same diagnostics, in the same order")
        XCTAssertEqual(diagnostics.count, 102, "two ids repeated in the first file, 100 of its ids in the second")
        XCTAssertEqual(store.count, 6_200)
        var compared = 0, incomplete = 0
        try run.forEachRespondent(namingFiles: false) { ranked in
            let respondent = ranked.respondent
            let earlier = try XCTUnwrap(store.respondent(respondent.id), respondent.id)
            XCTAssertEqual(earlier.score.dimensions, respondent.score.dimensions.map(\.exactScore), respondent.id)
            XCTAssertEqual(earlier.score.total, respondent.score.exactTotal, respondent.id)
            XCTAssertEqual(earlier.score.bandID, respondent.score.bandID, respondent.id)
            XCTAssertEqual(earlier.answers, respondent.answers(in: questionnaire), respondent.id)
            if respondent.incomplete != nil { incomplete += 1 }
            compared += 1
        }
        XCTAssertEqual(compared, 6_200)
        XCTAssertGreaterThan(incomplete, 0, "incomplete respondents are kept too")
    }

    func testTargetAnswersKeepTheScoresAndNoAnswers() throws {
        let paths = earlierFiles()
        let store = AssessmentsByID.score(questionnaire: questionnaire, paths: paths, options: ReadingOptions(), keeping: .scores,
                                          blockSize: blockSize) { _ in }
        XCTAssertEqual(store.count, 6_200)
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [paths[1]],
                             language: "en", options: ReadingOptions()).score { _ in }
        try run.forEachRespondent(namingFiles: false) { ranked in
            let earlier = try XCTUnwrap(store.respondent(ranked.respondent.id))
            XCTAssertNil(earlier.answers)
            XCTAssertEqual(earlier.score.total, ranked.respondent.score.exactTotal)
        }
    }

    func testAStoreThatKeepsNothingStillReportsEveryDiagnosticOfTheFiles() {
        let paths = earlierFiles()
        var kept: [Diagnostic] = [], checked: [Diagnostic] = []
        _ = AssessmentsByID.score(questionnaire: questionnaire, paths: paths, options: ReadingOptions(), keeping: .scoresAndAnswers,
                                  blockSize: blockSize) { kept += $0 }
        let store = AssessmentsByID.score(questionnaire: questionnaire, paths: paths + ["missing.csv"], options: ReadingOptions(), keeping: .nothing,
                                          blockSize: blockSize) { checked += $0 }
        XCTAssertEqual(store.count, 0)
        XCTAssertNil(store.respondent("gen-000001"))
        XCTAssertEqual(Array(checked.prefix(kept.count)), kept)
        XCTAssertEqual(checked.count, kept.count + 1, "and the file that cannot be read")
        XCTAssertEqual(checked.last?.location.file, "missing.csv")
    }
}
