import XCTest
@testable import SmartCityKit

/// One fixture per validation rule, asserting the message and where it points.
final class QuestionnaireValidationTests: XCTestCase {
    private func diagnostics(_ text: String) -> [String] {
        Fixtures.load(text).diagnostics.map(\.description)
    }

    func testFixtureIsValidWithoutWarnings() {
        XCTAssertEqual(diagnostics(Fixtures.questionnaire), [])
        XCTAssertNotNil(Fixtures.load(Fixtures.questionnaire).questionnaire)
    }

    func testBundledIMonitorValidatesClean() {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let result = QuestionnaireLoader.load(path: path)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let questionnaire = try! XCTUnwrap(result.questionnaire)
        XCTAssertEqual(questionnaire.dimensions.map(\.weight), [29, 28, 22, 12, 6, 3])
        XCTAssertGreaterThanOrEqual(questionnaire.questions.count, 40)
        XCTAssertEqual(questionnaire.questions(in: "e-services").count, 14)
        XCTAssertEqual(questionnaire.bands.bands.map(\.referenceShare), [0.04, 0.46, 0.43, 0.07, 0.0])
        XCTAssertEqual(questionnaire.bands.rule, .upperInclusive)
    }

    func testQuestionnaireIDThatClimbsOutOfTheReportsFolderIsRefusedWithTheRule() {
        let text = Fixtures.replacing(#""id": "mini","#, with: #""id": "../../../../tmp/x","#)
        let result = Fixtures.load(text)
        XCTAssertNil(result.questionnaire)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            #"q.json:3:9: error: id: "../../../../tmp/x" cannot name the report folder (Reports/<id>/); use letters A-Z and a-z, digits, '.', '_' and '-' only, starting with a letter or digit, without '..', at most 128 characters"#,
        ])
    }

    func testSafeNameRuleAcceptsPlainIDsAndRefusesPathsDotsSpacesAndLongNames() {
        for id in ["mini", "smart-city-barometer", "i-monitor", "v1.2_draft", "2024"] {
            XCTAssertTrue(QuestionnaireValidator.isSafeName(id), id)
        }
        for id in ["", ".", "..", ".hidden", "a/b", "a..b", "-rf", "a b", "gent\\x", "café", "x\u{1B}", String(repeating: "a", count: 129)] {
            XCTAssertFalse(QuestionnaireValidator.isSafeName(id), id)
        }
        XCTAssertTrue(QuestionnaireValidator.isSafeName(String(repeating: "a", count: 128)))
    }

    func testEveryBundledQuestionnaireHasASafeID() {
        for name in ["i-monitor", "smart-city-barometer", "smart-city-dimensions"] {
            let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(name)/questionnaire.json").path
            let result = QuestionnaireLoader.load(path: path)
            XCTAssertEqual(result.questionnaire?.id, name)
            XCTAssertFalse(result.diagnostics.contains { $0.message.contains("cannot name the report folder") }, name)
        }
    }

    func testSyntaxErrorHasLineAndColumn() {
        let broken = Fixtures.replacing(#""version": "1.0","#, with: #""version": "1.0""#)
        XCTAssertEqual(diagnostics(broken), [#"q.json:5:3: error: invalid JSON: unexpected character '"'; expected ',' or '}' after the member "version""#])
    }

    func testTruncatedFile() {
        let truncated = Fixtures.questionnaire.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).joined(separator: "\n")
        XCTAssertEqual(diagnostics(truncated), [
            "q.json:8:39: error: invalid JSON: unexpected end of file inside an object: a '}' is missing (the file may be truncated)"
        ])
    }

    func testUnknownFormatVersion() {
        let text = Fixtures.replacing(#""format": 1"#, with: #""format": 2"#)
        XCTAssertEqual(diagnostics(text), ["q.json:2:13: error: format: unsupported format version 2; this smartcity reads format 1"])
    }

    func testDuplicateQuestionID() {
        let text = Fixtures.replacing(#"{"id": "A2", "dimension""#, with: #"{"id": "A1", "dimension""#)
        XCTAssertEqual(diagnostics(text), [
            #"q.json:37:5: error: questions[1]: duplicate question id "A1" (first declared at line 36); give each a unique id"#
        ])
    }

    func testDuplicateDimensionID() {
        let text = Fixtures.replacing(#"{"id": "beta", "label""#, with: #"{"id": "alpha", "label""#)
        let found = diagnostics(text)
        XCTAssertTrue(found.contains(#"q.json:29:5: error: dimensions[1]: duplicate dimension id "alpha" (first declared at line 27); give each a unique id"#), "\(found)")
    }

    func testUnknownDimensionAndFactor() {
        var text = Fixtures.replacing(#"{"id": "A3", "dimension": "alpha""#, with: #"{"id": "A3", "dimension": "gamma""#)
        text = Fixtures.replacing(#""factor": "f1""#, with: #""factor": "f9""#, in: text)
        XCTAssertEqual(diagnostics(text), [
            #"q.json:31:8: warning: dimensions[1].factors[0]: factor "f1" has no questions"#,
            #"q.json:38:5: error: questions[2]: question "A3" refers to unknown dimension "gamma"; use one of alpha, beta"#,
            #"q.json:39:5: error: questions[3]: question "B1" refers to unknown factor "f9" of dimension "beta"; use one of f1, f2"#,
        ])
    }

    func testNonPositiveAndMissingWeights() {
        let text = Fixtures.replacing(#""weight": 3,"#, with: #""weight": 0,"#)
        XCTAssertEqual(diagnostics(text), ["q.json:27:71: error: dimensions[0].weight: must be greater than 0, found 0; use a positive weight"])
        let missing = Fixtures.replacing(#""label": {"en": "Alpha", "nl": "Alfa"}, "weight": 3,"#, with: #""label": {"en": "Alpha", "nl": "Alfa"},"#)
        XCTAssertEqual(diagnostics(missing), [#"q.json:27:5: error: dimensions[0].weight: missing; add "weight": a positive number"#])
    }

    func testWrongTypeAndUnknownMemberWithSuggestion() {
        let text = Fixtures.replacing(#""weight": 2, "text""#, with: #""wieght": 2, "text""#)
        XCTAssertEqual(diagnostics(text), [#"q.json:38:57: error: questions[2].wieght: unknown member "wieght"; did you mean "weight"?"#])
        let typed = Fixtures.replacing(#""version": "1.0""#, with: #""version": 1.0"#)
        XCTAssertEqual(diagnostics(typed), ["q.json:4:14: error: version: expected a string, found a number"])
    }

    func testScaleWithOnePointAndDuplicateValues() {
        var onePoint = Fixtures.replacing(#"{"value": 0, "label": {"en": "none", "nl": "geen"}},"#, with: #"{"value": 0, "label": {"en": "none", "nl": "geen"}}"#)
        onePoint = Fixtures.replacing(#"{"value": 1, "label": {"en": "some", "nl": "wat"}},"#, with: "", in: onePoint)
        onePoint = Fixtures.replacing(#"{"value": 2, "label": {"en": "full", "nl": "vol"}}"#, with: "", in: onePoint)
        XCTAssertEqual(diagnostics(onePoint), [#"q.json:55:81: error: questions[6].scale: a scale needs at least two points; add points"#])
        let duplicate = Fixtures.replacing(#"{"value": 2, "label": {"en": "full""#, with: #"{"value": 1, "label": {"en": "full""#)
        XCTAssertEqual(diagnostics(duplicate), ["q.json:55:81: error: questions[6].scale: duplicate scale value 1; each point needs its own value"])
    }

    func testBandsOverlapGapAndCoverage() {
        let gap = Fixtures.replacing(#""lower": 50, "upper": 100"#, with: #""lower": 51, "upper": 100"#)
        XCTAssertEqual(diagnostics(gap), [
            #"q.json:24:5: error: bands.items[1]: gap between band "low" (ends at 50) and band "high" (starts at 51); set its lower bound to 50, the boundary rule decides where 50 itself falls"#
        ])
        let overlap = Fixtures.replacing(#""lower": 50, "upper": 100"#, with: #""lower": 40, "upper": 100"#)
        XCTAssertEqual(diagnostics(overlap), [
            #"q.json:24:5: error: bands.items[1]: band "high" (40-100) overlaps band "low" (0-50); set its lower bound to 50"#
        ])
        let short = Fixtures.replacing(#""lower": 50, "upper": 100"#, with: #""lower": 50, "upper": 90"#)
        XCTAssertEqual(diagnostics(short), [
            "q.json:24:5: error: bands.items[1]: the bands end at 90; the highest band must end at 100 so that every score 0-100 has a band"
        ])
        let late = Fixtures.replacing(#""lower": 0, "upper": 50"#, with: #""lower": 10, "upper": 50"#)
        XCTAssertEqual(diagnostics(late), [
            "q.json:23:5: error: bands.items[0]: the bands start at 10; the lowest band must start at 0 so that every score 0-100 has a band"
        ])
    }

    func testMissingTranslationAndEmptyDimensionAreWarnings() {
        let text = Fixtures.replacing(#""title": {"en": "Mini", "nl": "Mini"}"#, with: #""title": {"en": "Mini"}"#)
        XCTAssertEqual(diagnostics(text), [#"q.json:5:12: warning: title: no text in "nl", a declared language; add "nl": "...""#])
        XCTAssertNotNil(Fixtures.load(text).questionnaire, "warnings do not make a questionnaire invalid")
        let noQuestions = Fixtures.replacing(#"{"id": "A3", "dimension": "alpha""#, with: #"{"id": "A3", "dimension": "beta", "factor": "f1""#,
            in: Fixtures.replacing(#"{"id": "A2", "dimension": "alpha""#, with: #"{"id": "A2", "dimension": "beta", "factor": "f1""#,
            in: Fixtures.replacing(#"{"id": "A1", "dimension": "alpha""#, with: #"{"id": "A1", "dimension": "beta", "factor": "f1""#)))
        XCTAssertEqual(diagnostics(noQuestions), [#"q.json:27:5: warning: dimensions[0]: dimension "alpha" has no scored questions; it can never be scored"#])
    }

    func testAQuestionnaireThatCanScoreNothingIsAnError() {
        var text = Fixtures.questionnaire
        for id in ["A1", "A2", "A3", "B1", "B2", "B3", "B4"] {
            text = Fixtures.replacing(#"{"id": "\#(id)", "#, with: #"{"id": "\#(id)", "scored": false, "#, in: text)
        }
        XCTAssertTrue(diagnostics(text).contains("q.json:1:1: error: questions: no dimension has a scored question, so nothing can ever be scored; give a dimension at least one scored question"),
                      "\(diagnostics(text))")
    }

    func testRecommendationsMustNameBands() {
        let text = Fixtures.replacing(#""high": {"en": "Keep going.", "nl": "Ga door."}"#, with: #""top": {"en": "Keep going.", "nl": "Ga door."}"#)
        XCTAssertEqual(diagnostics(text), [
            #"q.json:27:5: error: dimensions[0]: no recommendation for band "high"; add one under recommendations"#.replacingOccurrences(of: "error", with: "warning"),
            #"q.json:27:5: error: dimensions[0]: recommendation for unknown band "top"; use one of low, high"#,
        ])
    }

    func testUnknownScaleTypeAndMissingFactor() {
        let scale = Fixtures.replacing(#""type": "likert", "scale": "five", "text": {"en": "A1?""#, with: #""type": "likert", "scale": "seven", "text": {"en": "A1?""#)
        XCTAssertEqual(diagnostics(scale), [#"q.json:36:67: error: questions[0].scale: unknown scale "seven"; define it under "scales" or use one of five"#])
        let type = Fixtures.replacing(#""type": "yesno""#, with: #""type": "yes-no""#)
        XCTAssertEqual(diagnostics(type), [#"q.json:38:48: error: questions[2].type: unknown question type "yes-no"; use one of likert, level, choice, multi, yesno, number"#])
        let noFactor = Fixtures.replacing(#""dimension": "beta", "factor": "f1", "type""#, with: #""dimension": "beta", "type""#)
        XCTAssertEqual(diagnostics(noFactor), [
            #"q.json:31:8: warning: dimensions[1].factors[0]: factor "f1" has no questions"#,
            #"q.json:39:5: error: questions[3]: question "B1" has no factor, but dimension "beta" has factors; add "factor" with one of f1, f2"#,
        ])
    }

    func testThresholdsMustRiseAndOptionCodesMustNotClash() {
        let falling = Fixtures.replacing(#"{"atLeast": 2.5, "score": 100}"#, with: #"{"atLeast": 0.5, "score": 100}"#)
        XCTAssertEqual(diagnostics(falling), ["q.json:54:20: error: questions[5].thresholds: thresholds must rise: 0.5 follows 1"])
        let clash = Fixtures.replacing(#"{"code": "x", "label""#, with: #"{"code": "dk", "label""#)
        XCTAssertEqual(diagnostics(clash), [#"q.json:41:8: error: questions[3].options[0]: option code "dk" is also a non-answer code; choose another code"#])
    }

    func testWeightsThatCannotBeScoredExactlyAreRefused() {
        let huge = Fixtures.replacing(#""id": "alpha", "label": {"en": "Alpha", "nl": "Alfa"}, "weight": 3"#,
                                      with: #""id": "alpha", "label": {"en": "Alpha", "nl": "Alfa"}, "weight": 1e308"#)
        let found = Fixtures.load(huge)
        XCTAssertNil(found.questionnaire, "a questionnaire whose totals would be NaN does not load")
        XCTAssertTrue(found.diagnostics.contains { $0.severity == .error && $0.message.contains("too large or has too many digits to score exactly") },
                      "\(found.diagnostics)")
    }

    func testMultiQuestionsHaveAtMost64Options() {
        let r = #"{"code": "r", "label": {"en": "R", "nl": "R"}, "score": 30}"#
        let more = (1...62).map { #"{"code": "o\#($0)", "label": {"en": "O", "nl": "O"}, "score": 1}"# }
        let text = Fixtures.replacing(r, with: ([r] + more).joined(separator: ", "))
        XCTAssertTrue(diagnostics(text).contains { $0.hasSuffix(#"error: questions[4]: question "B2" has 65 options; a multi question can have at most 64, split it into several questions"#) },
                      "\(diagnostics(text))")
    }
}

/// The JSON Schema for editors must describe the same members the loader accepts.
final class SchemaTests: XCTestCase {
    func testSchemaListsTheMembersTheLoaderAccepts() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/questionnaire.schema.json")
        let schema = try JSONParser.parse(Array(try Data(contentsOf: url)))
        func keys(_ node: JSONNode?) -> Set<String> {
            guard case .object(let members)? = node?.value else { return [] }
            return Set(members.map(\.key))
        }
        XCTAssertEqual(keys(schema["properties"]), Set(QuestionnaireDecoder.topLevelMembers))
        guard case .array(let variants)? = schema["$defs"]?["question"]?["oneOf"]?.value else { return XCTFail("question variants") }
        let questionKeys = variants.reduce(into: Set<String>()) { $0.formUnion(keys($1["properties"])) }
        XCTAssertEqual(questionKeys, Set(QuestionnaireDecoder.questionMembers))
    }

    func testMappingSchemaListsTheMembersTheLoaderAccepts() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/mapping.schema.json")
        let schema = try JSONParser.parse(Array(try Data(contentsOf: url)))
        guard case .object(let members)? = schema["properties"]?.value else { return XCTFail("properties") }
        XCTAssertEqual(Set(members.map(\.key)), Set(ResponseMapping.topLevelMembers))
        guard case .array(let tools)? = schema["properties"]?["from"]?["enum"]?.value else { return XCTFail("from") }
        XCTAssertEqual(tools.compactMap { if case .string(let name) = $0.value { name } else { nil } }, SurveyDialect.allCases.map(\.rawValue))
    }
}

extension QuestionnaireValidationTests {
    func testAResponsesArrayGivenAsTheQuestionnaireAsksWhetherTheyWereSwapped() {
        let loaded = QuestionnaireLoader.load(bytes: Array(#"[{"id": "north", "IM01": "yes"}]"#.utf8), path: "responses.json")
        XCTAssertNil(loaded.questionnaire)
        XCTAssertEqual(loaded.diagnostics.map(\.description), [
            "responses.json:1:1: error: expected a questionnaire object, found an array; this looks like a responses file, not a questionnaire - did you swap them? Give the questionnaire (JSON) first, then the responses files",
        ])
    }
}

/// Issue 28, item 6: a category column labels its values per language; a value of another kind of column cannot be labelled.
final class MetadataValueLabelTests: XCTestCase {
    private func load(_ field: String) -> QuestionnaireLoadResult {
        Fixtures.load(Fixtures.replacing(#""languages": ["en", "nl"],"#, with: #""languages": ["en", "nl"], "metadata": [\#(field)],"#))
    }

    func testACategoryLabelsItsValuesPerLanguage() throws {
        let loaded = load(#"{"id": "area", "label": {"en": "Area", "nl": "Gebied"}, "kind": "category", "values": {"rural": {"en": "rural", "nl": "landelijk"}}}"#)
        XCTAssertEqual(loaded.diagnostics.map(\.description), [])
        let field = try XCTUnwrap(loaded.questionnaire?.metadata?.first)
        XCTAssertEqual(field.values["rural"]?.text(in: "nl", fallback: "en"), "landelijk")
        XCTAssertNil(field.values["urban"], "a value not listed is shown as written")
    }

    func testOnlyACategoryHasLabelledValues() {
        let loaded = load(#"{"id": "population", "label": {"en": "Population", "nl": "Inwoners"}, "kind": "number", "values": {"1": {"en": "one", "nl": "een"}}}"#)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.message),
                       [#"metadata[0].values: only a "category" column has labelled values; set "kind": "category" or remove them"#])
    }
}
