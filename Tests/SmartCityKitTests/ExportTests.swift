import Foundation
import XCTest
@testable import SmartCityKit

/// Exports as each survey tool writes them score exactly like their canonical twin.
final class ExportTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/exports")
    let questionnaire: Questionnaire = QuestionnaireLoader.load(
        path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path).questionnaire!

    private func read(_ name: String, options: ReadingOptions = ReadingOptions())
        -> (scores: [RespondentScore], ids: [String], diagnostics: [Diagnostic], answers: [[Answer]])
    {
        let path = Self.folder.appendingPathComponent(name).path
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire, options: options)
        let engine = ScoringEngine(questionnaire: questionnaire)
        return (read.rows.map { engine.score($0.answers) }, read.rows.map(\.respondentID), read.diagnostics, read.rows.map(\.answers))
    }

    private func messages(_ diagnostics: [Diagnostic], _ severity: Severity) -> [String] {
        diagnostics.filter { $0.severity == severity }.map(\.message)
    }

    func testEveryToolScoresLikeTheCanonicalTwin() {
        let twin = read("twin.csv")
        XCTAssertEqual(messages(twin.diagnostics, .error), [])
        XCTAssertEqual(twin.scores.count, 3)
        let expectations: [(file: String, tool: String, ids: [String])] = [
            ("qualtrics.csv", "Qualtrics", ["R_r1", "R_r2", "R_r3"]),
            ("kobo.csv", "KoboToolbox", ["uuid-r1", "uuid-r2", "uuid-r3"]),
            ("odk.csv", "ODK", ["uuid:r1", "uuid:r2", "uuid:r3"]),
            ("google-forms.csv", "Google Forms", ["row-2", "row-3", "row-4"]),
            ("surveymonkey.csv", "SurveyMonkey", ["11", "12", "13"]),
        ]
        for (file, tool, ids) in expectations {
            let export = read(file)
            XCTAssertEqual(messages(export.diagnostics, .error), [], file)
            XCTAssertTrue(messages(export.diagnostics, .note).contains { $0.hasPrefix("read as an export of \(tool) ") }, "\(file): \(export.diagnostics)")
            XCTAssertEqual(export.ids, ids, file)
            XCTAssertEqual(export.answers, twin.answers, file)
            XCTAssertEqual(export.scores, twin.scores, file)
        }
    }

    func testLimeSurveyTellsNotShownFromNotAnswered() {
        let export = read("limesurvey.csv")
        let twin = read("twin-limesurvey.csv")
        XCTAssertEqual(messages(export.diagnostics, .error), [])
        XCTAssertEqual(export.ids, ["1", "2", "3"])
        XCTAssertEqual(export.answers, twin.answers)
        XCTAssertEqual(export.scores, twin.scores)
        let es02 = questionnaire.questions.firstIndex { $0.id == "ES02" }!
        XCTAssertEqual(export.answers[2][es02], .notShown, "an unquoted empty field: not shown")
        XCTAssertEqual(export.scores[2].itemStatuses[es02], .notShown)
        XCTAssertEqual(export.scores[2].dimensions[0].exactCoverage, Fraction(1, 13), "ES02 not shown leaves the denominator: 1 of 13, not 1 of 14")
        XCTAssertTrue(export.diagnostics.contains {
            $0.description.hasSuffix(#"limesurvey.csv:1:CO01[other]: warning: column "CO01[other]" is a free-text "other" or comment field; it is not scored and is left out"#)
        }, "\(export.diagnostics)")
    }

    func testLimeSurveyFullHeadingsAndAnswers() {
        let export = read("limesurvey-full.csv")
        XCTAssertEqual(messages(export.diagnostics, .error), [])
        let index = { (id: String) in self.questionnaire.questions.firstIndex { $0.id == id }! }
        XCTAssertEqual(export.answers.map { $0[index("IM01")] }, [.yesNo(true), .yesNo(false), .yesNo(true)])
        XCTAssertEqual(export.answers.map { $0[index("IM04")] }, [.choice(2), .choice(0), .choice(1)], "options none, manual, integrated")
        XCTAssertEqual(export.answers.map { $0[index("IM09")] }, [.number(4), .nonAnswer(.dontKnow), .number(2)])
    }

    func testMappingFileMapsCodesAndLabels() throws {
        let export = Fixtures.write("""
            id,submitdate,lastpage,ES[SQ001],ES[SQ002],BEV
            1,2026-03-01,3,geen info,5,ja
            2,2026-03-01,3,3,2,nee
            """, name: "array.csv")
        let mapping = Fixtures.write(#"""
            {"format": 1, "questionnaire": "i-monitor", "from": "limesurvey",
             "columns": {"ES[SQ001]": "ES01", "ES[SQ002]": "ES02", "BEV": "IM01"},
             "answers": {"ES01": {"geen info": "0"}}}
            """#, name: "mapping.json")
        let loaded = ResponseMapping.load(path: mapping)
        XCTAssertEqual(loaded.diagnostics, [])
        let read = Fixtures.readResponses(path: export, questionnaire: questionnaire, options: ReadingOptions(mapping: loaded.value))
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        let first = try XCTUnwrap(read.rows.first)
        XCTAssertEqual(first.answers[0], .number(0))
        XCTAssertEqual(first.answers[1], .number(5))
        XCTAssertEqual(first.answers[questionnaire.questions.firstIndex { $0.id == "IM01" }!], .yesNo(true))
        let bad = Fixtures.write(#"{"format": 1, "columns": {"X": "NOPE", "Y": "CO01[zzz]"}}"#, name: "bad.json")
        XCTAssertEqual(ResponseMapping.load(path: bad).value!.diagnostics(against: questionnaire, file: "bad.json").map(\.description), [
            #"bad.json: error: columns.X: "NOPE" is not a question of i-monitor"#,
            #"bad.json: error: columns.Y: "zzz" is not an option (or non-answer) of the multi question CO01"#,
        ])
    }

    /// A quote never closed after the rows the draft studies first is reported as the reader
    /// words it, located at the export (not as a Swift value).
    func testADraftOfAnExportWithAnUnclosedQuoteSaysWhereTheQuoteOpened() {
        let export = Fixtures.write("id,ES01\nm1,1\nm2,2\nm3,3\nm4,\"4\nm5,5\n", name: "unclosed.csv")
        let draft = MappingDraft.draft(path: export, questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertNil(draft.value)
        XCTAssertEqual(draft.diagnostics.last?.description,
                       "\(export): error: a quoted field opened on line 5 is never closed; add the closing '\"'")
    }

    func testDraftedMappingListsWhatItCouldNotMap() throws {
        let export = Fixtures.write("""
            Timestamp,Does the government have an information security consultant?,Who does the government collaborate with on IT professionals (shared staff)?,What is your favourite colour?
            2026/03/01,Maybe,"province, the moon",blue
            """, name: "forms.csv")
        let draft = MappingDraft.draft(path: export, questionnaire: questionnaire, options: ReadingOptions())
        let json = try XCTUnwrap(draft.value)
        let root = try JSONParser.parse(Array(json.utf8))
        XCTAssertEqual(root["from"].map { if case .string(let text) = $0.value { text } else { "" } }, "google-forms")
        guard case .array(let unmapped)? = root["unmapped"]?.value else { return XCTFail("unmapped list") }
        let listed = unmapped.compactMap { entry -> String? in
            guard case .string(let column)? = entry["column"]?.value else { return nil }
            if case .string(let answer)? = entry["answer"]?.value { return "\(column) = \(answer)" }
            return column
        }
        XCTAssertEqual(listed, [
            "What is your favourite colour?",
            "Does the government have an information security consultant? = Maybe",
            "Who does the government collaborate with on IT professionals (shared staff)? = the moon",
        ])
    }

    func testSplittingJoinedLabelsThatHoldCommas() {
        var question = Fixtures.mini.questions[4]
        question.kind = .multi([Option(code: "a", label: LocalizedText(["en": "red, white"]), score: 1),
                                Option(code: "b", label: LocalizedText(["en": "blue"]), score: 1)], rule: .share)
        let labels: [String: Answer] = [LabelText.normalise("red, white"): .choice(0), LabelText.normalise("blue"): .choice(1)]
        let decoder = AnswerDecoder(question: question, nonAnswers: [], dialect: .googleForms, labelAnswers: labels)
        XCTAssertEqual(decoder.splitJoinedLabels("red, white, blue"), ["red, white", "blue"])
        XCTAssertEqual(decoder.splitJoinedLabels("blue, red, white"), ["blue", "red, white"])
        XCTAssertEqual(decoder.splitJoinedLabels("blue, green"), ["blue", "green"])
        let decode = { (text: String) in AnswerDecoder.withBytes(text) { decoder.decode($0) { _ in } } }
        XCTAssertEqual(decode("blue, red, white"), .choices(OptionSelection([0, 1])))
        XCTAssertEqual(decode("blue, green"), .invalid)
    }

    func testDetection() {
        XCTAssertEqual(SurveyDialect.detect([["id", "submitdate", "lastpage", "Q1"]])?.dialect, .limesurvey)
        XCTAssertEqual(SurveyDialect.detect([["Timestamp", "Q?"]])?.dialect, .googleForms)
        XCTAssertEqual(SurveyDialect.detect([["start", "Q1", "_uuid", "_index"]])?.dialect, .kobo)
        XCTAssertEqual(SurveyDialect.detect([["Respondent ID", "Collector ID"], ["", ""]])?.dialect, .surveyMonkey)
        XCTAssertEqual(SurveyDialect.detect([["StartDate", "ResponseId"], ["Start Date", "Response ID"]])?.dialect, .qualtrics)
        XCTAssertNil(SurveyDialect.detect([["id", "name", "A1"]]))
        XCTAssertEqual(SurveyDialect.qualtrics.headerRowCount([["Q1"], ["text"], ["{\"ImportId\":\"QID1\"}"]]), 3)
        XCTAssertEqual(SurveyDialect.qualtrics.headerRowCount([["V1"], ["Response ID"], ["R_1"]]), 2, "the legacy two-row export")
    }

    func testLegacyQualtricsAndChoiceColumnsByPosition() {
        let path = Fixtures.write("""
            V1,V2,CO01_1,CO01_3,IM01
            ResponseID,ResponseSet,Who? - other local governments,Who? - province,Does the government have an information security consultant?
            R_1,Default,1,,Yes
            R_2,Default,,1,No
            """, name: "legacy.csv")
        let (rows, _, diagnostics) = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertTrue(diagnostics.contains { $0.message.hasPrefix("read as an export of Qualtrics (found legacy") }, "\(diagnostics)")
        let co01 = questionnaire.questions.firstIndex { $0.id == "CO01" }!, im01 = questionnaire.questions.firstIndex { $0.id == "IM01" }!
        XCTAssertEqual(rows.map(\.respondentID), ["R_1", "R_2"])
        XCTAssertEqual(rows.map { $0.answers[co01] }, [.choices(OptionSelection([0])), .choices(OptionSelection([2]))], "CO01_1 and CO01_3: the first and third options")
        XCTAssertEqual(rows.map { $0.answers[im01] }, [.yesNo(true), .yesNo(false)])
        XCTAssertEqual(rows[0].row, 3, "rows are numbered as the spreadsheet shows them, after both header rows")
        let table = ExportTable.open(path: path, questionnaire: nil, options: ReadingOptions())
        XCTAssertEqual(table.value?.header.prefix(3), ["id", "ResponseSet", "CO01_1"], "the legacy V2, ... are named by their second header row")
    }

    func testKoboOptionColumnsAloneAndAnotherToolsHeader() {
        let path = Fixtures.write("""
            _uuid,_index,grp/CO01/province,grp/CO01/none,submitdate
            u1,1,1,0,2026
            """, name: "kobo-options.csv")
        let (rows, _, diagnostics) = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertTrue(diagnostics.contains { $0.description.hasSuffix(#"kobo-options.csv:1:submitdate: warning: column "submitdate" looks like a LimeSurvey column; if this is a LimeSurvey export, use --from limesurvey. Kept as metadata"#) }, "\(diagnostics)")
        guard let row = rows.first else { return XCTFail("a row") }
        XCTAssertEqual(row.answers[questionnaire.questions.firstIndex { $0.id == "CO01" }!], .choices(OptionSelection([2])), "province is CO01's third option")
    }

    func testColumnsMatchedByTextInTheToolsForms() {
        let planner = ColumnPlanner(dialect: .qualtrics, questionnaire: questionnaire, mapping: nil, idColumn: nil)
        let matrix = ExportColumn(index: 0, name: "Q5_1", text: "How digital are these products? - Extract from the population register")
        XCTAssertEqual(planner.byText(matrix), .question("ES01"), "a Qualtrics matrix statement names the question")
        let multi = ExportColumn(index: 0, name: "Q7_3", text: "Who does the government collaborate with on data? - province")
        XCTAssertEqual(planner.byText(multi), .option(question: "CO03", code: "province"))
        XCTAssertEqual(planner.questionsByText("Heeft het bestuur een informatieveiligheidsc..").map(\.id), ["IM01"], "an abbreviated LimeSurvey heading")
        XCTAssertEqual(planner.questionsByText("3. Does the government have an information security consultant").map(\.id), ["IM01"], "numbering and punctuation ignored")
        XCTAssertEqual(planner.questionsByText("How does the government use the..").map(\.id), ["IM04", "IM05", "IM06", "IM07", "IM08"],
                       "an abbreviation that several questions begin: all of them, in order")
        let abbreviated = ExportColumn(index: 0, name: "How does the government use the..")
        XCTAssertEqual(planner.byText(abbreviated, taken: [.question("IM04"), .question("IM05")]), .question("IM06"),
                       "the first of them that no earlier column took")
        XCTAssertEqual(planner.byCode("group_co/CO02"), .question("CO02"))
        XCTAssertEqual(planner.byCode("CO02[private]"), .option(question: "CO02", code: "private"))
        XCTAssertEqual(planner.byCode("CO02_6"), .option(question: "CO02", code: "none"), "Qualtrics numbers choices from 1")
        XCTAssertNil(planner.byCode("CO02[other]"))
    }

    func testQualtricsChoiceNumbers() {
        let path = Fixtures.write("""
            ResponseId,StartDate,IM04,CO01
            Response ID,Start Date,How does the government use the central address register (CRAB)?,Who? - Selected Choice
            {"ImportId":"_recordId"},{"ImportId":"startDate"},{"ImportId":"QID4"},{"ImportId":"QID9"}
            R_1,2026-03-01,3,"1,3"
            """, name: "numbers.csv")
        let (rows, _, diagnostics) = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        guard let row = rows.first else { return XCTFail("a row: \(diagnostics)") }
        XCTAssertEqual(row.answers[questionnaire.questions.firstIndex { $0.id == "IM04" }!], .choice(2), "choice 3 of none, manual, integrated")
        XCTAssertEqual(row.answers[questionnaire.questions.firstIndex { $0.id == "CO01" }!], .choices(OptionSelection([0, 2])))
    }

    func testAnExportWithoutAnIDColumnIsNotLocatedAtOne() {
        let export = read("google-forms.csv")
        let warning = export.diagnostics.first { $0.message.hasPrefix("no column for questions") }
        XCTAssertEqual(warning?.location.description, Self.folder.appendingPathComponent("google-forms.csv").path,
                       "the file, not a column it does not have")
    }
}
