import XCTest
@testable import SmartCityKit

final class ScoringTests: XCTestCase {
    let questionnaire = Fixtures.mini
    lazy var engine = ScoringEngine(questionnaire: questionnaire)

    /// Answers in question order: A1 A2 A3 B1 B2 B3 B4.
    private func answers(
        a1: Answer = .number(4), a2: Answer = .number(2), a3: Answer = .yesNo(true), b1: Answer = .choice("y"),
        b2: Answer = .choices(["p", "q"]), b3: Answer = .number(1.5), b4: Answer = .number(1)
    ) -> [Answer] { [a1, a2, a3, b1, b2, b3, b4] }

    func testItemScoresPerQuestionType() {
        let kinds = questionnaire.questions.map(\.kind)
        XCTAssertEqual(ItemScoring.score(.number(4), for: kinds[0]).score, 75)
        XCTAssertEqual(ItemScoring.score(.number(1), for: kinds[0]).score, 0)
        XCTAssertEqual(ItemScoring.score(.number(2), for: kinds[1]).score, 75, "reverse likert")
        XCTAssertEqual(ItemScoring.score(.number(5), for: kinds[1]).score, 0, "reverse likert")
        XCTAssertEqual(ItemScoring.score(.yesNo(true), for: kinds[2]).score, 100)
        XCTAssertEqual(ItemScoring.score(.yesNo(false), for: kinds[2]).score, 0)
        XCTAssertEqual(ItemScoring.score(.yesNo(true), for: .yesNo(reverse: true)).score, 0)
        XCTAssertEqual(ItemScoring.score(.choice("y"), for: kinds[3]).score, 40)
        XCTAssertEqual(ItemScoring.score(.choices(["p"]), for: kinds[4]).score, 50)
        XCTAssertEqual(ItemScoring.score(.choices(["p", "q", "r"]), for: kinds[4]).score, 100, "sum capped at the maximum")
        XCTAssertEqual(ItemScoring.score(.choices([]), for: kinds[4]).score, 0)
        XCTAssertEqual(ItemScoring.score(.number(0.99), for: kinds[5]).score, 0)
        XCTAssertEqual(ItemScoring.score(.number(1), for: kinds[5]).score, 50)
        XCTAssertEqual(ItemScoring.score(.number(2.5), for: kinds[5]).score, 100)
        XCTAssertEqual(ItemScoring.score(.number(1), for: kinds[6]).score, 50, "level 1 of 0-2")
    }

