import Foundation
import XCTest

/// The real binary with hostile questionnaires and inputs: no formula in a CSV, a file per
/// municipality, no raw control character on the terminal, no hang on a FIFO, no duplicate key.
final class HygieneEndToEndTests: XCTestCase {
    static let questionnaire = EndToEndTests.questionnaire
    static let sample = EndToEndTests.sample

    /// Runs the binary; a run still going after `timeout` seconds is killed and fails the test.
    func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> EndToEndTests.Run {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = EndToEndTests.root
        var environment = EndToEndTests.environment()
        environment["TERM"] = "dumb"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertNotEqual(process.terminationReason, .uncaughtSignal, "\(arguments) did not end within \(timeout) s")
        return EndToEndTests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                 stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The bundled questionnaire with `old` replaced by `new` everywhere, written into `folder`.
    func questionnaire(replacing old: String, with new: String, in folder: URL) throws -> String {
        let text = try String(contentsOf: EndToEndTests.root.appendingPathComponent(Self.questionnaire), encoding: .utf8)
        let url = folder.appendingPathComponent("questionnaire.json")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        return url.path
    }

    /// The sample responses with the ids of the first data rows replaced by `ids`.
    func sample(withIDs ids: [String], in folder: URL) throws -> String {
        var lines = try String(contentsOf: EndToEndTests.root.appendingPathComponent(Self.sample), encoding: .utf8).components(separatedBy: "\n")
        for (index, id) in ids.enumerated() {
            let line = lines[index + 1]
            lines[index + 1] = id + line[line.firstIndex(of: ",")!...]
        }
        let url = folder.appendingPathComponent("responses.csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        return url.path
    }

    func testADimensionIDThatIsAFormulaReachesNoCSVAsOne() throws {
        let folder = try temporaryFolder()
        let questionnaire = try questionnaire(replacing: "\"process-management\"", with: "\"=HYPERLINK(1)\"", in: folder)
        let scores = folder.appendingPathComponent("scores"), comparison = folder.appendingPathComponent("comparison")
        let scored = try run(["score", questionnaire, Self.sample, "--format", "csv,items", "--out", scores.path])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let compared = try run(["compare", questionnaire, Self.sample, "--format", "csv", "--out", comparison.path])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        for file in [scores.appendingPathComponent("scores.csv"), scores.appendingPathComponent("scores-long.csv"),
                     scores.appendingPathComponent("item-scores.csv"), comparison.appendingPathComponent("comparison.csv"),
                     comparison.appendingPathComponent("ranks.csv")] {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(text.contains("'=HYPERLINK(1)"), "\(file.lastPathComponent) has the id, neutralised")
            XCTAssertFalse(text.contains(",=") || text.contains("\n="), "\(file.lastPathComponent) has a formula")
        }
    }

    func testIDsThatSlugAlikeGetRadarsOfTheirOwnAndTwinsAreWarned() throws {
        let folder = try temporaryFolder()
        let responses = try sample(withIDs: ["Gent", "gent", "GENT", "a/b", "a|b"], in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try run(["compare", Self.questionnaire, responses, "--format", "svg,markdown", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("responses.csv:3:id: warning: id van respondent \"gent\" verschilt van \"Gent\" (rij 2) alleen in hoofdletters en kleine letters;"),
                      "in the run's language (Dutch): \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("responses.csv:4:id: warning: id van respondent \"GENT\" verschilt van \"Gent\" (rij 2)"), result.stderr)
        let names = ["gent", "gent-2", "gent-3", "a-b", "a-b-2"]
        let radars = try names.map { try String(contentsOf: out.appendingPathComponent("charts/radar-\($0).svg"), encoding: .utf8) }
        XCTAssertEqual(Set(radars).count, 5, "each municipality has its own chart")
        let markdown = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        for name in names { XCTAssertTrue(markdown.contains("(charts/radar-\(name).svg)"), "comparison.md links radar-\(name).svg") }
    }

    func testControlCharactersInTitlesAndCellsAreEscapedOnTheTerminalAndAFIFOIsSkipped() throws {
        let folder = try temporaryFolder()
        _ = try questionnaire(replacing: "\"Digital maturity", with: "\"\\u001b]0;owned\\u0007\\u001b[2JDigital maturity", in: folder)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("x.json").path, 0o600), 0)
        let listed = try run(["questionnaires", folder.path, "--lang", "en"], timeout: 30)
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("\\u{1B}]0;owned\\u{7}\\u{1B}[2JDigital maturity"), listed.stdout)
        XCTAssertFalse(listed.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "no raw escape reaches the terminal")
        XCTAssertFalse(listed.stdout.contains("x.json"), "the FIFO is no questionnaire")

        let responses = try sample(withIDs: ["evil\u{1B}[31m\u{7}"], in: folder)
        let cell = try String(contentsOf: URL(fileURLWithPath: responses), encoding: .utf8).replacingOccurrences(of: ",4,3,4,4,4,3,", with: ",4\u{1B}[2J,3,4,4,4,3,")
        try Data(cell.utf8).write(to: URL(fileURLWithPath: responses))
        let checked = try run(["validate", Self.questionnaire, responses])
        XCTAssertTrue(checked.stderr.contains("\\u{1B}[2J"), checked.stderr)
        XCTAssertFalse(checked.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, checked.stderr)
    }

    func testDuplicateKeysInTargetsAndMappingsAreRefusedWhereTheyStand() throws {
        let folder = try temporaryFolder()
        let targets = folder.appendingPathComponent("targets.json")
        try Data(#"{"targets": {"policy": {"score": 40}, "policy": {"score": 90}}}"#.utf8).write(to: targets)
        // In English: a targets file is worded in the run's language (Dutch by the questionnaire's default).
        let scored = try run(["score", Self.questionnaire, Self.sample, "--targets", targets.path, "--lang", "en", "--out", folder.appendingPathComponent("out").path])
        XCTAssertEqual(scored.status, 1)
        XCTAssertTrue(scored.stderr.contains("\(targets.path):1:39: error: invalid JSON: the member \"policy\" appears twice in this object (first on line 1, column 14); keep one"),
                      scored.stderr)
        let mapping = folder.appendingPathComponent("map.json")
        try Data("{\"format\": 1,\n \"format\": 1}".utf8).write(to: mapping)
        let mapped = try run(["score", Self.questionnaire, Self.sample, "--map", mapping.path, "--lang", "en", "--out", folder.appendingPathComponent("mapped").path])
        XCTAssertEqual(mapped.status, 1)
        XCTAssertTrue(mapped.stderr.contains("\(mapping.path):2:2: error: invalid JSON: the member \"format\" appears twice in this object (first on line 1, column 2); keep one"),
                      mapped.stderr)
    }
}
