import XCTest
@testable import SmartCityKit

/// Descriptive sections, unscored questions and dimension maturity levels.
final class DescriptiveTests: XCTestCase {
    private func diagnostics(_ text: String) -> [String] {
        Fixtures.load(text).diagnostics.map(\.description)
    }

    func testFixtureIsValid() throws {
        XCTAssertEqual(diagnostics(Fixtures.descriptiveQuestionnaire), [])
        let questionnaire = try XCTUnwrap(Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire)
        XCTAssertEqual(questionnaire.descriptiveQuestionIndices.map { questionnaire.questions[$0].id }, ["AL", "S1", "S2", "S3"])
        XCTAssertTrue(questionnaire.hasLevels)
        XCTAssertEqual(questionnaire.questions(in: "context").count, 3)
    }

    func testValidationRules() {
        let text = Fixtures.descriptiveQuestionnaire
        let notLevel = Fixtures.replacing(#""levelQuestion": "AL""#, with: #""levelQuestion": "A1""#, in: text)
        XCTAssertTrue(diagnostics(notLevel).contains { $0.hasSuffix(#"error: dimensions[0]: levelQuestion "A1" is a likert question; the maturity level needs a level question"#) }, "\(diagnostics(notLevel))")
        let elsewhere = Fixtures.replacing(#""levelQuestion": "AL""#, with: #""levelQuestion": "B4""#, in: text)
        XCTAssertTrue(diagnostics(elsewhere).contains { $0.hasSuffix(#"error: dimensions[0]: levelQuestion "B4" is not a question of dimension "alpha"; name one of its level questions"#) }, "\(diagnostics(elsewhere))")
        let unknownSection = Fixtures.replacing(#"{"id": "S1", "section": "context""#, with: #"{"id": "S1", "section": "kontext""#, in: text)
        XCTAssertTrue(diagnostics(unknownSection).contains { $0.hasSuffix(#"error: questions[8]: question "S1" refers to unknown section "kontext"; use one of context"#) }, "\(diagnostics(unknownSection))")
        let both = Fixtures.replacing(#"{"id": "S1", "section": "context""#, with: #"{"id": "S1", "dimension": "alpha", "section": "context""#, in: text)
        XCTAssertTrue(diagnostics(both).contains { $0.hasSuffix("error: questions[8]: a question has a dimension or a section, not both; remove one") }, "\(diagnostics(both))")
        let scored = Fixtures.replacing(#"{"id": "S1", "section": "context""#, with: #"{"id": "S1", "section": "context", "scored": true"#, in: text)
        XCTAssertTrue(diagnostics(scored).contains { $0.hasSuffix(#"error: questions[8]: questions of a section are descriptive; move the question to a dimension or remove "scored": true"#) }, "\(diagnostics(scored))")
        let neither = Fixtures.replacing(#"{"id": "S1", "section": "context", "#, with: #"{"id": "S1", "#, in: text)
        XCTAssertTrue(diagnostics(neither).contains { $0.hasSuffix(#"error: questions[8].dimension: missing; add "dimension" (a scored question) or "section" (a descriptive one)"#) }, "\(diagnostics(neither))")
    }

    func testUnscoredQuestionsDoNotCountAndLevelsAreReported() throws {
        let questionnaire = try XCTUnwrap(Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire)
        let engine = ScoringEngine(questionnaire: questionnaire)
        let base: [Answer] = [.number(4), .number(2), .yesNo(true), .choice(1), .choices(OptionSelection([0, 1])), .number(1.5), .number(1)]
        let withLevel = engine.score(base + [.number(3), .choice(0), .choices(OptionSelection([0])), .number(4)])
        let withoutLevel = engine.score(base + [.blank, .blank, .blank, .blank])
        XCTAssertEqual(withLevel.total, withoutLevel.total)
        XCTAssertEqual(withLevel.dimensions[0].exactScore, Fraction(175, 2))
        XCTAssertEqual(withLevel.dimensions[0].questions, 3, "the level question is not one of the scored questions")
        XCTAssertEqual(withLevel.dimensions.map(\.level), [3, nil])
        XCTAssertEqual(withoutLevel.dimensions.map(\.level), [nil, nil])
    }

    func testDescriptiveSummaryCountsAndShares() throws {
        let questionnaire = try XCTUnwrap(Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire)
        let multi = DescriptiveSummary(questionIndex: 9, question: questionnaire.questions[9],
                                       answers: [.choices(OptionSelection([0, 1])), .choices(OptionSelection([0])), .nonAnswer(.dontKnow), .blank])
        XCTAssertEqual(multi.answered, 2)
        XCTAssertEqual(multi.nonAnswers, 1)
        XCTAssertEqual(multi.counts.map(\.code), ["budget", "skills"])
        XCTAssertEqual(multi.counts.map(\.count), [2, 1])
        XCTAssertEqual(multi.counts.map(\.share), [1, 0.5], "shares of respondents, not of mentions")
        let number = DescriptiveSummary(questionIndex: 10, question: questionnaire.questions[10], answers: [.number(2), .number(6), .blank])
        XCTAssertEqual(number.statistics?.mean, 4)
        XCTAssertEqual(number.counts, [])
        let level = DescriptiveSummary(questionIndex: 7, question: questionnaire.questions[7], answers: [.number(3), .number(3), .number(1)])
        XCTAssertEqual(level.counts.map(\.count), [1, 0, 2])
    }
}

/// Quartiles as R's default `quantile` (type 7) and pandas' `linear` compute them.
final class QuartileTests: XCTestCase {
    func testQuartilesInterpolateBetweenOrderStatistics() throws {
        // R: quantile(c(1, 2, 3, 4), c(.25, .75)) = 1.75, 3.25.
        let four = try XCTUnwrap(Descriptive([4, 1, 3, 2]))
        XCTAssertEqual(four.firstQuartile, 1.75, accuracy: 1e-12)
        XCTAssertEqual(four.thirdQuartile, 3.25, accuracy: 1e-12)
        // R: quantile(c(10, 20, 20, 30, 50, 60), c(.25, .75)) = 20, 45.
        let six = try XCTUnwrap(Descriptive([10, 20, 20, 30, 50, 60]))
        XCTAssertEqual(six.firstQuartile, 20, accuracy: 1e-12)
        XCTAssertEqual(six.thirdQuartile, 45, accuracy: 1e-12)
        let one = try XCTUnwrap(Descriptive([7]))
        XCTAssertEqual([one.firstQuartile, one.median, one.thirdQuartile], [7, 7, 7])
    }
}
