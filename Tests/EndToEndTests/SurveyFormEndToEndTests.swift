import Foundation
import XCTest

/// `template --format xlsform|limesurvey` at the command line: the files, their languages, and a
/// LimeSurvey export of the survey read without a mapping.
extension EndToEndTests {
    func testTheXLSFormIsAWorkbookWrittenWithOutputOnly() throws {
        let form = try temporaryFolder().appendingPathComponent("form.xlsx")
        XCTAssertEqual(try run(["template", Self.questionnaire, "--format", "xlsform"]).status, 64, "a workbook needs -o")
        let written = try run(["template", Self.questionnaire, "--format", "xlsform", "--lang", "en,nl", "-o", form.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(Array(try Data(contentsOf: form).prefix(4)), [0x50, 0x4B, 0x03, 0x04], "an .xlsx (ZIP) file")
    }

    func testTheLimeSurveyStructureIsInTheLanguagesAskedForWithAWarningForOneTheQuestionnaireLacks() throws {
        let structure = try run(["template", Self.questionnaire, "--format", "limesurvey", "--lang", "EN,de,nl"])
        XCTAssertEqual(structure.status, 0, structure.stderr)
        XCTAssertTrue(structure.stderr.contains("warning: the questionnaire has no texts in \"de\" (it has nl, en); the form leaves it out"), structure.stderr)
        let rows = structure.stdout.split(separator: "\n").map { $0.components(separatedBy: "\t") }
        let settings = rows.filter { $0.count > 6 && $0[2] == "S" }.map { "\($0[4])=\($0[6])" }
        XCTAssertEqual(settings, ["language=en", "additional_languages=nl", "format=G"])
    }

    func testAnExportOfTheLimeSurveyStructureIsReadWithoutAMapping() throws {
        let structure = try run(["template", Self.questionnaire, "--format", "limesurvey"])
        XCTAssertEqual(structure.status, 0, structure.stderr)
        // The first two questions as LimeSurvey exports them by code: a 0..5 level and a yes/no-like list.
        XCTAssertTrue(structure.stdout.contains("\tQ\tL\tES01\t1\t"), "ES01 is a list question coded ES01")
        let folder = try temporaryFolder()
        let export = folder.appendingPathComponent("results-survey123456.csv")
        try Data("\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"name\",\"ES01\",\"ES02\"\n\"1\",\"2026-03-01 10:00:00\",\"8\",\"nl\",\"1\",\"Kempenrode\",\"3\",\"dk\"\n".utf8).write(to: export)
        let imported = try run(["import", export.path, "--questionnaire", Self.questionnaire])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains("read as an export of LimeSurvey"), imported.stderr)
        XCTAssertEqual(imported.stdout, "id,submitdate,lastpage,startlanguage,seed,name,ES01,ES02\n1,2026-03-01 10:00:00,8,nl,1,Kempenrode,3,dk\n",
                       "the codes read as the questionnaire's: ES01 = 3, ES02 don't know")
    }
}
