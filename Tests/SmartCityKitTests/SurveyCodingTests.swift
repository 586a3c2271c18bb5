import Foundation
import XCTest
@testable import SmartCityKit

/// How a survey tool coded the answers: an explicit value map always wins, numeric codings and
/// non-answer codes are inferred by `map` from the evidence and flagged for review, `score`
/// warns about a coding it sees without a mapping, and a file of another questionnaire is refused.
final class SurveyCodingTests: XCTestCase {
    let questionnaire = Fixtures.iMonitor

    private func index(_ id: String) -> Int { questionnaire.questions.firstIndex { $0.id == id }! }

    /// The draft for an export, parsed, with its diagnostics.
    private func draft(_ text: String, name: String = "export.csv", options: ReadingOptions = ReadingOptions())
        throws -> (root: JSONNode, diagnostics: [Diagnostic], mapping: ResponseMapping)
    {
        let drafted = MappingDraft.draft(path: Fixtures.write(text, name: name), questionnaire: questionnaire, options: options)
        let json = try XCTUnwrap(drafted.value, "\(drafted.diagnostics)")
        let loaded = ResponseMapping.load(bytes: Array(json.utf8), path: "mapping.json")
        XCTAssertEqual(loaded.diagnostics, [])
        return (try JSONParser.parse(Array(json.utf8)), drafted.diagnostics, try XCTUnwrap(loaded.value))
    }

    private func string(_ node: JSONNode?) -> String? {
        if case .string(let text)? = node?.value { return text }
        return nil
    }

    // MARK: - Explicit value maps

