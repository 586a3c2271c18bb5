import Foundation
import XCTest

/// Survey-tool exports at the command line: the tool named, explicit value maps, the wrong questionnaire refused.
extension EndToEndTests {
    func testImportWithoutAQuestionnaireNamesTheSurveyToolItDetected() throws {
        let imported = try run(["import", "Tests/SmartCityKitTests/Fixtures/exports/qualtrics.csv"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains("qualtrics.csv: note: read as an export of Qualtrics (found ImportId header row); use --from to choose another tool"),
                      imported.stderr)
    }

    func testAMappingsValueMapWinsOverTheScaleOnImport() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("responses.csv"), mapping = folder.appendingPathComponent("mapping.json")
        try Data("id,ES01,ES02\nm1,3,7\n".utf8).write(to: responses)
        try Data(#"{"format": 1, "questionnaire": "i-monitor", "answers": {"ES01": {"1":"0","2":"1","3":"2","4":"3","5":"4","6":"5"}, "ES02": {"7":"dk"}}}"#.utf8)
            .write(to: mapping)
        let imported = try run(["import", responses.path, "--map", mapping.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stdout, "id,ES01,ES02\nm1,2,dk\n", "3 is mapped to 2 although 3 is on the scale")
    }

    func testScoringAgainstTheWrongBundledQuestionnaireIsRefusedNamingTheOneThatMatches() throws {
        let out = try temporaryFolder().appendingPathComponent("out")
        let scored = try run(["score", "Questionnaires/smart-city-barometer/questionnaire.json", Self.sample, "--lang", "en", "-o", out.path])
        XCTAssertEqual(scored.status, 1, scored.stderr)
        XCTAssertTrue(scored.stderr.contains(
            "sample-responses.csv:1: error: the columns answer 4 of the 39 questions of smart-city-barometer, but 48 of the 48 of i-monitor (Questionnaires/i-monitor/questionnaire.json); these responses are for i-monitor: score them with `smartcity score Questionnaires/i-monitor/questionnaire.json \(Self.sample)`"),
            scored.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "no reports are written")
    }
}
