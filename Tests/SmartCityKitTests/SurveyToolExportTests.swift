import Foundation
import XCTest
@testable import SmartCityKit

/// The same generated answers, exported the way each supported survey tool writes them
/// (`ToolExports`), mapped by a mapping that `map` drafted and nobody edited, score exactly as
/// the original responses - for every bundled questionnaire.
final class SurveyToolExportTests: XCTestCase {
    static let questionnaireIDs = ["i-monitor", "smart-city-barometer", "smart-city-dimensions"]
    static let respondents = 150

    private func questionnaire(_ id: String) -> Questionnaire {
        QuestionnaireLoader.load(path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path).questionnaire!
    }

    /// Generated responses, typed. A multi answer with no option chosen is taken as unanswered:
    /// no survey tool writes the two apart (no box ticked is an empty cell in every export).
    private func originals(_ questionnaire: Questionnaire) -> (ids: [String], answers: [[Answer]]) {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 23)
        let text = ([generator.header()] + (0..<Self.respondents).map { _ in generator.nextRow() }).map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        let read = Fixtures.readResponses(path: Fixtures.write(text, name: "original.csv"), questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        let answers = read.rows.map { row in row.answers.map { $0 == .choices(OptionSelection()) ? Answer.blank : $0 } }
        return (read.rows.map(\.respondentID), answers)
    }

    /// Drafts a mapping for the tool's export of every bundled questionnaire, reads the export
    /// with it unedited, and compares answers and scores with the originals.
    private func assertDraftedMappingScoresLikeTheOriginals(_ tool: ToolExports.Tool, file: StaticString = #filePath, line: UInt = #line) throws {
        for id in Self.questionnaireIDs {
            let questionnaire = questionnaire(id)
            let original = originals(questionnaire)
            let exports = ToolExports(questionnaire: questionnaire, ids: original.ids, answers: original.answers)
            let path = Fixtures.write(exports.export(tool), name: "\(tool.rawValue)-\(id).csv")
            let draft = MappingDraft.draft(path: path, questionnaire: questionnaire, options: ReadingOptions())
            let json = try XCTUnwrap(draft.value, "\(tool) \(id): \(draft.diagnostics)", file: file, line: line)
            let checked = ResponseMapping.load(bytes: Array(json.utf8), path: "mapping.json")
            XCTAssertEqual(checked.diagnostics, [], "\(tool) \(id)", file: file, line: line)
            let loaded = try XCTUnwrap(checked.value, file: file, line: line)
            XCTAssertEqual(loaded.diagnostics(against: questionnaire, file: "mapping.json"), [], "\(tool) \(id)", file: file, line: line)
            let read = Fixtures.readResponses(path: path, questionnaire: questionnaire, options: ReadingOptions(mapping: loaded))
            XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.description), [], "\(tool) \(id)\n\(json)", file: file, line: line)
            XCTAssertEqual(read.rows.count, original.answers.count, "\(tool) \(id)", file: file, line: line)
            for (row, answers) in zip(read.rows, original.answers) where row.answers != answers {
                let differing = questionnaire.questions.indices.filter { row.answers[$0] != answers[$0] }
                let first = differing[0]
                XCTFail("\(tool) \(id) row \(row.row): \(differing.count) answers differ, first \(questionnaire.questions[first].id): \(row.answers[first]) instead of \(answers[first])\n\(json)",
                        file: file, line: line)
                break
            }
            let engine = ScoringEngine(questionnaire: questionnaire)
            XCTAssertEqual(read.rows.map { engine.score($0.answers) }, original.answers.map { engine.score($0) }, "\(tool) \(id)", file: file, line: line)
        }
    }

    func testLimeSurveyCodesWithWNAndNVTScoreLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.limeSurveyCodes)
    }

    func testLimeSurveyFullTextsScoreLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.limeSurveyTexts)
    }

    func testQualtricsChoiceTextWithSplitMultiColumnsScoresLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.qualtricsText)
    }

    func testQualtricsNumericValuesScoreLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.qualtricsNumeric)
    }

    func testKoboScoresLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.kobo)
    }

    func testODKScoresLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.odk)
    }

    func testGoogleFormsScoresLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.googleForms)
    }

    func testSurveyMonkeyScoresLikeTheOriginalsWithTheDraftedMapping() throws {
        try assertDraftedMappingScoresLikeTheOriginals(.surveyMonkey)
    }
}