    func testAMappingsValueMapIsAppliedBeforeTheScale() throws {
        let path = Fixtures.write("id,ES01,ES02\nm1,3,7\n", name: "responses.csv")
        let mapping = ResponseMapping(answers: ["ES01": ["1": "0", "2": "1", "3": "2", "4": "3", "5": "4", "6": "5"], "ES02": ["7": "dk"]])
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire, options: ReadingOptions(mapping: mapping))
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        let row = try XCTUnwrap(read.rows.first)
        XCTAssertEqual(row.answers[index("ES01")], .number(2), "3 is on the scale, but the mapping says 2")
        XCTAssertEqual(row.answers[index("ES02")], .nonAnswer(.dontKnow))
    }

    func testAMappingsNonAnswerCodeWinsOverAnOptionCode() throws {
        // "none" is an option code of IM04; a mapping that names it a non-answer is obeyed.
        let path = Fixtures.write("id,IM04\nm1,none\n", name: "responses.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire,
                                          options: ReadingOptions(mapping: ResponseMapping(nonAnswers: ["none": .notApplicable])))
        XCTAssertEqual(read.rows.first?.answers[index("IM04")], .nonAnswer(.notApplicable))
    }

    // MARK: - Non-answer codes

    func testTheDraftProposesNonAnswerCodesWrittenInManyQuestionsWithTheEvidence() throws {
        let drafted = try draft("""
            id,submitdate,lastpage,IM01,IM04,IM09,IM10,ES01
            1,2026-03-01,3,Y,A1,WN,A2,NVT
            2,2026-03-01,3,WN,NVT,A3,WN,A4
            3,2026-03-01,3,N,A2,NVT,A5,Onbekend
            """)
        XCTAssertEqual(drafted.mapping.nonAnswers, ["WN": .dontKnow, "NVT": .notApplicable])
        guard case .array(let review)? = drafted.root["review"]?.value else { return XCTFail("a review list") }
        let evidence = review.compactMap { entry in string(entry["nonAnswer"]).map { "\($0): \(string(entry["evidence"]) ?? "")" } }
        XCTAssertEqual(evidence, ["NVT: written in 3 questions (3 cells), where no option or scale point has it",
                                  "WN: written in 3 questions (3 cells), where no option or scale point has it"])
        XCTAssertTrue(drafted.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("\"WN\" is written in 3 questions (3 cells), where no option or scale point has it: drafted under nonAnswers as dont-know")
        }, "\(drafted.diagnostics)")
        // "Onbekend" is no known non-answer word and occurs once: left open for the reviewer.
        guard case .array(let unmapped)? = drafted.root["unmapped"]?.value else { return XCTFail("an unmapped list") }
        XCTAssertEqual(unmapped.compactMap { string($0["answer"]) }, ["Onbekend"])
        let read = Fixtures.readResponses(path: Fixtures.write("id,submitdate,lastpage,IM09\n1,2026-03-01,3,WN\n", name: "export.csv"),
                                          questionnaire: questionnaire, options: ReadingOptions(mapping: drafted.mapping))
        XCTAssertEqual(read.rows.first?.answers[index("IM09")], .nonAnswer(.dontKnow))
    }

    func testAKnownNonAnswerWordInOnlyOneOfSeveralQuestionsIsNotProposed() throws {
        let drafted = try draft("""
            id,submitdate,lastpage,IM09,IM10
            1,2026-03-01,3,N/A,2
            2,2026-03-01,3,3,4
            """)
        XCTAssertEqual(drafted.mapping.nonAnswers, [:])
    }

    func testANonAnswerCheckboxOfAMultiQuestionReadsAsThatNonAnswer() throws {
        let path = Fixtures.write("""
            id,submitdate,lastpage,CO01[SQ001],CO01[SQ002],CO01[WN]
            1,"2026-03-01","3","Y","",""
            2,"2026-03-01","3","","","Y"
            """, name: "limesurvey.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(read.rows.map { $0.answers[index("CO01")] }, [.choices(OptionSelection([0])), .nonAnswer(.dontKnow)])
    }

    func testScoringAnExportWithAnUnmappedNonAnswerCodeSaysWhatItLooksLike() throws {
        let path = Fixtures.write("""
            id,submitdate,lastpage,IM09,IM10
            1,2026-03-01,3,NVT,2
            2,2026-03-01,3,4,NVT
            """, name: "limesurvey.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertTrue(read.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("\"NVT\" is written in 2 questions (2 cells of the first rows) and is not an answer to them; if it means \"not applicable\", name it under nonAnswers")
        }, "\(read.diagnostics)")
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.count, 2, "the cells themselves are still errors")
    }

    // MARK: - Numeric codings

    func testTheDraftMapsValuesOneAboveTheScaleAndFlagsThemForReview() throws {
        // A 0..5 scale written 1..6: 6 is beyond the scale, 0 never occurs.
        let drafted = try draft("""
            _uuid,_submission_time,ES01,ES02,IM09
            a,2026-03-01,6,1,4
            b,2026-03-01,2,3,1
            c,2026-03-01,1,5,5
            """)
        XCTAssertEqual(drafted.mapping.answers["ES01"], ["1": "0", "2": "1", "3": "2", "4": "3", "5": "4", "6": "5"])
        XCTAssertEqual(drafted.mapping.answers["ES02"], ["1": "0", "2": "1", "3": "2", "4": "3", "5": "4", "6": "5"],
                       "ES02 holds no 6, but its scale is written one above in ES01")
        XCTAssertNil(drafted.mapping.answers["IM09"], "1..5 on a 1..5 scale: nothing to infer")
        XCTAssertTrue(drafted.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("2 columns \"ES01\", \"ES02\": the numbers 1, 2, 6 are written for the scale 0..5: the scale points numbered 1 to 6; drafted the value map 1 -> 0,")
        }, "\(drafted.diagnostics)")
        guard case .array(let review)? = drafted.root["review"]?.value else { return XCTFail("a review list") }
        XCTAssertEqual(review.compactMap { string($0["column"]) }, ["ES01", "ES02"])
        let dutch = try draft("_uuid,_submission_time,ES01,ES02,IM09\na,2026-03-01,6,1,4\nb,2026-03-01,2,3,1\nc,2026-03-01,1,5,5\n",
                              options: ReadingOptions(cellWording: .dutch))
        XCTAssertTrue(dutch.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("2 kolommen \"ES01\", \"ES02\": de getallen 1, 2, 6 komen voor bij de schaal 0..5")
                && $0.message.contains("; de waardetabel 1 -> 0, ")
        }, "the same warning in the run's language: \(dutch.diagnostics)")
        XCTAssertEqual(dutch.mapping.answers, drafted.mapping.answers, "the same draft")
    }

    func testAScaleColumnWithoutTheTopPointsPositionOrWithItsLowestValueIsNotRecoded() throws {
        let drafted = try draft("""
            _uuid,_submission_time,ES01,ES02
            a,2026-03-01,0,1
            b,2026-03-01,6,7
            c,2026-03-01,3,5
            """)
        XCTAssertNil(drafted.mapping.answers["ES01"], "0 is the scale's lowest point: the 6 is an error, not a shift")
        XCTAssertNil(drafted.mapping.answers["ES02"], "no 6 (the top point's position): the 7 alone does not shift the column")
    }

    func testQualtricsYesNoAndChoicesByNumberMapTheirNonAnswerPositions() throws {
        let drafted = try draft("""
            ResponseId,StartDate,RecordedDate,IM01,IM04
            Response ID,Start Date,Recorded Date,Consultant,CRAB
            R_1,2026-03-01,2026-03-01,1,3
            R_2,2026-03-01,2026-03-01,2,4
            R_3,2026-03-01,2026-03-01,3,1
            """)
        XCTAssertEqual(drafted.mapping.answers["IM01"], ["1": "yes", "2": "no", "3": "dk"])
        XCTAssertEqual(drafted.mapping.answers["IM04"], ["1": "none", "2": "manual", "3": "integrated", "4": "dk"])
    }

    func testScoringAnExportThatLooksRecodedWarnsNamingTheColumnsAndTheCoding() throws {
        let path = Fixtures.write("""
            ResponseId,StartDate,RecordedDate,ES01,ES02,IM09
            Response ID,Start Date,Recorded Date,Extract,Certificate,Data
            R_1,2026-03-01,2026-03-01,6,2,4
            R_2,2026-03-01,2026-03-01,2,3,5
            """, name: "qualtrics.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertEqual(read.rows.map { $0.answers[index("ES02")] }, [.number(2), .number(3)], "scored as written")
        let warnings = read.diagnostics.filter { $0.severity == .warning }.map(\.description)
        XCTAssertTrue(warnings.contains {
            $0.hasPrefix(path + ":1:ES01: warning: 2 columns \"ES01\" (ES01), \"ES02\" (ES02): the numbers 2, 6 are written for the scale 0..5: the scale points numbered 1 to 6 (Qualtrics' numeric values). They look coded as 1 -> 0, 2 -> 1, 3 -> 2, 4 -> 3, 5 -> 4, 6 -> 5, but are scored as written")
        }, "\(warnings)")
        let mapped = Fixtures.readResponses(path: path, questionnaire: questionnaire,
                                            options: ReadingOptions(mapping: ResponseMapping(answers: ["ES01": ["6": "5"], "ES02": ["2": "1"]])))
        XCTAssertFalse(mapped.diagnostics.contains { $0.message.contains("They look coded") }, "a value map for the columns silences the warning")
    }

    // MARK: - Layouts

    func testQualtricsSelectedChoiceColumnsMatchTheOptionsAndTheOtherTextIsLeftOut() throws {
        let text = "Who does the government collaborate with on IT professionals (shared staff)?"
        let path = Fixtures.write("""
            ResponseId,StartDate,RecordedDate,Q45_1,Q45_2,Q45_7,Q45_8_TEXT
            ResponseId,Start Date,Recorded Date,\(text) - Selected Choice - other local governments,\(text) - Selected Choice - inter-municipal association,\(text) - Selected Choice - Don't know,\(text) - Other - Text
            R_1,2026-03-01,2026-03-01,1,,,helpdesk
            R_2,2026-03-01,2026-03-01,,,1,
            R_3,2026-03-01,2026-03-01,1,2,,
            R_4,2026-03-01,2026-03-01,,,7,
            """, name: "qualtrics.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(read.rows.map { $0.answers[index("CO01")] },
                       [.choices(OptionSelection([0])), .nonAnswer(.dontKnow), .choices(OptionSelection([0, 1])), .nonAnswer(.dontKnow)],
                       "1 or the choice's own number (2 for the second, 7 for the non-answer after six options) when chosen")
    }

    // MARK: - The wrong questionnaire

    func testResponsesOfAnotherBundledQuestionnaireAreRefusedNamingIt() {
        var options = ReadingOptions()
        options.catalogDirectory = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires").path
        let dimensions = QuestionnaireLoader.load(path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/smart-city-dimensions/questionnaire.json").path).questionnaire!
        let opened = ResponseSource.open(path: Fixtures.iMonitorFile("sample-responses.csv"), questionnaire: dimensions, options: options, hashing: false)
        XCTAssertNil(opened.value)
        XCTAssertEqual(opened.diagnostics.filter { $0.severity == .error }.count, 1, "one error, not the header's complaints: \(opened.diagnostics)")
        XCTAssertTrue(opened.diagnostics.contains {
            $0.severity == .error && $0.message.contains("but 48 of the 48 of i-monitor (") && $0.message.contains("these responses are for i-monitor: score them with `smartcity score ")
        }, "\(opened.diagnostics)")
        options.catalogDirectory = nil
        let unnamed = ResponseSource.open(path: Fixtures.iMonitorFile("sample-responses.csv"), questionnaire: dimensions, options: options, hashing: false)
        XCTAssertFalse(unnamed.diagnostics.contains { $0.message.contains("these responses are for") }, "no catalog, no suggestion")
    }
}
