import XCTest
@testable import SmartCityKit

final class ScoringTests: XCTestCase {
    let questionnaire = Fixtures.mini
    lazy var engine = ScoringEngine(questionnaire: questionnaire)

    /// Answers in question order: A1 A2 A3 B1 B2 B3 B4.
    private func answers(
        a1: Answer = .number(4), a2: Answer = .number(2), a3: Answer = .yesNo(true), b1: Answer = .choice(1),
        b2: Answer = .choices(OptionSelection([0, 1])), b3: Answer = .number(1.5), b4: Answer = .number(1)
    ) -> [Answer] { [a1, a2, a3, b1, b2, b3, b4] }

    private func item(_ answer: Answer, question: Int) -> Fraction? { engine.itemScore(answer, question: question) }

    func testItemScoresPerQuestionType() {
        XCTAssertEqual(item(.number(4), question: 0), 75)
        XCTAssertEqual(item(.number(1), question: 0), 0)
        XCTAssertEqual(item(.number(2), question: 1), 75, "reverse likert")
        XCTAssertEqual(item(.number(5), question: 1), 0, "reverse likert")
        XCTAssertEqual(item(.yesNo(true), question: 2), 100)
        XCTAssertEqual(item(.yesNo(false), question: 2), 0)
        XCTAssertEqual(item(.choice(1), question: 3), 40)
        XCTAssertEqual(item(.choices(OptionSelection([0])), question: 4), 50)
        XCTAssertEqual(item(.choices(OptionSelection([0, 1, 2])), question: 4), 100, "sum capped at the maximum")
        XCTAssertEqual(item(.choices(OptionSelection()), question: 4), 0)
        XCTAssertEqual(item(.number(0.99), question: 5), 0)
        XCTAssertEqual(item(.number(1), question: 5), 50)
        XCTAssertEqual(item(.number(2.5), question: 5), 100)
        XCTAssertEqual(item(.number(1), question: 6), 50, "level 1 of 0-2")
    }

    func testALikertValueOffTheScaleOrBetweenItsPointsIsInvalid() {
        for value in [0.0, 6, 2.5, 4.999, -1, .nan, .infinity] {
            XCTAssertEqual(engine.itemUnits(.number(value), question: 0).status, .invalid, "\(value)")
            XCTAssertNil(item(.number(value), question: 0), "\(value)")
        }
        XCTAssertEqual(item(.number(5), question: 0), 100, "the last point is on the scale")
    }

