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
}
