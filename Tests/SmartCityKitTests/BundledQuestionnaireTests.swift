import Foundation
import XCTest
@testable import SmartCityKit

/// The bundled questionnaires hold what their instruments ask for, and their example
/// reports read in one language.
final class BundledQuestionnaireTests: XCTestCase {
    private func load(_ id: String) throws -> Questionnaire {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path
        let result = QuestionnaireLoader.load(path: path)
        XCTAssertEqual(result.diagnostics.map(\.description), [], "\(id) validates clean")
        return try XCTUnwrap(result.questionnaire)
    }

    func testSixDimensionsHaveEveryFactorAndALevel() throws {
        let questionnaire = try load("smart-city-dimensions")
        XCTAssertEqual(questionnaire.dimensions.map(\.id), ["economy", "people", "governance", "mobility", "environment", "living"])
        XCTAssertEqual(questionnaire.dimensions.map(\.factors.count), [7, 7, 4, 4, 4, 7], "every factor the methodology lists")
        XCTAssertEqual(Set(questionnaire.languages), ["nl", "fr", "en"])
        for dimension in questionnaire.dimensions {
            for factor in dimension.factors {
                let questions = questionnaire.questions.filter { $0.factorID == factor.id && $0.isScored }
                XCTAssertFalse(questions.isEmpty, "\(factor.id) has a scored question")
            }
            let level = try XCTUnwrap(questionnaire.questions.first { $0.id == dimension.levelQuestionID })
            guard case .level(let scale) = level.kind else { return XCTFail("\(dimension.id) level question") }
            XCTAssertEqual(scale.points.map(\.value), [0, 1, 2, 3, 4])
            XCTAssertFalse(level.isScored)
            XCTAssertEqual(dimension.bands?.bands.count, 4, "\(dimension.id) has its own bands")
            XCTAssertEqual(dimension.recommendations.count, 4)
        }
        let twoOrMore = questionnaire.dimensions.flatMap(\.factors).filter { factor in
            questionnaire.questions.filter { $0.factorID == factor.id }.count >= 2
        }
        XCTAssertGreaterThan(twoOrMore.count, 33 / 2, "most factors have two or three questions")
    }

    func testBarometerScoresFourPartsAndDescribesTheRest() throws {
        let questionnaire = try load("smart-city-barometer")
        XCTAssertEqual(questionnaire.dimensions.map(\.id), ["strategic-readiness", "stakeholder-involvement", "monitoring", "implementation"])
        XCTAssertEqual(questionnaire.sections.map(\.id), ["respondent", "interpretation", "strategy-context", "implementation-context"])
        func optionCount(_ id: String) -> Int? {
            switch questionnaire.questions.first(where: { $0.id == id })?.kind {
            case .multi(let options, _)?, .choice(let options)?: return options.count
            default: return nil
            }
        }
        XCTAssertEqual(optionCount("IN01"), 15, "the 15 characteristics")
        XCTAssertEqual(optionCount("SC01"), 18, "the 18 priority themes")
        XCTAssertEqual(optionCount("SC02"), 8, "the 8 slogans")
        XCTAssertEqual(optionCount("MO01"), 8, "the 7 monitoring steps and none")
        XCTAssertEqual(optionCount("IM04"), 16, "the 16 financing forms")
        XCTAssertEqual(optionCount("PJ06"), 9, "the 9 obstacles")
        XCTAssertEqual(optionCount("PJ07"), 4, "the 4 benefits")
        XCTAssertEqual(questionnaire.questions.filter { $0.factorID == "conditions" }.count, 6, "the six strategic conditions")
        XCTAssertTrue(questionnaire.questions.filter { $0.sectionID != nil }.allSatisfy { !$0.isScored })
    }

    func testBarometerSummaryShowsCountsAndShares() throws {
        let summary = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Reports/examples/smart-city-barometer/fr/summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("## Résultats descriptifs"))
        XCTAssertTrue(summary.contains("**PJ06** Quels sont les principaux obstacles aux projets de ville intelligente\u{202F}?"),
                      "the question's French text with a narrow no-break space before the question mark")
        XCTAssertNotNil(summary.range(of: "\\| budget \\| \\d+ \\| \\d+,\\d\u{202F}% \\|", options: .regularExpression), "French shares with a decimal comma and a narrow no-break space")
    }

    /// Every fixed word of the French reports is French: no English or Dutch report wording.
    func testFrenchReportsHoldNoEnglishOrDutchWording() throws {
        func strings(_ value: ReportStrings) -> Set<String> {
            Set(Mirror(reflecting: value).children.compactMap { $0.value as? String })
        }
        let french = strings(.french)
        let foreign = strings(.english).union(strings(.dutch)).filter { word in
            word.count >= 4 && !french.contains { $0.contains(word) }
        }
        XCTAssertGreaterThan(foreign.count, 40)
        for id in ["smart-city-dimensions", "smart-city-barometer"] {
            let folder = Fixtures.repositoryRoot.appendingPathComponent("Reports/examples/\(id)/fr")
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            XCTAssertFalse(files.isEmpty)
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for word in foreign where text.contains(word) {
                    XCTFail("\(id)/fr/\(file) contains \"\(word)\"")
                }
            }
        }
    }
}