    func testReverseYesNoScoresNoAsFull() {
        let text = Fixtures.replacing(#"{"id": "A3", "dimension": "alpha", "type": "yesno","#,
                                      with: #"{"id": "A3", "dimension": "alpha", "type": "yesno", "reverse": true,"#)
        let engine = ScoringEngine(questionnaire: Fixtures.load(text).questionnaire!)
        XCTAssertEqual(engine.itemScore(.yesNo(true), question: 2), 0)
        XCTAssertEqual(engine.itemScore(.yesNo(false), question: 2), 100)
    }

    func testShareRuleCountsOnlyScoringOptions() {
        let text = Fixtures.replacing(#""rule": "sum-capped", "maximum": 60,"#, with: #""rule": "share","#)
        let shared = Fixtures.replacing(#"{"code": "r", "label": {"en": "R", "nl": "R"}, "score": 30}"#,
                                        with: #"{"code": "r", "label": {"en": "R", "nl": "R"}, "score": 30}, {"code": "none", "label": {"en": "None", "nl": "Geen"}, "score": 0}"#,
                                        in: text)
        let engine = ScoringEngine(questionnaire: Fixtures.load(shared).questionnaire!)
        XCTAssertEqual(engine.itemScore(.choices(OptionSelection([0])), question: 4), Fraction(100, 3), "one of three scoring options, exactly")
        XCTAssertEqual(engine.itemScore(.choices(OptionSelection([3])), question: 4), 0)
    }

    func testNonAnswersAreNeverZero() {
        XCTAssertNil(item(.nonAnswer(.dontKnow), question: 0))
        XCTAssertEqual(engine.itemUnits(.nonAnswer(.dontKnow), question: 0).status, .dontKnow)
        XCTAssertEqual(engine.itemUnits(.nonAnswer(.notApplicable), question: 0).status, .notApplicable)
        XCTAssertEqual(engine.itemUnits(.notShown, question: 0).status, .notShown)
        XCTAssertEqual(engine.itemUnits(.blank, question: 0).status, .blank)
        XCTAssertEqual(engine.itemUnits(.invalid, question: 0).status, .invalid)
    }

    func testWeightedDimensionsFactorsAndTotal() {
        let result = engine.score(answers())
        // alpha: A1 75 (1/4), A2 75 (1/4), A3 100 (2/4) -> 87.5
        XCTAssertEqual(result.dimensions[0].exactScore, Fraction(175, 2))
        // beta: f1 (1/4) B1 40; f2 (3/4) split over B2 100, B3 50, B4 50 -> 0.25*(40+100+50+50) = 60
        XCTAssertEqual(result.dimensions[1].exactScore, 60)
        XCTAssertEqual(result.dimensions[1].factors.map(\.exactScore), [40, Fraction(200, 3)])
        XCTAssertEqual(result.exactTotal, Fraction(3 * 175 + 2 * 60, 8))
        XCTAssertEqual(result.bandID, "high")
        XCTAssertEqual(result.dimensions.map(\.bandID), ["high", "high"])
        XCTAssertEqual(result.dimensions.map(\.exactCoverage), [1, 1])
        XCTAssertFalse(result.isRenormalised)
        XCTAssertEqual(engine.weightInDimension(ofQuestion: 3), Fraction(1, 4))
        XCTAssertEqual(engine.weightInDimension(ofQuestion: 4), Fraction(1, 4))
        XCTAssertEqual(engine.weightInDimension(ofQuestion: 2), Fraction(1, 2))
    }

    func testDontKnowLowersCoverageButIsNotZero() {
        let result = engine.score(answers(a3: .nonAnswer(.dontKnow)))
        XCTAssertEqual(result.dimensions[0].exactCoverage, Fraction(1, 2))
        XCTAssertEqual(result.dimensions[0].exactScore, 75, "coverage exactly at the minimum is enough")
        XCTAssertEqual(result.itemStatuses[2], .dontKnow)
    }

    func testNotApplicableLeavesTheDenominator() {
        let result = engine.score(answers(a3: .nonAnswer(.notApplicable)))
        XCTAssertEqual(result.dimensions[0].exactCoverage, 1)
        XCTAssertEqual(result.dimensions[0].exactScore, 75)
        XCTAssertEqual(result.dimensions[0].answered, 2)
    }

    func testInsufficientDataRenormalisesTheTotal() {
        let result = engine.score(answers(a1: .blank, a3: .nonAnswer(.dontKnow)))
        XCTAssertEqual(result.dimensions[0].exactCoverage, Fraction(1, 4))
        XCTAssertNil(result.dimensions[0].score, "insufficient data is not 0")
        XCTAssertNil(result.dimensions[0].bandID)
        XCTAssertEqual(result.exactTotal, 60, "total over beta alone, its weight renormalised to 1")
        XCTAssertTrue(result.isRenormalised)
        XCTAssertEqual(result.exactCoverage, Fraction(7, 16), "(3 x 1/4 + 1 x 1) / 4")
    }

    func testNothingAnsweredGivesNoTotal() {
        let result = engine.score([Answer](repeating: .blank, count: 7))
        XCTAssertNil(result.total)
        XCTAssertNil(result.bandID)
        XCTAssertEqual(result.exactCoverage, 0)
    }

    func testTwelfthsAddUpToExactlyTheMinimumCoverage() throws {
        // Twelve yes/no questions of equal weight: six answered is exactly one half, which is
        // enough for a 50 % minimum (in floating point 6 x 1/12 is 0.49999999999999994).
        let yesNo = (1...12).map { #"{"id": "Y\#($0)", "dimension": "alpha", "type": "yesno", "text": {"en": "Y?", "nl": "Y?"}}"# }
        let beta = #"{"id": "B1", "dimension": "beta", "factor": "f1", "type": "yesno", "text": {"en": "B1?", "nl": "B1?"}}, {"id": "B2", "dimension": "beta", "factor": "f2", "type": "yesno", "text": {"en": "B2?", "nl": "B2?"}}"#
        let start = Fixtures.questionnaire.range(of: #""questions": ["#)!.upperBound
        let end = Fixtures.questionnaire.range(of: "\n  ]\n}")!.lowerBound
        var text = Fixtures.questionnaire
        text.replaceSubrange(start..<end, with: "\n" + (yesNo + [beta]).joined(separator: ",\n"))
        let loaded = Fixtures.load(text)
        let engine = ScoringEngine(questionnaire: try XCTUnwrap(loaded.questionnaire, "\(loaded.diagnostics)"))
        let answers = (0..<12).map { $0 < 6 ? Answer.yesNo($0 % 2 == 0) : .nonAnswer(.dontKnow) } + [.blank, .blank]
        let result = engine.score(answers)
        XCTAssertEqual(result.dimensions[0].exactCoverage, Fraction(1, 2))
        XCTAssertEqual(result.dimensions[0].exactScore, 50)
        XCTAssertEqual(result.dimensions[0].bandID, "low", "50 is the upper edge of low, inclusive")
    }

    func testBandBoundariesUpperInclusive() {
        let bands = BandSet(rule: .upperInclusive, bands: (0..<5).map { index in
            Band(id: "type-\(index + 1)", label: LocalizedText([:]), lower: Double(index * 20), upper: Double(index * 20 + 20))
        })
        XCTAssertEqual(bands.band(for: 0)?.id, "type-1")
        XCTAssertEqual(bands.band(for: 20)?.id, "type-1")
        XCTAssertEqual(bands.band(for: Fraction(20004, 1000))?.id, "type-2")
        XCTAssertEqual(bands.band(for: Fraction(41, 2))?.id, "type-2")
        XCTAssertEqual(bands.band(for: 21)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 40)?.id, "type-2")
        XCTAssertEqual(bands.band(for: 100)?.id, "type-5")
        XCTAssertEqual(bands.band(for: Fraction(1, 3).adding(Fraction(299, 3))!)?.id, "type-5", "exactly 100 from a sum of thirds")
        XCTAssertEqual(bands.band(for: Fraction(40 * 3, 3))?.id, "type-2", "an edge is decided on the exact value")
        XCTAssertNil(bands.band(for: Fraction(201, 2)))
        XCTAssertNil(bands.band(for: -1))
    }

    func testBandBoundariesLowerInclusive() {
        let bands = BandSet(rule: .lowerInclusive, bands: [
            Band(id: "a", label: LocalizedText([:]), lower: 0, upper: 20), Band(id: "b", label: LocalizedText([:]), lower: 20, upper: 100),
        ])
        XCTAssertEqual(bands.band(for: 0)?.id, "a")
        XCTAssertEqual(bands.band(for: Fraction(19999, 1000))?.id, "a")
        XCTAssertEqual(bands.band(for: 20)?.id, "b")
        XCTAssertEqual(bands.band(for: 100)?.id, "b")
    }

    func testTheEnginesBandTablePlacesEveryScoreAsItsBandSetDoes() {
        let decimal = { (id: String, lower: Double, upper: Double) in Band(id: id, label: LocalizedText([:]), lower: lower, upper: upper) }
        let sets = [
            BandSet(rule: .upperInclusive, bands: [decimal("u1", 0, 33.3), decimal("u2", 33.3, 66.65), decimal("u3", 66.65, 100)]),
            BandSet(rule: .lowerInclusive, bands: [decimal("l1", 0, 12.5), decimal("l2", 12.5, 50), decimal("l3", 50, 100)]),
        ]
        let table = BandTable(sets)
        // Scores on, just beside and between the edges, outside 0-100, and one beyond 64 bits
        // (placed by the 128-bit comparison instead of the cross products).
        var scores = [Fraction(-1), Fraction(0), Fraction(100), Fraction(201, 2), Fraction(Int128(1) << 100, Int128(1) << 94)]
        for edge in [Fraction(333, 10), Fraction(6665, 100), Fraction(25, 2), Fraction(50)] {
            scores += [edge, Fraction(edge.numerator * 1_000_000 - 1, edge.denominator * 1_000_000),
                       Fraction(edge.numerator * 1_000_000 + 1, edge.denominator * 1_000_000), Fraction(edge.numerator * 3, edge.denominator * 3)]
        }
        scores += (0...300).map { Fraction(Int128($0), 3) }
        for (index, set) in sets.enumerated() {
            for score in scores {
                XCTAssertEqual(table.band(for: score, set: index), set.band(for: score)?.id, "\(score) in set \(index)")
            }
        }
        XCTAssertEqual(table.band(for: Fraction(333, 10), set: 0), "u1")
        XCTAssertEqual(table.band(for: Fraction(25, 2), set: 1), "l2")
    }

    func testBundledQuestionnaireBoundaries() {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let bands = QuestionnaireLoader.load(path: path).questionnaire!.bands
        let scores = [Fraction(20), Fraction(20004, 1000), Fraction(41, 2), Fraction(21), Fraction(60), Fraction(6001, 100), Fraction(100)]
        XCTAssertEqual(scores.map { bands.band(for: $0)!.id },
                       ["type-1", "type-2", "type-2", "type-2", "type-3", "type-4", "type-5"])
    }

    func testScoringIsDeterministic() {
        XCTAssertEqual(engine.score(answers()), engine.score(answers()))
    }
}