    func testShareRuleCountsOnlyScoringOptions() {
        let options = [
            Option(code: "a", label: LocalizedText([:]), score: 1), Option(code: "b", label: LocalizedText([:]), score: 1),
            Option(code: "c", label: LocalizedText([:]), score: 1), Option(code: "none", label: LocalizedText([:]), score: 0),
        ]
        let kind = QuestionKind.multi(options, rule: .share)
        XCTAssertEqual(ItemScoring.score(.choices(["a"]), for: kind).score!, 100.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(ItemScoring.score(.choices(["none"]), for: kind).score, 0)
    }

    func testNonAnswersAreNeverZero() {
        let kind = questionnaire.questions[0].kind
        XCTAssertEqual(ItemScoring.score(.nonAnswer(.dontKnow), for: kind).score, nil)
        XCTAssertEqual(ItemScoring.score(.nonAnswer(.dontKnow), for: kind).status, .dontKnow)
        XCTAssertEqual(ItemScoring.score(.nonAnswer(.notApplicable), for: kind).status, .notApplicable)
        XCTAssertEqual(ItemScoring.score(.blank, for: kind).status, .blank)
        XCTAssertEqual(ItemScoring.score(.invalid, for: kind).status, .invalid)
    }

    func testWeightedDimensionsFactorsAndTotal() {
        let result = engine.score(answers())
        // alpha: A1 75 (1/4), A2 75 (1/4), A3 100 (2/4) -> 87.5
        XCTAssertEqual(result.dimensions[0].score!, 87.5, accuracy: 1e-12)
        // beta: f1 (1/4) B1 40; f2 (3/4) split over B2 100, B3 50, B4 50 -> 0.25*(40+100+50+50) = 60
        XCTAssertEqual(result.dimensions[1].score!, 60, accuracy: 1e-12)
        XCTAssertEqual(result.dimensions[1].factors.map(\.score), [40, 200.0 / 3])
        XCTAssertEqual(result.total!, (3 * 87.5 + 60) / 4, accuracy: 1e-12)
        XCTAssertEqual(result.bandID, "high")
        XCTAssertEqual(result.dimensions.map(\.bandID), ["high", "high"])
        XCTAssertEqual(result.dimensions.map(\.coverage), [1, 1])
        XCTAssertFalse(result.isRenormalised)
        XCTAssertEqual(engine.weightInDimension(ofQuestion: 3), 0.25)
        XCTAssertEqual(engine.weightInDimension(ofQuestion: 4), 0.25)
    }

    func testDontKnowLowersCoverageButIsNotZero() {
        let result = engine.score(answers(a3: .nonAnswer(.dontKnow)))
        XCTAssertEqual(result.dimensions[0].coverage, 0.5)
        XCTAssertEqual(result.dimensions[0].score!, 75, accuracy: 1e-12)
        XCTAssertEqual(result.itemStatuses[2], .dontKnow)
    }

    func testNotApplicableLeavesTheDenominator() {
        let result = engine.score(answers(a3: .nonAnswer(.notApplicable)))
        XCTAssertEqual(result.dimensions[0].coverage, 1)
        XCTAssertEqual(result.dimensions[0].score!, 75, accuracy: 1e-12)
        XCTAssertEqual(result.dimensions[0].answered, 2)
    }

    func testInsufficientDataRenormalisesTheTotal() {
        let result = engine.score(answers(a1: .blank, a3: .nonAnswer(.dontKnow)))
        XCTAssertEqual(result.dimensions[0].coverage, 0.25)
        XCTAssertNil(result.dimensions[0].score, "insufficient data is not 0")
        XCTAssertNil(result.dimensions[0].bandID)
        XCTAssertEqual(result.total!, 60, accuracy: 1e-12, "total over beta alone, its weight renormalised to 1")
        XCTAssertTrue(result.isRenormalised)
        XCTAssertEqual(result.coverage, (3 * 0.25 + 1 * 1) / 4, accuracy: 1e-12)
    }

    func testNothingAnsweredGivesNoTotal() {
        let result = engine.score([Answer](repeating: .blank, count: 7))
        XCTAssertNil(result.total)
        XCTAssertNil(result.bandID)
        XCTAssertEqual(result.coverage, 0)
    }

    func testBandBoundariesUpperInclusive() {
        let bands = BandSet(rule: .upperInclusive, bands: (0..<5).map { index in
            Band(id: "type-\(index + 1)", label: LocalizedText([:]), lower: Double(index * 20), upper: Double(index * 20 + 20))
        })
        XCTAssertEqual(bands.band(for: 0)?.id, "type-1")
        XCTAssertEqual(bands.band(for: 20)?.id, "type-1")
        XCTAssertEqual(bands.band(for: 20.004)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 20.5)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 21)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 40)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 100)?.id, "type-5")
        XCTAssertNil(bands.band(for: 100.5))
        XCTAssertNil(bands.band(for: -1))
    }

    func testBandBoundariesLowerInclusive() {
        let bands = BandSet(rule: .lowerInclusive, bands: [
            Band(id: "a", label: LocalizedText([:]), lower: 0, upper: 20), Band(id: "b", label: LocalizedText([:]), lower: 20, upper: 100),
        ])
        XCTAssertEqual(bands.band(for: 0)?.id, "a")
        XCTAssertEqual(bands.band(for: 19.999)?.id, "a")
        XCTAssertEqual(bands.band(for: 20)?.id, "b")
        XCTAssertEqual(bands.band(for: 100)?.id, "b")
    }

    func testBundledQuestionnaireBoundaries() {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let bands = QuestionnaireLoader.load(path: path).questionnaire!.bands
        XCTAssertEqual([20, 20.004, 20.5, 21, 60, 60.01, 100].map { bands.band(for: $0)!.id },
                       ["type-1", "type-2", "type-2", "type-2", "type-3", "type-4", "type-5"])
    }

    func testScoringIsDeterministic() {
        XCTAssertEqual(engine.score(answers()), engine.score(answers()))
    }
}
