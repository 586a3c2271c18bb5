import Foundation
import XCTest
@testable import SmartCityKit

/// `template --format xlsform|limesurvey`: the forms follow the documented formats (and pyxform,
/// XLSForm's reference converter, accepts the XLSForm), and the export of a survey built from
/// either, answered and exported as the tool writes it, scores exactly as the original
/// responses, with no mapping.
final class SurveyFormTests: XCTestCase {
    static let questionnaireIDs = ["i-monitor", "smart-city-barometer", "smart-city-dimensions"]
    static let respondents = 60

    private func questionnaire(_ id: String) -> Questionnaire {
        QuestionnaireLoader.load(path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path).questionnaire!
    }

    private func renderer(_ questionnaire: Questionnaire) -> TemplateRenderer {
        TemplateRenderer(questionnaire: questionnaire, language: questionnaire.defaultLanguage)
    }

    /// All of the questionnaire's languages, its default first.
    private func languages(_ questionnaire: Questionnaire) -> [String] {
        TemplateRenderer.formLanguages(requested: nil, questionnaire: questionnaire, file: "q.json", wordingLanguage: "en").codes
    }

    // MARK: - XLSForm against the standard

    /// The cells of a sheet by column name, one dictionary per row after the header.
    private func sheet(_ name: String, of bytes: [UInt8]) throws -> (header: [String], rows: [[String: String]]) {
        let sheets = try WorkbookReader.read(bytes)
        let rows = try XCTUnwrap(sheets.first { $0.name == name }, "sheet \(name)").table
        let header = rows[0]
        return (header, rows.dropFirst().map { row in Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.count ? row[$0] : "") }) })
    }

    func testXLSFormHasTheSurveyChoicesAndSettingsSheetsWithLabelColumnsPerLanguage() throws {
        let barometer = questionnaire("smart-city-barometer")
        let bytes = renderer(barometer).xlsForm(languages: ["fr", "nl", "en"])
        XCTAssertEqual(try WorkbookReader.read(bytes).map(\.name), ["survey", "choices", "settings"])
        let survey = try sheet("survey", of: bytes)
        XCTAssertEqual(survey.header, ["type", "name", "label::French (fr)", "label::Dutch (nl)", "label::English (en)",
                                       "hint::French (fr)", "hint::Dutch (nl)", "hint::English (en)", "required", "constraint",
                                       "constraint_message::French (fr)", "constraint_message::Dutch (nl)", "constraint_message::English (en)"])
        XCTAssertEqual(try sheet("choices", of: bytes).header, ["list_name", "name", "label::French (fr)", "label::Dutch (nl)", "label::English (en)"])
        let settings = try sheet("settings", of: bytes)
        XCTAssertEqual(settings.header, ["form_title", "form_id", "version", "default_language"])
        XCTAssertEqual(settings.rows, [["form_title": "Baromètre de la ville intelligente des communes", "form_id": "smart-city-barometer",
                                        "version": barometer.version, "default_language": "French (fr)"]])
        let name = try XCTUnwrap(survey.rows.first { $0["name"] == "name" })
        XCTAssertEqual([name["type"], name["label::French (fr)"], name["label::Dutch (nl)"], name["label::English (en)"]], ["text", "Nom", "Naam", "Name"])
    }

    func testXLSFormAsksEveryQuestionAsItsTypeInAGroupPerDimensionAndSection() throws {
        let barometer = questionnaire("smart-city-barometer")
        let survey = try sheet("survey", of: renderer(barometer).xlsForm(languages: ["en"])).rows
        let types = Dictionary(uniqueKeysWithValues: survey.filter { !$0["name"]!.isEmpty }.map { ($0["name"]!, $0["type"]!) })
        for question in barometer.questions {
            let expected: String
            switch question.kind {
            case .multi: expected = "select_multiple \(question.id)"
            case .number: expected = "decimal"
            default: expected = "select_one \(question.id)"
            }
            XCTAssertEqual(types[question.id], expected, question.id)
        }
        XCTAssertEqual((barometer.metadata ?? []).map { types[$0.id] }, ["text", "text", "text", "decimal", "text", "text"], "metadata as questions")
        let groups = barometer.dimensions.map(\.id) + barometer.sections.map(\.id)
        XCTAssertEqual(survey.filter { $0["type"] == "begin_group" }.map { $0["name"]! }, groups)
        XCTAssertEqual(survey.filter { $0["type"] == "end_group" }.count, groups.count)
        let multi = try XCTUnwrap(survey.first { $0["name"] == "ST07" })
        XCTAssertEqual(multi["constraint"], "not((selected(., 'dk') or selected(., 'na')) and count-selected(.) > 1)", "a non-answer is ticked alone")
        XCTAssertEqual(multi["constraint_message::English (en)"], "Don't know and not applicable cannot be combined with other answers.")
        let number = try XCTUnwrap(barometer.questions.first { if case .number = $0.kind { true } else { false } })
        guard case .number(let scoring) = number.kind else { return }
        XCTAssertEqual(survey.first { $0["name"] == number.id }?["constraint"],
                       ". >= \(NumberFormat.plain(scoring.minimum))" + (scoring.maximum.map { " and . <= \(NumberFormat.plain($0))" } ?? ""))
    }

    func testXLSFormChoicesAreOptionCodesAndScaleValuesThenDontKnowAndNotApplicable() throws {
        let iMonitor = questionnaire("i-monitor")
        let choices = try sheet("choices", of: renderer(iMonitor).xlsForm(languages: ["nl", "en"])).rows
        func list(_ name: String) -> [String] { choices.filter { $0["list_name"] == name }.map { $0["name"]! } }
        for question in iMonitor.questions {
            switch question.kind {
            case .likert(let scale, _), .level(let scale): XCTAssertEqual(list(question.id), scale.points.map { NumberFormat.plain($0.value) } + ["dk", "na"], question.id)
            case .choice(let options), .multi(let options, _): XCTAssertEqual(list(question.id), options.map(\.code) + ["dk", "na"], question.id)
            case .yesNo: XCTAssertEqual(list(question.id), ["yes", "no", "dk", "na"], question.id)
            case .number: XCTAssertEqual(list(question.id), [], "a number question has no choices: \(question.id)")
            }
        }
        let dontKnow = try XCTUnwrap(choices.first { $0["list_name"] == "ES01" && $0["name"] == "dk" })
        XCTAssertEqual([dontKnow["label::Dutch (nl)"], dontKnow["label::English (en)"]], ["weet niet", "don't know"])
    }

    /// pyxform (`pip install pyxform`), XLSForm's reference converter, accepts the form of every
    /// bundled questionnaire, and of one with renamed ids: xls2json reads it and xls2xform builds
    /// the XForm without a warning.
    func testPyxformAcceptsTheXLSFormOfEveryBundledQuestionnaire() throws {
        guard Self.python(["-c", "import pyxform"]).status == 0 else {
            throw XCTSkip("pyxform is not installed (pip install pyxform); the XLSForm is not checked by XLSForm's reference converter")
        }
        for (id, questionnaire) in try Self.questionnaireIDs.map({ ($0, questionnaire($0)) }) + [("renamed", renamedIMonitor())] {
            let path = Fixtures.write(bytes: renderer(questionnaire).xlsForm(languages: languages(questionnaire)), name: "\(id).xlsx")
            let json = Self.python(["-m", "pyxform.xls2json", path, path + ".json"])
            XCTAssertEqual(json.status, 0, "xls2json \(id): \(json.output)")
            let xform = Self.python(["-m", "pyxform.xls2xform", "--json", path, path + ".xml"])
            XCTAssertEqual(xform.status, 0, "xls2xform \(id): \(xform.output)")
            let report = xform.output.split(separator: "\n").last { $0.hasPrefix("{") }.map(String.init) ?? ""
            let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any], "xls2xform \(id): \(xform.output)")
            XCTAssertEqual(parsed["code"] as? Int, 100, "\(id): \(report)")
            XCTAssertEqual((parsed["warnings"] as? [Any])?.count, 0, "\(id): \(report)")
        }
    }

    /// Runs python3 with the arguments; its exit status and its stdout and stderr together.
    private static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    // MARK: - LimeSurvey against the documented format

    /// The tab-separated rows of the structure, as cells by column name.
    private func limeSurveyRows(_ text: String) -> [[String: String]] {
        XCTAssertTrue(text.hasPrefix("\u{FEFF}id\trelated_id\tclass\ttype/scale\tname\trelevance\ttext\thelp\tlanguage\tvalidation\tmandatory\tother\t"))
        let lines = text.dropFirst().split(separator: "\n").map { $0.components(separatedBy: "\t") }
        return lines.dropFirst().map { line in Dictionary(uniqueKeysWithValues: lines[0].enumerated().map { ($1, $0 < line.count ? line[$0] : "") }) }
    }

    func testLimeSurveyStructureHasARowPerGroupQuestionSubquestionAndAnswerInEveryLanguage() throws {
        let barometer = questionnaire("smart-city-barometer")
        let rows = limeSurveyRows(renderer(barometer).limeSurvey(languages: ["fr", "en"]))
        let settings = rows.filter { $0["class"] == "S" }.map { "\($0["name"]!)=\($0["text"]!)" }
        XCTAssertEqual(settings, ["language=fr", "additional_languages=en", "format=G"])
        XCTAssertEqual(rows.filter { $0["class"] == "SL" && $0["name"] == "surveyls_title" }.map { $0["language"]! }, ["fr", "en"])
        let french = rows.filter { $0["language"] == "fr" && $0["class"] != "SL" }, english = rows.filter { $0["language"] == "en" && $0["class"] != "SL" }
        XCTAssertEqual(french.map { [$0["id"]!, $0["class"]!, $0["name"]!] }.filter { $0[1] != "G" }, english.map { [$0["id"]!, $0["class"]!, $0["name"]!] }.filter { $0[1] != "G" },
                       "the translation has the same rows in the same order")
        XCTAssertLessThan(rows.lastIndex { $0["language"] == "fr" }!, rows.firstIndex { $0["language"] == "en" && $0["class"] != "SL" }!, "the base language comes first")
        let groups = french.filter { $0["class"] == "G" }.map { $0["name"]! }
        XCTAssertEqual(groups, ["À propos de la commune"] + barometer.dimensions.map { $0.label.translations["fr"]! } + barometer.sections.map { $0.label.translations["fr"]! })
        let questions = Dictionary(uniqueKeysWithValues: french.filter { $0["class"] == "Q" }.map { ($0["name"]!, $0) })
        XCTAssertEqual(questions.count, barometer.questions.count + (barometer.metadata ?? []).count)
        for question in barometer.questions {
            let row = try XCTUnwrap(questions[question.id], question.id)
            switch question.kind {
            case .multi: XCTAssertEqual([row["type/scale"], row["exclude_all_others"]], ["M", "dk;na"], question.id)
            case .number(let scoring):
                XCTAssertEqual([row["type/scale"], row["min_num_value_n"]], ["N", NumberFormat.plain(scoring.minimum)], question.id)
            default: XCTAssertEqual(row["type/scale"], "L", question.id)
            }
            XCTAssertEqual([row["mandatory"], row["relevance"]], ["N", "1"], question.id)
        }
        XCTAssertEqual(questions["population"]?["type/scale"], "N")
        XCTAssertEqual(questions["name"]?["type/scale"], "S")
    }

    func testLimeSurveyCodesAreTheQuestionnairesWhereLimeSurveyAcceptsThemElsePositions() throws {
        let iMonitor = questionnaire("i-monitor")
        let questions = FieldedExports.questions(ofLimeSurvey: renderer(iMonitor).limeSurvey(languages: ["nl"]))
        let byCode = Dictionary(uniqueKeysWithValues: questions.map { ($0.code, $0) })
        // ES01: a 0..5 level scale, answer codes its values; a choice whose codes LimeSurvey refuses ("10-25") by position.
        XCTAssertEqual(byCode["ES01"]?.answers, ["0", "1", "2", "3", "4", "5", "dk", "na"])
        let refused = try XCTUnwrap(iMonitor.questions.first { question in
            if case .choice(let options) = question.kind { return options.contains { !SurveyFormCodes.isLimeSurveyAnswerCode($0.code) } }
            return false
        })
        guard case .choice(let options) = refused.kind else { return }
        XCTAssertEqual(byCode[refused.id]?.answers, options.indices.map { "A\($0 + 1)" } + ["dk", "na"], refused.id)
        let barometer = questionnaire("smart-city-barometer")
        let multi = FieldedExports.questions(ofLimeSurvey: renderer(barometer).limeSurvey(languages: ["fr"])).first { $0.code == "ST07" }
        guard case .multi(let choices, _)? = barometer.questions.first(where: { $0.id == "ST07" })?.kind else { return XCTFail("ST07 is a multi question") }
        XCTAssertEqual(multi?.subquestions, choices.indices.map { String(format: "SQ%03d", $0 + 1) } + ["dk", "na"], "option codes with '-' become SQ001...")
        for question in questions {
            XCTAssertTrue(SurveyFormCodes.isLimeSurveyCode(question.code), question.code)
            XCTAssertTrue((question.answers + question.subquestions).allSatisfy { $0.count <= 20 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }, question.code)
        }
    }

    func testIDsTheToolsRefuseGetDeterministicValidNames() {
        var iMonitor = questionnaire("i-monitor")
        iMonitor.questions[0].id = "es_01.a"
        iMonitor.questions[1].id = "2b"
        iMonitor.questions[2].id = "a-very-long-question-id-beyond-20"
        iMonitor.questions[3].id = "ES05"  // taken: ES05 is a question already
        iMonitor.questions[4].id = "ES-05"
        let lime = SurveyFormCodes(questionnaire: iMonitor, tool: .limeSurvey)
        XCTAssertEqual(Array(lime.questionNames.prefix(5)), ["es01a", "Q2b", "averylongquestionidb", "ES05", "ES052"])
        XCTAssertEqual(lime.original(of: "ES052"), "ES-05")
        XCTAssertNil(lime.original(of: "ES05"), "a valid id is its own code")
        let xls = SurveyFormCodes(questionnaire: iMonitor, tool: .xlsForm)
        XCTAssertEqual(Array(xls.questionNames.prefix(5)), ["es_01.a", "_2b", "a-very-long-question-id-beyond-20", "ES05", "ES-05"])
        XCTAssertEqual(xls.original(of: "_2b"), "2b")
    }

    // MARK: - Fielded, answered, exported: scored without a mapping

    /// Generated responses, typed, restricted to what the forms collect: a multi answer with no
    /// option chosen is unanswered (no tool writes the two apart), and a number question takes
    /// no don't know or not applicable (the forms ask a number), so those stay unanswered.
    private func originals(_ questionnaire: Questionnaire) -> (ids: [String], metadata: [[String]], answers: [[Answer]]) {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 31)
        let text = ([generator.header()] + (0..<Self.respondents).map { _ in generator.nextRow() }).map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        let read = Fixtures.readResponses(path: Fixtures.write(text, name: "original.csv"), questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }, [])
        let answers = read.rows.map { row in
            zip(questionnaire.questions, row.answers).map { question, answer -> Answer in
                if answer == .choices(OptionSelection()) { return .blank }
                if case .number = question.kind, case .nonAnswer = answer { return .blank }
                return answer
            }
        }
        XCTAssertEqual(read.rows.first?.metadata.count, (questionnaire.metadata ?? []).count)
        return (read.rows.map(\.respondentID), read.rows.map(\.metadata), answers)
    }

    /// Reads an export with no mapping and compares its answers and scores with the originals.
    private func assertScoresLikeTheOriginals(_ export: String, name: String, questionnaire: Questionnaire, original: (metadata: [[String]], answers: [[Answer]]),
                                              file: StaticString = #filePath, line: UInt = #line) {
        let read = Fixtures.readResponses(path: Fixtures.write(export, name: name), questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.description), [], name, file: file, line: line)
        XCTAssertEqual(read.rows.map(\.metadata), original.metadata, "\(name): the metadata questions are read as the questionnaire's metadata", file: file, line: line)
        let original = original.answers
        XCTAssertEqual(read.rows.count, original.count, name, file: file, line: line)
        for (row, answers) in zip(read.rows, original) where row.answers != answers {
            let first = questionnaire.questions.indices.first { row.answers[$0] != answers[$0] }!
            XCTFail("\(name) row \(row.row): \(questionnaire.questions[first].id) reads \(row.answers[first]) instead of \(answers[first])", file: file, line: line)
            break
        }
        let engine = ScoringEngine(questionnaire: questionnaire)
        XCTAssertEqual(read.rows.map { engine.score($0.answers) }, original.map { engine.score($0) }, name, file: file, line: line)
    }

    private func assertXLSFormExportsScoreLikeTheOriginals(_ questionnaire: Questionnaire, label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let original = originals(questionnaire)
        let fields = try FieldedExports.fields(ofXLSForm: renderer(questionnaire).xlsForm(languages: languages(questionnaire)))
        let exports = FieldedExports(questionnaire: questionnaire, ids: original.ids, metadata: original.metadata, answers: original.answers)
        assertScoresLikeTheOriginals(exports.kobo(fields), name: "kobo-\(label).csv", questionnaire: questionnaire, original: (original.metadata, original.answers), file: file, line: line)
        assertScoresLikeTheOriginals(exports.kobo(fields, joined: false), name: "kobo-split-\(label).csv", questionnaire: questionnaire,
                                     original: (original.metadata, original.answers), file: file, line: line)
        assertScoresLikeTheOriginals(exports.odk(fields), name: "odk-\(label).csv", questionnaire: questionnaire, original: (original.metadata, original.answers), file: file, line: line)
    }

    private func assertLimeSurveyExportScoresLikeTheOriginals(_ questionnaire: Questionnaire, label: String, file: StaticString = #filePath, line: UInt = #line) {
        let original = originals(questionnaire)
        let questions = FieldedExports.questions(ofLimeSurvey: renderer(questionnaire).limeSurvey(languages: languages(questionnaire)))
        let exports = FieldedExports(questionnaire: questionnaire, ids: original.ids, metadata: original.metadata, answers: original.answers)
        assertScoresLikeTheOriginals(exports.limeSurvey(questions), name: "limesurvey-\(label).csv", questionnaire: questionnaire,
                                     original: (original.metadata, original.answers), file: file, line: line)
    }

    func testKoboAndODKExportsOfTheXLSFormScoreLikeTheOriginalsWithoutAMapping() throws {
        for id in Self.questionnaireIDs { try assertXLSFormExportsScoreLikeTheOriginals(questionnaire(id), label: id) }
    }

    func testLimeSurveyExportOfItsSurveyStructureScoresLikeTheOriginalsWithoutAMapping() {
        for id in Self.questionnaireIDs { assertLimeSurveyExportScoresLikeTheOriginals(questionnaire(id), label: id) }
    }

    /// Ids that LimeSurvey or XLSForm refuse (`es_01.a`, `2b`, `ES-05`, the metadata field
    /// `population_2020`) are renamed in the forms, and the exports are read back by those names.
    func testExportsOfFormsWithRenamedIDsScoreLikeTheOriginalsWithoutAMapping() throws {
        let iMonitor = try renamedIMonitor()
        try assertXLSFormExportsScoreLikeTheOriginals(iMonitor, label: "renamed")
        assertLimeSurveyExportScoresLikeTheOriginals(iMonitor, label: "renamed")
    }

    /// i-monitor with ids the tools refuse: questions `es_01.a`, `2b`, `ES-05` and one longer
    /// than 20 characters, the metadata field `population_2020`.
    private func renamedIMonitor() throws -> Questionnaire {
        var iMonitor = questionnaire("i-monitor")
        let population = try XCTUnwrap(iMonitor.metadata?.firstIndex { $0.id == "population" })
        iMonitor.metadata?[population].id = "population_2020"
        for (index, id) in ["es_01.a", "2b", "ES-05", "a-very-long-question-id-beyond-20"].enumerated() {
            // Not a dimension's level question: those are referenced by id.
            let position = iMonitor.questions.indices.filter { index in !iMonitor.dimensions.contains { $0.levelQuestionID == iMonitor.questions[index].id } }[index]
            iMonitor.questions[position].id = id
        }
        return iMonitor
    }
}
