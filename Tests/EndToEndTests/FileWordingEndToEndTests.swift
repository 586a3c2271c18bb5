import Foundation
import XCTest

/// Issue 28, item 1, run as a user runs it: what smartcity says about a questionnaire with an
/// error, a targets file and a report folder it cannot write is in the run's language.
final class FileWordingEndToEndTests: XCTestCase {
    /// The bundled questionnaire with ES02 renamed ES01: a duplicate question id, in `folder`.
    private func brokenQuestionnaire(in folder: URL) throws -> String {
        let text = try String(contentsOf: EndToEndTests.root.appendingPathComponent(EndToEndTests.questionnaire), encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: #""id": "ES02""#).count, 2)
        let url = folder.appendingPathComponent("BROKEN.json")
        try Data(text.replacingOccurrences(of: #""id": "ES02""#, with: #""id": "ES01""#).utf8).write(to: url)
        return url.path
    }

    /// A questionnaire that fails to load has no default language: its errors are in that of
    /// --lang, else of the environment, else English.
    func testAssessWithABrokenQuestionnaireSaysWhatIsWrongInDutch() throws {
        let folder = try temporaryFolder()
        let broken = try brokenQuestionnaire(in: folder)
        let dutch = try EndToEndTests.runBinary(["assess", broken, "--lang", "nl"], in: folder)
        XCTAssertEqual(dutch.status, 1, dutch.stderr)
        XCTAssertEqual(dutch.stdout, "")
        XCTAssertTrue(dutch.stderr.contains("\(broken):497:5: error: questions[1]: vraag-id \"ES01\" komt twee keer voor (eerst op regel 487); geef elk een eigen id\n"),
                      dutch.stderr)
        XCTAssertFalse(dutch.stderr.contains("duplicate"), dutch.stderr)
        let environment = try EndToEndTests.runBinary(["assess", broken], in: folder, environment: ["LANG": "fr_BE.UTF-8"])
        XCTAssertTrue(environment.stderr.contains("questions[1]\u{202F}: identifiant de question «\u{202F}ES01\u{202F}» en double (d’abord déclaré à la ligne 487)\u{202F}; "), environment.stderr)
        let english = try EndToEndTests.runBinary(["assess", broken], in: folder)
        XCTAssertTrue(english.stderr.contains("questions[1]: duplicate question id \"ES01\" (first declared at line 487); give each a unique id"), english.stderr)
        XCTAssertEqual(try relativeFiles(in: folder), ["BROKEN.json"], "nothing written")
        let missing = try EndToEndTests.runBinary(["assess", "MISSING.json", "--lang", "nl"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "MISSING.json: error: bestand bestaat niet; controleer het pad\n")
    }

    /// The barometer, whose texts are French, scored in French with targets that misspell a dimension.
    func testATargetsFileWithAnUnknownDimensionIsRefusedInFrench() throws {
        let folder = try temporaryFolder()
        let targets = folder.appendingPathComponent("targets.json")
        try Data(#"{"targets": {"monitorin": {"score": 60}}}"#.utf8).write(to: targets)
        let barometer = "Questionnaires/smart-city-barometer/"
        let result = try EndToEndTests.runBinary(["score", barometer + "questionnaire.json", barometer + "sample-responses.csv", "--targets", targets.path,
                                                  "--lang", "fr", "--out", folder.appendingPathComponent("reports").path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "\(targets.path):1:27: error: aucune dimension «\u{202F}monitorin\u{202F}»\u{202F}; "
            + "vouliez-vous dire «\u{202F}monitoring\u{202F}»\u{202F}? les dimensions sont strategic-readiness, stakeholder-involvement, monitoring, "
            + "implementation, et total\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path), "no report written")
    }

    /// A report folder in a folder that cannot be written: the system's reason in Dutch. The
    /// folder is made read-only with chmod; where that cannot deny (as root), /sys, which refuses
    /// new files even to root, stands in; the test is skipped where neither denies.
    func testAReportFolderThatCannotBeWrittenGivesTheSystemsReasonInDutch() throws {
        let folder = try temporaryFolder()
        var parent = folder.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o555)
        defer { chmod(parent.path, 0o755) }
        if access(parent.path, W_OK) == 0 { parent = URL(fileURLWithPath: "/sys") }
        let probe = parent.appendingPathComponent(".smartcity-probe-\(getpid())").path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 { close(descriptor); unlink(probe) }
        try XCTSkipIf(descriptor >= 0 || errno != EACCES, "no folder here refuses a new file with EACCES")
        let out = parent.appendingPathComponent("smartcity-reports-\(getpid())").path
        let result = try EndToEndTests.runBinary(["score", EndToEndTests.questionnaire, EndToEndTests.sample, "--lang", "nl", "--out", out])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(parent.path): error: kan niet geschreven worden: toegang geweigerd; kies een andere --out\n"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Permission denied"), result.stderr)
    }
}
